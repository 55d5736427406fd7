// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Datasets.h"
#include "ClientAndStore.h"
#include "api/ApiError.h"
#include "domain/Booking.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace repository {

//! The member's own bookings on the portal API: "my bookings", the cancelled ones, the
//! cancellation fee and cancelling. Each list read is kept in the offline copy and shown from there
//! when the space cannot be reached.
class MyBookingsRepository : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kPath = datasets::bookings.route;
    static constexpr auto kCancelledPath = datasets::cancelledBookings.route;
    //! The offline copy's names for the lists (the same as a full sync's).
    static QString offlineDataset() { return Datasets::name(datasets::bookings); }
    static QString offlineCancelledDataset() { return Datasets::name(datasets::cancelledBookings); }

    explicit MyBookingsRepository(api::ApiClient *client, QObject *parent = nullptr);

    //! Where the booking lists are kept for offline use (may be null): each list read is saved, and
    //! when the space cannot be reached the saved one is shown (offlineCopyShown says from when).
    void setOfflineStore(cache::AsyncOfflineStore *store);
    void loadMyBookings();
    void loadCancelledBookings();
    void loadCancellationFee(qint64 bookingId);
    void cancel(qint64 bookingId, int reason = 1 /* NoLongerNeeded */);

Q_SIGNALS:
    void myBookingsLoaded(const QList<domain::Booking> &bookings);
    void cancelledBookingsLoaded(const QList<domain::Booking> &bookings);
    void cancellationFeeLoaded(qint64 bookingId, bool hasFee, double amount, const QString &formatted);
    void bookingCancelled(qint64 bookingId);
    //! Any step failed; `message` is ready to show.
    void failed(const QString &message, const api::ApiError &error);
    //! The list just loaded is the offline copy from `fetchedAt`, not the space's answer.
    void offlineCopyShown(const QDateTime &fetchedAt);

private:
    void loadBookingList(const QString &path, bool cancelledList);
    void emitBookings(const QList<domain::Booking> &bookings, bool cancelledList);
    static QList<domain::Booking> bookingsFrom(const QList<QJsonObject> &records, bool cancelledList);

    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
};

} // namespace repository
