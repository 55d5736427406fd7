// SPDX-License-Identifier: GPL-3.0-or-later
#include "Booking.h"

#include "json/JsonRead.h"

namespace domain {

Booking Booking::fromJson(const QJsonObject &o)
{
    Booking b;
    b.id = json::readInt64(o, u"Id");
    b.uniqueId = json::readString(o, u"UniqueId");
    b.seriesId = json::readString(o, u"RepeatSeriesUniqueId");
    b.bookingNumber = json::readString(o, u"BookingNumber");
    b.resourceId = json::readInt64(o, u"ResourceId");
    b.resourceName = json::readString(o, u"ResourceName");
    b.resourceTypeName = json::readString(o, u"ResourceTypeName");
    b.locationId = json::readInt64(o, u"ResourceBusinessId");
    b.locationName = json::readString(o, u"ResourceBusinessName");
    b.from = json::readDateTime(o, u"FromTime", true);
    b.to = json::readDateTime(o, u"ToTime", true);
    b.notes = json::readString(o, u"Notes");
    b.pending = json::readBool(o, u"Tentative");
    b.invoiced = json::readBool(o, u"Invoiced");
    b.cancelled = json::readBool(o, u"Cancelled") || json::readBool(o, u"IsCancelled");
    b.estimatedCost = json::readOptionalDouble(o, u"EstimatedCost");
    return b;
}

QString toWallClockString(const QDateTime &wallClock)
{
    return wallClock.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace domain
