// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BookingPolicy.h"

#include <QDateTime>
#include <QString>

namespace domain {

//! The documented availability error code (NO_PAST_BOOKINGS, START_TIME_TOO_EARLY,
//! START_TIME_TOO_LATE, TOO_SHORT, TOO_LONG) that a booking from `start` to `end` would get from
//! the room's own rules, checked before anything is sent; empty when those rules allow it.
//! `start`, `end` and `now` are the space's wall-clock time, in one convention. Conflicts, plans
//! and per-person limits are the space's to check: the availability call still follows.
QString bookingPolicyViolation(const BookingPolicy &policy, const QDateTime &start, const QDateTime &end,
                               const QDateTime &now);

//! The start a booking dialog or the "free between" window proposes: the next start on the booking
//! interval (`stepMinutes`) after `now` that the room's notice rule (LateBookingLimit) allows, moved
//! to 09:00 when it falls in the night (before 08:00, or 21:00 and later, which is the next morning).
//! `now` and the result are the space's wall-clock time in the Qt::UTC carrier. A rule that asks for
//! more notice than the morning gives wins over the morning.
QDateTime nextBookableStart(const QDateTime &now, const BookingPolicy &policy = {}, int stepMinutes = 30);

} // namespace domain
