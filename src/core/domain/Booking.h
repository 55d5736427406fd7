// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BookingDraft.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace domain {

//! A member's booking as the portal routes return it. Times are the space's wall-clock time,
//! carried in Qt::UTC QDateTimes and never converted.
struct Booking {
    qint64 id = 0;
    QString uniqueId;
    QString bookingNumber;
    qint64 resourceId = 0;
    QString resourceName;
    QString resourceTypeName;
    qint64 locationId = 0;     //!< ResourceBusinessId
    QString locationName;      //!< ResourceBusinessName
    QDateTime from;
    QDateTime to;
    QString notes;
    bool pending = false;      //!< Tentative: waiting for the space to approve it
    bool invoiced = false;     //!< charged already
    bool cancelled = false;
    std::optional<double> estimatedCost;
    //! RepeatSeriesUniqueId: the bookings of one series share it; empty for a single booking.
    QString seriesId;
    //! The series' rule as the space gave it back (Repeats, RepeatEvery, RepeatUntil,
    //! RepeatOn<Weekday>); only on bookings of a series.
    std::optional<BookingDraft::Series> series;

    static Booking fromJson(const QJsonObject &o);
    bool isUpcoming(const QDateTime &nowWallClock) const { return !cancelled && to > nowWallClock; }
};

//! Wall-clock time as the API wants it on the way in: no offset, no Z (an offset would be normalised
//! to UTC by the server and silently shift the booking).
QString toWallClockString(const QDateTime &wallClock);

} // namespace domain

Q_DECLARE_METATYPE(domain::Booking)
