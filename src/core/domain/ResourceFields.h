// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldCollector.h"

namespace domain {

//! Every key a Resource record may carry (seed 003, nexudus-api.md 5.2/7.1), as slots for a one-pass
//! read. The 28 amenities follow `AmenityFirst` in domain::Amenity order; PASystem is the docs' other
//! spelling of PaSystem. Internal to the resource mapping.
enum class ResourceField {
    Id, UniqueId, CreatedOn, UpdatedOn, CreatedOnUtc, UpdatedOnUtc, UpdatedBy, IsNew, SystemId,
    BusinessId, BusinessName, BusinessWebAddress, Name, SystemResourceType, ResourceTypeId,
    ResourceTypeName, ResourceType, Description, EmailConfirmationContent, PictureFileName, NewPictureUrl,
    ClearPictureFile, HasImage, Visible, Archived, HideInCalendar, DisplayOrder, GroupName,
    BookInAdvanceLimit, LateBookingLimit, LateCancellationLimit, IntervalLimit, NoReturnPolicy,
    NoReturnPolicyAllResources, NoReturnPolicyAllUsers, MaxBookingLength, MinBookingLength,
    RepeatBookingQuantityLimit, RepeatBookingPeriodLimitInMonths, RequiresConfirmation,
    AllowMultipleBookings, Allocation, LimitVisitorsToAllocation, OnlyForMembers, OnlyForContacts,
    OnlyForInvoicingBusiness, Tariffs, Teams, ChargeCancellationFee, CancellationFeeType,
    CancellationFeeAmount, CancellationFeePercentage, CancellationFeeProductId, CancellationFeeProductName,
    Latitude, Longitude, LinkedResources, LinkedResourceIds, BookingAvailabilityExceptions, Shifts,
    GoogleCalendarId, Office365CalendarId, KisiGroupId, AccessControlGroupId, AccessControlGroupIds,
    UseSharedZoomAccount, ZoomUserId, ZoomAccessToken, ZoomRefreshToken, SensorLastValue,
    IsSensorOccupied, LastCleanedAt, Price, PriceFormatted, PASystemAlternate,
    AmenityFirst, // + 28 amenity slots
};
inline constexpr size_t resourceFieldCount = size_t(ResourceField::AmenityFirst) + 28;

using ResourceFieldValues = std::array<QJsonValue, resourceFieldCount>;

//! One pass over `o`; unknown keys are skipped, absent ones leave their slot null.
void collectResourceFields(const QJsonObject &o, ResourceFieldValues &values);

inline const QJsonValue &at(const ResourceFieldValues &values, ResourceField field)
{
    return values[size_t(field)];
}

} // namespace domain
