// SPDX-License-Identifier: GPL-3.0-or-later
#include "Resource.h"

#include <QJsonArray>

#include "BookingPolicyJson.h"
#include "json/JsonReadExtra.h"
#include "json/JsonWrite.h"

// Speed note (fromJson is benchmarked by bench-ingest): the record is walked once into slots
// (ResourceFields.h) instead of ~110 QJsonObject::value() lookups, and dates take a fast ISO path.

namespace domain {

namespace {
using F = ResourceField;
using namespace json;

// Same fields and rules as RecordBase::readBaseFields, from the collected slots.
void readRecordBaseFields(const ResourceFieldValues &f, RecordBase &r)
{
    r.id = asInt64(at(f, F::Id));
    r.uniqueId = asString(at(f, F::UniqueId));
    r.createdOn = asDateTime(at(f, F::CreatedOn), /*wallClock=*/true);
    r.updatedOn = asDateTime(at(f, F::UpdatedOn), /*wallClock=*/true);
    r.createdOnUtc = asDateTime(at(f, F::CreatedOnUtc));
    r.updatedOnUtc = asDateTime(at(f, F::UpdatedOnUtc));
    r.updatedBy = asString(at(f, F::UpdatedBy));
    r.isNew = asOptionalBool(at(f, F::IsNew)).value_or(false);
    r.systemId = asString(at(f, F::SystemId));
}

AmenitySet readAmenities(const ResourceFieldValues &f)
{
    AmenitySet set;
    for (int a = 0; a < amenityCount; ++a) {
        const Amenity amenity = static_cast<Amenity>(a);
        std::optional<bool> on = asOptionalBool(f[size_t(F::AmenityFirst) + size_t(a)]);
        if (!on && amenity == Amenity::PaSystem) // the seed's spelling wins when both are present
            on = asOptionalBool(at(f, F::PASystemAlternate));
        if (on.value_or(false))
            set.set(amenity);
    }
    return set;
}

void readTypeAndLocation(const ResourceFieldValues &f, Resource &r)
{
    r.businessId = asInt64(at(f, F::BusinessId));
    r.businessName = asString(at(f, F::BusinessName));
    r.businessWebAddress = asString(at(f, F::BusinessWebAddress));
    // Absent or unreadable: None (nothing said). A number we do not know: Other (see fromInt).
    const std::optional<int> systemType = asOptionalInt(at(f, F::SystemResourceType));
    r.systemType = systemType ? systemResourceTypeFromInt(*systemType) : SystemResourceType::None;
    r.resourceTypeId = asInt64(at(f, F::ResourceTypeId));
    r.resourceTypeName = asString(at(f, F::ResourceTypeName));
    // Public single-resource routes nest the type as ResourceType{Id, Name} instead.
    const QJsonValue &type = at(f, F::ResourceType);
    if (type.isObject()) {
        const QJsonObject typeObject = type.toObject();
        if (r.resourceTypeId == 0)
            r.resourceTypeId = asInt64(typeObject.value(u"Id"));
        if (r.resourceTypeName.isEmpty())
            r.resourceTypeName = asString(typeObject.value(u"Name"));
        for (const QJsonValue &rate : typeObject.value(u"BookingRates").toArray())
            r.bookingRates.append(BookingRate::fromJson(rate.toObject()));
    }
}

void readListing(const ResourceFieldValues &f, Resource &r)
{
    r.descriptionHtml = asString(at(f, F::Description));
    r.emailConfirmationContent = asString(at(f, F::EmailConfirmationContent));
    r.pictureFileName = asString(at(f, F::PictureFileName));
    r.newPictureUrl = asString(at(f, F::NewPictureUrl));
    r.clearPictureFile = asOptionalBool(at(f, F::ClearPictureFile)).value_or(false);
    r.hasImage = asOptionalBool(at(f, F::HasImage)).value_or(false);
    r.visible = asOptionalBool(at(f, F::Visible)).value_or(true);
    r.archived = asOptionalBool(at(f, F::Archived)).value_or(false);
    r.hideInCalendar = asOptionalBool(at(f, F::HideInCalendar)).value_or(false);
    r.displayOrder = asInt(at(f, F::DisplayOrder));
    r.groupName = asString(at(f, F::GroupName));
    r.price = asOptionalDouble(at(f, F::Price));
    r.priceFormatted = asString(at(f, F::PriceFormatted));
}

void readPlaceAndLinks(const ResourceFieldValues &f, Resource &r)
{
    r.latitude = asOptionalDouble(at(f, F::Latitude));
    r.longitude = asOptionalDouble(at(f, F::Longitude));
    r.linkedResourceIds = asIdList(at(f, F::LinkedResources));
    if (r.linkedResourceIds.isEmpty()) // list projections may only carry the read-only string form
        r.linkedResourceIds = parseIdCsv(asString(at(f, F::LinkedResourceIds)));
    r.bookingAvailabilityExceptionIds = asIdList(at(f, F::BookingAvailabilityExceptions));
    r.shiftsJson = asString(at(f, F::Shifts));
}

void readIntegrations(const ResourceFieldValues &f, Resource &r)
{
    ResourceIntegrations &i = r.integrations;
    i.googleCalendarId = asString(at(f, F::GoogleCalendarId));
    i.office365CalendarId = asString(at(f, F::Office365CalendarId));
    i.kisiGroupId = asString(at(f, F::KisiGroupId));
    i.accessControlGroupId = asString(at(f, F::AccessControlGroupId));
    i.accessControlGroupIds = asString(at(f, F::AccessControlGroupIds));
    i.useSharedZoomAccount = asOptionalBool(at(f, F::UseSharedZoomAccount)).value_or(false);
    i.zoomUserId = asString(at(f, F::ZoomUserId));

    r.sensor.lastValue = asString(at(f, F::SensorLastValue));
    r.sensor.occupied = asOptionalBool(at(f, F::IsSensorOccupied)).value_or(false);
    r.sensor.lastCleanedAt = asDateTime(at(f, F::LastCleanedAt), /*wallClock=*/true);

    r.zoomSecrets.zoomAccessToken = asString(at(f, F::ZoomAccessToken));
    r.zoomSecrets.zoomRefreshToken = asString(at(f, F::ZoomRefreshToken));
}
} // namespace

Resource Resource::fromJson(const QJsonObject &o)
{
    ResourceFieldValues fields;
    collectResourceFields(o, fields);
    Resource r;
    readRecordBaseFields(fields, r);
    r.name = asString(at(fields, F::Name));
    readTypeAndLocation(fields, r);
    readListing(fields, r);
    r.amenities = readAmenities(fields);
    r.policy = bookingPolicyFromFields(fields);
    readPlaceAndLinks(fields, r);
    readIntegrations(fields, r);
    return r;
}

QJsonObject Resource::toJson() const
{
    using namespace json::write;
    QJsonObject o;
    writeBaseFields(o);
    o.insert(u"BusinessId", double(businessId));
    putString(o, u"BusinessName", businessName);
    putString(o, u"BusinessWebAddress", businessWebAddress);
    putString(o, u"Name", name);
    o.insert(u"SystemResourceType", static_cast<int>(systemType));
    o.insert(u"ResourceTypeId", double(resourceTypeId));
    putString(o, u"ResourceTypeName", resourceTypeName);
    if (!bookingRates.isEmpty()) { // as the public routes nest them
        QJsonArray rates;
        for (const BookingRate &rate : bookingRates)
            rates.append(rate.toJson());
        o.insert(u"ResourceType", QJsonObject{{QStringLiteral("Id"), double(resourceTypeId)},
                                              {QStringLiteral("Name"), resourceTypeName},
                                              {QStringLiteral("BookingRates"), rates}});
    }
    putString(o, u"Description", descriptionHtml);
    putString(o, u"EmailConfirmationContent", emailConfirmationContent);

    putString(o, u"PictureFileName", pictureFileName);
    putString(o, u"NewPictureUrl", newPictureUrl);
    o.insert(u"ClearPictureFile", clearPictureFile);
    o.insert(u"HasImage", hasImage);

    o.insert(u"Visible", visible);
    o.insert(u"Archived", archived);
    o.insert(u"HideInCalendar", hideInCalendar);
    o.insert(u"DisplayOrder", displayOrder);
    putString(o, u"GroupName", groupName);

    for (Amenity amenity : allAmenities())
        o.insert(amenityJsonKey(amenity), amenities.has(amenity));
    writeBookingPolicy(policy, o);

    putOptional(o, u"Latitude", latitude);
    putOptional(o, u"Longitude", longitude);
    putIds(o, u"LinkedResources", linkedResourceIds);
    putIds(o, u"BookingAvailabilityExceptions", bookingAvailabilityExceptionIds);
    putString(o, u"Shifts", shiftsJson);

    putString(o, u"GoogleCalendarId", integrations.googleCalendarId);
    putString(o, u"Office365CalendarId", integrations.office365CalendarId);
    putString(o, u"KisiGroupId", integrations.kisiGroupId);
    putString(o, u"AccessControlGroupId", integrations.accessControlGroupId);
    putString(o, u"AccessControlGroupIds", integrations.accessControlGroupIds);
    o.insert(u"UseSharedZoomAccount", integrations.useSharedZoomAccount);
    putString(o, u"ZoomUserId", integrations.zoomUserId);
    // zoomSecrets: deliberately not written. This JSON feeds the offline cache (design.md, "Secrets").

    putString(o, u"SensorLastValue", sensor.lastValue);
    o.insert(u"IsSensorOccupied", sensor.occupied);
    putDateTime(o, u"LastCleanedAt", sensor.lastCleanedAt);

    putOptional(o, u"Price", price);
    putString(o, u"PriceFormatted", priceFormatted);
    return o;
}

} // namespace domain
