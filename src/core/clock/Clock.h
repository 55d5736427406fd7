// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace core {

//! The client's one "now". Every piece of time logic asks it instead of the system clock, so tests can
//! pin the instant and the computer's own time zone (ClockOverride). Safe to call from any thread.
class Clock
{
public:
    static QDateTime nowUtc();
    //! The computer's own time zone (the one the person's desktop shows).
    static QTimeZone systemZone();
    //! Now as the wall-clock digits of the IANA zone `zoneId`, carried in a Qt::UTC QDateTime: the
    //! convention bookings and the space's times use. An empty or unknown zone means the computer's.
    static QDateTime wallClockIn(const QString &zoneId);
    //! The wall-clock digits of `inZone` (a time in some zone), carried in a Qt::UTC QDateTime.
    static QDateTime wallClockOf(const QDateTime &inZone);
    //! `instant` as the computer's own clock shows it (for "as of" times, which are not the space's).
    static QDateTime onComputer(const QDateTime &instant);
    //! The zone named `zoneId`, or the computer's when it is empty or unknown.
    static QTimeZone zoneOrSystem(const QString &zoneId);
};

//! Pins Clock to `instant` (and optionally the computer's zone to `systemZoneId`) for its lifetime.
//! For tests; production code never creates one. The clock stays still until set or advanced.
class ClockOverride
{
public:
    explicit ClockOverride(const QDateTime &instant, const QByteArray &systemZoneId = {});
    ~ClockOverride();
    ClockOverride(const ClockOverride &) = delete;
    ClockOverride &operator=(const ClockOverride &) = delete;

    void setNow(const QDateTime &instant);
    void advanceSecs(qint64 seconds);
};

} // namespace core
