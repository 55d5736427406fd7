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

} // namespace domain
