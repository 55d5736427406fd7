// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "domain/BusySlot.h"

#include <QDate>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

namespace api {
class ApiClient;
class ApiRequest;
}

namespace repository {

//! The busy times of every resource of the space over some days, in one request:
//! `GET /{lang}/bookings/fullCalendarBookings?start=&end=` (nexudus-api.md §5.4), never one
//! availability call per room. A newer load() drops the answer of an older one.
class BusyTimesLoader : public QObject
{
    Q_OBJECT
public:
    explicit BusyTimesLoader(api::ApiClient *client, QObject *parent = nullptr);
    ~BusyTimesLoader() override;

    //! Days from `first` up to and including `last`, in the space's calendar.
    void load(QDate first, QDate last);

    //! The rows of an answer as busy slots; rows without a resource or with unreadable or reversed
    //! times are skipped. The server honours the window loosely: slots outside [from, to) are dropped.
    static QList<domain::BusySlot> parse(const QJsonDocument &answer, const QDateTime &from, const QDateTime &to);

Q_SIGNALS:
    void loaded(QDate first, QDate last, const QList<domain::BusySlot> &slots);
    void failed(const api::ApiError &error);

private:
    QPointer<api::ApiClient> m_client;
    QPointer<api::ApiRequest> m_pending;
};

} // namespace repository
