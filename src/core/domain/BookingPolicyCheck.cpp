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

} // namespace domain
