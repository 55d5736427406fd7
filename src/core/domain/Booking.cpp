// SPDX-License-Identifier: GPL-3.0-or-later
#include "Booking.h"

#include "json/JsonRead.h"

namespace domain {

namespace {
//! Repeats is an enum: its number, or its name as some serialisers write it.
int repeatsOf(const QJsonValue &value)
{
    const QString name = json::asString(value).toLower();
    if (name == u"daily")
        return 1;
    if (name == u"weekly")
        return 2;
    if (name == u"monthly")
        return 3;
    return json::asInt(value, 2);
}

BookingDraft::Series seriesOf(const QJsonObject &o, const QString &id)
{
    static const char16_t *const days[] = {u"RepeatOnMondays", u"RepeatOnTuesdays", u"RepeatOnWednesdays", u"RepeatOnThursdays",
                                           u"RepeatOnFridays", u"RepeatOnSaturdays", u"RepeatOnSundays"};
    BookingDraft::Series series;
    series.uniqueId = id;
    series.repeats = repeatsOf(o.value(u"Repeats"));
    series.every = qMax(1, json::readInt(o, u"RepeatEvery", 1));
    series.until = json::readDateTime(o, u"RepeatUntil", true).date();
    for (int day = 0; day < 7; ++day) {
        if (json::readBool(o, days[day]))
            series.on.append(Qt::DayOfWeek(day + 1));
    }
    return series;
}
} // namespace

Booking Booking::fromJson(const QJsonObject &o)
{
    Booking b;
    b.id = json::readInt64(o, u"Id");
    b.uniqueId = json::readString(o, u"UniqueId");
    b.seriesId = json::readString(o, u"RepeatSeriesUniqueId");
    // The rule only when the space gave it back: without Repeats, nothing says how it repeats.
    if (!b.seriesId.isEmpty() && o.contains(u"Repeats"))
        b.series = seriesOf(o, b.seriesId);
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
