// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingPolicyCheck.h"

#include <cmath>

namespace domain {

QString bookingPolicyViolation(const BookingPolicy &policy, const QDateTime &start, const QDateTime &end,
                               const QDateTime &now)
{
    if (start <= now)
        return QStringLiteral("NO_PAST_BOOKINGS");
    const qint64 minutes = start.secsTo(end) / 60;
    if (policy.minBookingLengthMinutes && *policy.minBookingLengthMinutes > 0 && minutes < *policy.minBookingLengthMinutes)
        return QStringLiteral("TOO_SHORT");
    if (policy.maxBookingLengthMinutes && *policy.maxBookingLengthMinutes > 0 && minutes > *policy.maxBookingLengthMinutes)
        return QStringLiteral("TOO_LONG");
    // "At least N minutes before it starts": a booking that starts sooner is too early to make.
    if (policy.lateBookingLimitMinutes && *policy.lateBookingLimitMinutes > 0
        && now.secsTo(start) < qint64(std::llround(*policy.lateBookingLimitMinutes * 60)))
        return QStringLiteral("START_TIME_TOO_EARLY");
    // "Up to N days ahead": a start further out is too late to book now.
    if (policy.bookInAdvanceLimitDays && *policy.bookInAdvanceLimitDays > 0
        && now.secsTo(start) > qint64(std::llround(*policy.bookInAdvanceLimitDays * 86400)))
        return QStringLiteral("START_TIME_TOO_LATE");
    return {};
}

QDateTime nextBookableStart(const QDateTime &now, const BookingPolicy &policy, int stepMinutes)
{
    const qint64 step = 60LL * qMax(1, stepMinutes);
    qint64 noticeSecs = 1; // a start equal to now is already in the past
    if (policy.lateBookingLimitMinutes && *policy.lateBookingLimitMinutes > 0)
        noticeSecs = qMax<qint64>(noticeSecs, std::llround(*policy.lateBookingLimitMinutes * 60));
    const QDateTime earliest = now.addSecs(noticeSecs);
    // Rounded up on the interval from midnight; the carrier is UTC, so no summer-time gap interferes.
    const QDateTime midnight(earliest.date(), QTime(0, 0), Qt::UTC);
    const qint64 intoDay = midnight.secsTo(earliest) + (earliest.time().msec() > 0 ? 1 : 0);
    QDateTime start = midnight.addSecs((intoDay + step - 1) / step * step);
    if (start.time() < QTime(8, 0))
        start = QDateTime(start.date(), QTime(9, 0), Qt::UTC);
    else if (start.time() >= QTime(21, 0))
        start = QDateTime(start.date().addDays(1), QTime(9, 0), Qt::UTC);
    return start;
}

} // namespace domain
