// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceFields.h"

#include "Amenity.h"

namespace domain {

namespace {
using F = ResourceField;

// Keys in ResourceField order (the static_assert below keeps the two lists the same length).
constexpr QStringView kKeys[] = {
    u"Id", u"UniqueId", u"CreatedOn", u"UpdatedOn", u"CreatedOnUtc", u"UpdatedOnUtc", u"UpdatedBy", u"IsNew",
    u"SystemId", u"BusinessId", u"BusinessName", u"BusinessWebAddress", u"Name", u"SystemResourceType",
    u"ResourceTypeId", u"ResourceTypeName", u"ResourceType", u"Description", u"EmailConfirmationContent",
    u"PictureFileName", u"NewPictureUrl", u"ClearPictureFile", u"HasImage", u"Visible", u"Archived",
    u"HideInCalendar", u"DisplayOrder", u"GroupName", u"BookInAdvanceLimit", u"LateBookingLimit",
    u"LateCancellationLimit", u"IntervalLimit", u"NoReturnPolicy", u"NoReturnPolicyAllResources",
    u"NoReturnPolicyAllUsers", u"MaxBookingLength", u"MinBookingLength", u"RepeatBookingQuantityLimit",
    u"RepeatBookingPeriodLimitInMonths", u"RequiresConfirmation", u"AllowMultipleBookings", u"Allocation",
    u"LimitVisitorsToAllocation", u"OnlyForMembers", u"OnlyForContacts", u"OnlyForInvoicingBusiness",
    u"Tariffs", u"Teams", u"ChargeCancellationFee", u"CancellationFeeType", u"CancellationFeeAmount",
    u"CancellationFeePercentage", u"CancellationFeeProductId", u"CancellationFeeProductName", u"Latitude",
    u"Longitude", u"LinkedResources", u"LinkedResourceIds", u"BookingAvailabilityExceptions", u"Shifts",
    u"GoogleCalendarId", u"Office365CalendarId", u"KisiGroupId", u"AccessControlGroupId",
    u"AccessControlGroupIds", u"UseSharedZoomAccount", u"ZoomUserId", u"ZoomAccessToken",
    u"ZoomRefreshToken", u"SensorLastValue", u"IsSensorOccupied", u"LastCleanedAt", u"Price",
    u"PriceFormatted", u"PASystem",
};
static_assert(std::size(kKeys) == size_t(F::AmenityFirst), "ResourceField and kKeys must match");
static_assert(amenityCount == 28, "ResourceField reserves 28 amenity slots");

std::array<QStringView, resourceFieldCount> allKeys()
{
    std::array<QStringView, resourceFieldCount> keys{};
    for (size_t i = 0; i < std::size(kKeys); ++i)
        keys[i] = kKeys[i];
    for (int a = 0; a < amenityCount; ++a)
        keys[size_t(F::AmenityFirst) + size_t(a)] = amenityJsonKey(static_cast<Amenity>(a));
    return keys;
}
} // namespace

void collectResourceFields(const QJsonObject &o, ResourceFieldValues &values)
{
    static const FieldCollector<ResourceField, resourceFieldCount> collector(allKeys());
    collector.collect(o, values);
}

} // namespace domain
