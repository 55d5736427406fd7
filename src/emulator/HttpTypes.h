// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace emulator {

// One received HTTP request, copied out of the HTTP layer so that routes never see QtHttpServer types.
struct Request
{
    QByteArray method;                   // upper case: GET, POST, ...
    QString path;                        // decoded path, e.g. /api/spaces/resources/12
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // keys lower-cased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // Query value by case-insensitive key (first match); nullopt when absent.
    std::optional<QString> param(const QString &key) const;
    bool wantsJson() const;              // Accept or Content-Type mentions application/json
};

// One answer. `json` wins over `body` when set; serialisation happens at the very end so that
// _shape and fault injection can still operate on it.
struct Response
{
    int status = 200;
    QByteArray reason;                   // empty = standard reason phrase
    QList<QPair<QByteArray, QByteArray>> headers;
    std::optional<QJsonValue> json;
    QByteArray body;
    QByteArray contentType;

    static Response ofJson(const QJsonValue &value, int status = 200);
    static Response empty(int status);
    static Response html(const QByteArray &html, int status = 200);
    static Response message(int status, const QString &message); // {"Message": "..."}
    static Response notFoundString();    // 404 with the JSON string "Not found"

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray serializedBody() const;
    QByteArray effectiveContentType() const;
};

QByteArray reasonPhrase(int status);
QByteArray serializeHttp(const Response &response);

} // namespace emulator
