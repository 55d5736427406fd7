// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace emulator {

struct BookingRec;
struct ResourceRec;

// How a member books a series here (docs/emulator.md, "Series"): the contract has the series
// fields only on the admin booking, so each occurrence is one booking of the basket flow that
// carries the series' client GUID in `RepeatSeriesUniqueId` (and, for the record, the rule's
// `RepeatBooking`, `Repeats`, `RepeatEvery`, `RepeatUntil`, `RepeatOn<Weekday>`). The room's repeat
// limits are kept per series; availability stays per occurrence.
namespace series {

//! The series fields of a booking object as sent (echoed in the booking's JSON).
QJsonObject repeatFields(const QJsonObject &booking);

//! Why one more occurrence of `seriesId` from `from` may not be made, in the space's words, or
//! empty. `bookings` are all the space's bookings (cancelled ones do not count).
QString refusal(const ResourceRec &resource, const QList<BookingRec> &bookings, const QString &seriesId, const QDateTime &from);

} // namespace series
} // namespace emulator
