// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace domain {

//! What the person wants to book. Times are the space's wall-clock time.
struct BookingDraft {
    qint64 resourceId = 0;
    QDateTime from;
    QDateTime to;
    QString notes;
    qint64 coworkerId = 0;  //!< the member's profile id, when known
    QString uniqueId;       //!< client GUID: lets us find the booking again (the invoice call returns no id)

    //! One occurrence of a series: the booking carries the series' client GUID and its rule (the
    //! contract's series fields, docs/emulator.md "Series").
    struct Series {
        QString uniqueId;          //!< RepeatSeriesUniqueId, shared by every occurrence
        int repeats = 2;           //!< eBookingRepeatCycle: 1 daily, 2 weekly, 3 monthly
        int every = 1;             //!< RepeatEvery
        QDate until;               //!< RepeatUntil (the last occurrence's day)
        QList<Qt::DayOfWeek> on;   //!< RepeatOn<Weekday>, weekly only
    };
    std::optional<Series> series;
};

//! Price of a draft, as the space quotes it.
struct PriceQuote {
    double total = 0;
    QString currencyCode;
    QString formatted;      //!< the space's own formatting when it sends one
};

} // namespace domain

Q_DECLARE_METATYPE(domain::PriceQuote)
