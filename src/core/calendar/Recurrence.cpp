// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recurrence.h"

#include <QStringList>

#include <algorithm>

namespace calendar {

namespace {

const char *byDayName(Qt::DayOfWeek day)
{
    static const char *const names[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    return names[int(day) - 1];
}

//! The day `months` months after `first`, on `first`'s day of the month; invalid when that month
//! has no such day.
QDate sameDayMonthsLater(const QDate &first, int months)
{
    const QDate month = QDate(first.year(), first.month(), 1).addMonths(months);
    return first.day() <= month.daysInMonth() ? QDate(month.year(), month.month(), first.day()) : QDate();
}

Recurrence::Occurrence occurrenceOn(const QDate &day, const QTime &start, int minutes, const QTimeZone &zone)
{
    Recurrence::Occurrence occurrence;
    occurrence.day = day;
    const QDateTime wallClock(day, start, zone);
    // Qt moves a time in a gap forward: a start that is not on the clock that day does not exist.
    occurrence.startExists = wallClock.isValid() && wallClock.date() == day && wallClock.time() == start;
    if (occurrence.startExists) {
        occurrence.start = wallClock;
        occurrence.end = wallClock.addSecs(qint64(minutes) * 60);
    }
    return occurrence;
}

} // namespace

Recurrence::Expansion Recurrence::expand(const QDate &firstDay, const QTime &start, int minutes, const QTimeZone &zone,
                                         const Limits &limits) const
{
    Expansion result;
    if (!firstDay.isValid() || !start.isValid() || minutes <= 0 || interval < 1) {
        result.unbounded = true;
        return result;
    }
    if (count <= 0 && !until.isValid()) {
        result.unbounded = true;
        return result;
    }
    const int wanted = count > 0 ? count : kMaxOccurrences;
    // The room's quantity limit binds only when the series asks for more than it allows.
    const bool limitBinds = limits.maxOccurrences && *limits.maxOccurrences > 0
                            && *limits.maxOccurrences < std::min(wanted, kMaxOccurrences);
    const int allowed = limitBinds ? *limits.maxOccurrences : std::min(wanted, kMaxOccurrences);
    QDate lastDay = until;
    QDate periodEnd;
    if (limits.maxMonthsAhead && *limits.maxMonthsAhead > 0)
        periodEnd = firstDay.addMonths(*limits.maxMonthsAhead);

    // Candidate days in order; the walk stops at the end date, the count or the limits.
    auto take = [&](const QDate &day) {
        if (lastDay.isValid() && day > lastDay)
            return false;
        if (periodEnd.isValid() && day > periodEnd) {
            result.cutByPeriodLimit = true;
            return false;
        }
        if (int(result.occurrences.size()) >= allowed) {
            result.cutByQuantityLimit = limitBinds; // another one was due: the limit cut the series
            return false;
        }
        result.occurrences.append(occurrenceOn(day, start, minutes, zone));
        return true;
    };

    switch (frequency) {
    case Frequency::Daily:
        for (QDate day = firstDay; take(day); day = day.addDays(interval)) {
        }
        break;
    case Frequency::Weekly: {
        QList<int> days;
        for (Qt::DayOfWeek weekday : weekdays)
            days.append(int(weekday));
        if (days.isEmpty())
            days.append(firstDay.dayOfWeek());
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        if (!take(firstDay))
            break;
        const QDate firstMonday = firstDay.addDays(1 - firstDay.dayOfWeek());
        bool going = true;
        for (int week = 0; going; week += interval) {
            const QDate monday = firstMonday.addDays(qint64(week) * 7);
            for (int weekday : std::as_const(days)) {
                const QDate day = monday.addDays(weekday - 1);
                if (day <= firstDay)
                    continue;
                if (!take(day)) {
                    going = false;
                    break;
                }
            }
        }
        break;
    }
    case Frequency::Monthly:
        for (int months = 0;; months += interval) {
            const QDate day = sameDayMonthsLater(firstDay, months);
            if (!day.isValid()) { // no such day this month; stop only once past every bound
                const QDate monthStart = QDate(firstDay.year(), firstDay.month(), 1).addMonths(months);
                if ((lastDay.isValid() && monthStart > lastDay) || (periodEnd.isValid() && monthStart > periodEnd)
                    || months > 12 * 100)
                    break;
                continue;
            }
            if (!take(day))
                break;
        }
        break;
    }
    return result;
}

QString Recurrence::toRRule(const QTimeZone &zone) const
{
    QStringList parts;
    switch (frequency) {
    case Frequency::Daily:
        parts << QStringLiteral("FREQ=DAILY");
        break;
    case Frequency::Weekly:
        parts << QStringLiteral("FREQ=WEEKLY");
        break;
    case Frequency::Monthly:
        parts << QStringLiteral("FREQ=MONTHLY");
        break;
    }
    parts << QStringLiteral("INTERVAL=%1").arg(qMax(1, interval));
    if (frequency == Frequency::Weekly && !weekdays.isEmpty()) {
        QList<Qt::DayOfWeek> days = weekdays;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        QStringList names;
        for (Qt::DayOfWeek day : std::as_const(days))
            names << QString::fromLatin1(byDayName(day));
        parts << QStringLiteral("BYDAY=") + names.join(QLatin1Char(','));
    }
    if (count > 0) {
        parts << QStringLiteral("COUNT=%1").arg(count);
    } else if (until.isValid()) {
        // With a zone, UNTIL is in UTC; with floating times (no zone known), floating too.
        const QDateTime endOfDay(until, QTime(23, 59, 59), zone.isValid() ? zone : QTimeZone::utc());
        parts << QStringLiteral("UNTIL=")
                     + (zone.isValid() ? endOfDay.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                                       : endOfDay.toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
    }
    return parts.join(QLatin1Char(';'));
}

Recurrence Recurrence::of(const domain::BookingDraft::Series &series)
{
    Recurrence rule;
    rule.frequency = series.repeats == 1 ? Frequency::Daily : series.repeats == 3 ? Frequency::Monthly : Frequency::Weekly;
    rule.interval = qMax(1, series.every);
    rule.weekdays = series.on;
    rule.until = series.until;
    return rule;
}

} // namespace calendar
