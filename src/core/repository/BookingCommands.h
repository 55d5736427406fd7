// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "domain/Booking.h"
#include "domain/BookingDraft.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace api {
class ApiClient;
}

namespace repository {

//! The member's booking commands on the portal API: availability, price preview and creation
//! through the basket. Creating a booking is never retried: if its answer is lost, the person is
//! told the outcome is unknown and decides what to do. One per booking dialog, so that its answers
//! reach that dialog only.
class BookingCommands : public QObject
{
    Q_OBJECT
public:
    explicit BookingCommands(api::ApiClient *client, QObject *parent = nullptr);

    static QJsonObject bookingBody(const domain::BookingDraft &draft);

    void checkAvailability(const domain::BookingDraft &draft);
    void preview(const domain::BookingDraft &draft);
    //! One basket of several drafts (a series' free occurrences): previewedLines() with a price per
    //! draft's uniqueId, for the lines the space priced.
    void previewLines(const QList<domain::BookingDraft> &drafts);
    void book(domain::BookingDraft draft);

Q_SIGNALS:
    void availabilityChecked(bool available, const QString &errorCode, const QString &reason);
    void previewed(const domain::PriceQuote &quote);
    void previewedLines(const QHash<QString, domain::PriceQuote> &byUniqueId);
    //! Created and found again in "my bookings"; `booking.pending` when the space must approve it.
    void booked(const domain::Booking &booking);
    //! The invoice call failed after it may have reached the space: check "my bookings" first.
    void bookingOutcomeUnknown(const QString &message);
    //! Any step failed; `message` is ready to show.
    void failed(const QString &message, const api::ApiError &error);

private:
    //! True with a client; else reports failed() ("Not signed in.") soon after and returns false.
    bool signedIn();
    void findCreatedBooking(const domain::BookingDraft &draft, int attemptsLeft, int page = 1);

    QPointer<api::ApiClient> m_client;
};

} // namespace repository
