// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Recurrence.h"
#include "domain/Booking.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace calendar {

//! Writes bookings as an iCalendar (RFC 5545) file that calendar apps import. Times are the space's
//! wall-clock times, written with the space's IANA time zone as TZID so no app shifts them; without
//! a known zone they are written as floating local times rather than guessed.
class IcsWriter
{
public:
    explicit IcsWriter(QString timeZoneId = {}, QString productId = QStringLiteral("-//Portal Desk//EN"));

    QByteArray write(const QList<domain::Booking> &bookings, const QDateTime &stampUtc) const;
    //! A series as one event: `first` (its room, times and texts), repeating by `rule` (one RRULE;
    //! give it the count or end of what was booked), with an EXDATE for each occurrence of the rule
    //! that is not booked (`notBooked`: their wall-clock starts). `lastDay` bounds the VTIMEZONE.
    QByteArray writeSeries(const domain::Booking &first, const Recurrence &rule, const QDate &lastDay,
                           const QList<QDateTime> &notBooked, const QDateTime &stampUtc) const;

    //! The bookings of one series as the space lists them: one event with the series' rule up to
    //! the last booking and an EXDATE for each date of the rule not among them. Bookings the rule
    //! does not describe (or no rule) are written one by one, as write() does.
    QByteArray writeBookedSeries(const QList<domain::Booking> &bookings, const QDateTime &stampUtc) const;

    //! TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma, newline.
    static QString escapeText(const QString &text);
    //! Folds a content line at 75 octets (never inside a UTF-8 sequence), CRLF + space.
    static QByteArray fold(const QByteArray &line);

private:
    //! The VTIMEZONE that TZID refers to (RFC 5545 §3.6.5), with every offset change the bookings
    //! span, so a calendar app without this zone's rules still places them right.
    QByteArray timeZone(const QList<domain::Booking> &bookings) const;
    QByteArray event(const domain::Booking &booking, const QDateTime &stampUtc, const QByteArray &repeat = {}) const;
    QByteArray header() const;
    QByteArray dateTime(const char *name, const QDateTime &wallClock) const;

    QString m_timeZoneId;
    QString m_productId;
};

} // namespace calendar
