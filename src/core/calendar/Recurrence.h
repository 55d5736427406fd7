// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BookingDraft.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace calendar {

//! How a booking repeats (issue "calendar views and recurring bookings"): every `interval` days,
//! weeks (on the chosen weekdays) or months (on the first booking's day of the month), until a date
//! or for a number of times. Occurrences keep the space's wall-clock time across summer-time changes
//! (09:00 in Madrid stays 09:00, whatever that is in UTC). As in RFC 5545, a month without the day
//! (the 31st in April) has no occurrence, and a start that does not exist on a day (02:30 on the
//! night the clocks go forward) is listed as not bookable rather than moved.
struct Recurrence {
    enum class Frequency { Daily, Weekly, Monthly };

    Frequency frequency = Frequency::Weekly;
    int interval = 1;               //!< every 1, 2, ... days, weeks or months
    QList<Qt::DayOfWeek> weekdays;  //!< weekly only; empty: the first booking's weekday
    QDate until;                    //!< last day that may hold an occurrence (inclusive), or
    int count = 0;                  //!< how many occurrences at most (0: until `until`)

    //! The repeat limits of a room (RepeatBookingQuantityLimit, RepeatBookingPeriodLimitInMonths).
    struct Limits {
        std::optional<int> maxOccurrences;
        std::optional<int> maxMonthsAhead; //!< counted from the first occurrence's day
    };

    //! One booking of the series, in the space's zone.
    struct Occurrence {
        QDate day;
        QDateTime start; //!< invalid when `startExists` is false
        QDateTime end;
        bool startExists = true; //!< false: the wall-clock start falls in a summer-time gap that day
    };

    //! What the series comes to.
    struct Expansion {
        QList<Occurrence> occurrences;
        //! The series asked for more than the room allows; `occurrences` stop at the limit.
        bool cutByQuantityLimit = false;
        bool cutByPeriodLimit = false;
        //! Neither `until` nor `count` was given, or they give nothing: an empty list.
        bool unbounded = false;
    };

    //! The occurrences of a series whose first booking is on `firstDay` from `start` for `minutes`,
    //! wall-clock times of `zone`, within `limits`. The first day is the first occurrence even when
    //! it is not one of `weekdays`. At most 1,000 occurrences whatever the limits say.
    Expansion expand(const QDate &firstDay, const QTime &start, int minutes, const QTimeZone &zone,
                     const Limits &limits = {}) const;

    //! The RFC 5545 RRULE value for this series (`FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=10`);
    //! UNTIL is written as the end of `until` in `zone`, in UTC as RFC 5545 requires with a TZID
    //! (floating when `zone` is invalid, for floating times).
    QString toRRule(const QTimeZone &zone) const;

    //! The rule of a series as a booking gives it back (Repeats 1/2/3, RepeatEvery, RepeatOn…,
    //! RepeatUntil); other cycles of the enum read as weekly.
    static Recurrence of(const domain::BookingDraft::Series &series);

    static constexpr int kMaxOccurrences = 1000;
};

} // namespace calendar
