// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BookingPolicy.h"
#include "ResourceFields.h"

#include <QJsonObject>

namespace domain {

//! Reads the policy fields that sit flat on a Resource record (Allocation, BookInAdvanceLimit, ...).
BookingPolicy bookingPolicyFromJson(const QJsonObject &resource);
//! The same, from a record already collected in one pass (what Resource::fromJson uses).
BookingPolicy bookingPolicyFromFields(const ResourceFieldValues &fields);
//! Writes them back flat, with the API's names; an unset limit goes out as null.
void writeBookingPolicy(const BookingPolicy &policy, QJsonObject &resource);

} // namespace domain
