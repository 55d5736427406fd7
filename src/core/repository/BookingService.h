// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "domain/Booking.h"
#include "domain/BookingDraft.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace api {
class ApiClient;
}

namespace cache {
class AsyncOfflineStore;
}

namespace repository {

//! The member's booking flow on the portal API: availability, price preview, creation through the
//! basket, "my bookings", the cancellation fee and cancelling. Creating a booking is never retried:
//! if its answer is lost, the person is told the outcome is unknown and decides what to do.
class BookingService : public QObject
{
    Q_OBJECT
public:
    explicit BookingService(api::ApiClient *client, QObject *parent = nullptr);

    static QJsonObject bookingBody(const domain::BookingDraft &draft);

    void checkAvailability(const domain::BookingDraft &draft);
    void preview(const domain::BookingDraft &draft);
    void book(domain::BookingDraft draft);
    //! Where the booking lists are kept for offline use (may be null): each list read is saved, and
    //! when the space cannot be reached the saved one is shown (offlineCopyShown says from when).
    void setOfflineStore(cache::AsyncOfflineStore *store);
    void loadMyBookings();
    void loadCancelledBookings();
    void loadCancellationFee(qint64 bookingId);
    void cancel(qint64 bookingId, int reason = 1 /* NoLongerNeeded */);

Q_SIGNALS:
    void availabilityChecked(bool available, const QString &errorCode, const QString &reason);
    void previewed(const domain::PriceQuote &quote);
    //! Created and found again in "my bookings"; `booking.pending` when the space must approve it.
    void booked(const domain::Booking &booking);
    //! The invoice call failed after it may have reached the space: check "my bookings" first.
    void bookingOutcomeUnknown(const QString &message);
    void myBookingsLoaded(const QList<domain::Booking> &bookings);
    void cancelledBookingsLoaded(const QList<domain::Booking> &bookings);
    void cancellationFeeLoaded(qint64 bookingId, bool hasFee, double amount, const QString &formatted);
    void bookingCancelled(qint64 bookingId);
    //! Any step failed; `message` is ready to show.
    void failed(const QString &message, const api::ApiError &error);
    //! The list just loaded is the offline copy from `fetchedAt`, not the space's answer.
    void offlineCopyShown(const QDateTime &fetchedAt);

private:
    void findCreatedBooking(const domain::BookingDraft &draft, int attemptsLeft);
    void loadBookingList(const QString &path, bool cancelledList);
    void emitBookings(const QList<domain::Booking> &bookings, bool cancelledList);
    static QList<domain::Booking> bookingsFrom(const QList<QJsonObject> &records, bool cancelledList);

    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
};

} // namespace repository

