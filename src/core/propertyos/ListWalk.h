// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace api {
class JsonRequest;
}

namespace propertyos {

class PropertyOsClient;

//! Every record of one Property OS list: `page` 1, 2, ... with `limit` 100 until `meta.total` records
//! came (or `last_page`, or a short or empty page when the server sends no total). Emits exactly one
//! of `finished` or `failed`, then deletes itself; `abandon()` stops it quietly.
class ListWalk : public QObject
{
    Q_OBJECT
public:
    ListWalk(PropertyOsClient &client, QString path, QUrlQuery filters, QObject *parent = nullptr);
    void start();
    void abandon();
    //! The highest page it asks for: a server that ignores `page` must not keep it walking.
    static constexpr int kMaxPages = 1000;

Q_SIGNALS:
    //! `total` is the server's meta.total, or the records' count when it sent none.
    void finished(const QList<QJsonObject> &records, int total);
    void failed(const api::ApiError &error);

private:
    void ask(int page);
    void onPage(int page, const QJsonDocument &document);

    PropertyOsClient &m_client;
    QString m_path;
    QUrlQuery m_filters;
    QList<QJsonObject> m_records;
    QJsonObject m_firstOfLastPage;
    QPointer<api::JsonRequest> m_current;
};

} // namespace propertyos
