// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the benchmarks: deterministic full resource records (the same bytes every run).
#pragma once

#include "domain/Amenity.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace bench {

// Deterministic variety: the same page every run, without a random generator.
inline QString pick(const QStringList &values, int i) { return values.at(i % values.size()); }

inline QString descriptionHtml(int i)
{
    return QStringLiteral("<p>A bright <strong>%1-seat</strong> room on the %2 floor with views over the "
                          "courtyard. Ideal for workshops, interviews and team stand-ups.</p><ul><li>Screen "
                          "sharing from any laptop</li><li>Whiteboard wall &amp; markers</li><li>Filtered "
                          "water and coffee on request</li></ul><p>Please leave the room as you found it. "
                          "Ask reception (ext. %3) for cables.</p>")
        .arg(2 + i % 18).arg(1 + i % 7).arg(100 + i % 50);
}

//! A full resource record as the admin and public detail routes send it (every documented field).
//! `linkModulo` bounds the id of the linked resource, so links stay inside the generated set.
inline QJsonObject fullRecord(int i, int linkModulo = 1000)
{
    static const QStringList names{QStringLiteral("Board Room"), QStringLiteral("Phone Booth"),
                                   QStringLiteral("Hot Desk"), QStringLiteral("Private Office"),
                                   QStringLiteral("Event Hall"), QStringLiteral("Focus Pod")};
    static const QStringList cities{QStringLiteral("Madrid Centro"), QStringLiteral("Lisboa Baixa"),
                                    QStringLiteral("Berlin Mitte"), QStringLiteral("Dublin Docklands")};
    static const QList<int> systemTypes{1, 12, 2, 3, 4, 99};
    QJsonObject o;
    o.insert(u"Id", 10000000 + i);
    o.insert(u"UniqueId", QStringLiteral("a1b2c3d4-e5f6-7890-abcd-%1").arg(i, 12, 10, QLatin1Char('0')));
    o.insert(u"CreatedOn", QStringLiteral("2024-0%1-1%2T08:00:00Z").arg(1 + i % 9).arg(i % 10));
    o.insert(u"UpdatedOn", QStringLiteral("2025-01-15T10:%1:00Z").arg(10 + i % 50));
    o.insert(u"UpdatedBy", QStringLiteral("admin%1@example.com").arg(i % 5));
    o.insert(u"IsNew", false);
    o.insert(u"SystemId", QJsonValue::Null);
    o.insert(u"BusinessId", 1000 + i % 4);
    o.insert(u"BusinessName", pick(cities, i));
    o.insert(u"Name", QStringLiteral("%1 %2").arg(pick(names, i)).arg(i));
    o.insert(u"SystemResourceType", systemTypes.at(i % systemTypes.size()));
    o.insert(u"ResourceTypeId", 2000 + i % 6);
    o.insert(u"ResourceTypeName", pick(names, i));
    o.insert(u"Description", descriptionHtml(i));
    o.insert(u"PictureFileName", QStringLiteral("resource-%1.jpg").arg(i));
    o.insert(u"NewPictureUrl", QJsonValue::Null);
    o.insert(u"ClearPictureFile", QJsonValue::Null);
    o.insert(u"EmailConfirmationContent", QStringLiteral("<p>Your booking of room %1 is confirmed.</p>").arg(i));
    o.insert(u"Visible", i % 10 != 0);
    o.insert(u"RequiresConfirmation", i % 7 == 0);
    o.insert(u"DisplayOrder", i % 100);
    o.insert(u"GroupName", QStringLiteral("Floor %1").arg(1 + i % 7));
    for (int a = 0; a < domain::amenityCount; ++a)
        o.insert(domain::amenityJsonKey(static_cast<domain::Amenity>(a)), ((i + a) % 3) == 0);
    o.insert(u"AllowMultipleBookings", i % 4 == 0);
    o.insert(u"Allocation", 1 + i % 20);
    o.insert(u"LimitVisitorsToAllocation", i % 2 == 0);
    o.insert(u"BookInAdvanceLimit", 30 + i % 60);
    o.insert(u"LateBookingLimit", 15);
    o.insert(u"LateCancellationLimit", 120);
    o.insert(u"IntervalLimit", i % 3 == 0 ? QJsonValue(10) : QJsonValue(QJsonValue::Null));
    o.insert(u"NoReturnPolicy", 60);
    o.insert(u"NoReturnPolicyAllResources", QJsonValue::Null);
    o.insert(u"NoReturnPolicyAllUsers", 5);
    o.insert(u"MaxBookingLength", 240);
    o.insert(u"MinBookingLength", 30);
    o.insert(u"Tariffs", QJsonArray{11 + i % 3, 20});
    o.insert(u"Teams", QJsonArray{31});
    o.insert(u"Shifts", QStringLiteral("[{\"DayOfWeek\":1,\"FromTime\":\"08:00\",\"ToTime\":\"20:00\"}]"));
    o.insert(u"LinkedResources", QJsonArray{10000000 + (i + 1) % linkModulo});
    o.insert(u"GoogleCalendarId", QStringLiteral("room%1@group.calendar.google.com").arg(i));
    o.insert(u"KisiGroupId", QJsonValue::Null);
    o.insert(u"AccessControlGroupId", QStringLiteral("acg-%1").arg(i % 9));
    o.insert(u"AccessControlGroupIds", QStringLiteral("acg-%1,acg-%2").arg(i % 9).arg(i % 11));
    o.insert(u"Longitude", -3.7038 + i * 0.0001);
    o.insert(u"Latitude", 40.4168 + i * 0.0001);
    o.insert(u"HideInCalendar", i % 25 == 0);
    o.insert(u"Archived", i % 50 == 0);
    o.insert(u"UseSharedZoomAccount", true);
    o.insert(u"ZoomAccessToken", QStringLiteral("zoom-access-%1").arg(i));
    o.insert(u"ZoomRefreshToken", QStringLiteral("zoom-refresh-%1").arg(i));
    o.insert(u"ZoomUserId", QStringLiteral("zoom-user-%1").arg(i % 13));
    o.insert(u"LastCleanedAt", QStringLiteral("2025-01-14T18:%1:00").arg(10 + i % 50));
    o.insert(u"Office365CalendarId", QJsonValue::Null);
    o.insert(u"LinkedResourceIds", QString::number(10000000 + (i + 1) % linkModulo));
    o.insert(u"OnlyForContacts", false);
    o.insert(u"OnlyForMembers", i % 3 == 0);
    o.insert(u"OnlyForInvoicingBusiness", false);
    o.insert(u"SensorLastValue", QJsonValue::Null);
    o.insert(u"IsSensorOccupied", false);
    o.insert(u"BookingAvailabilityExceptions", QJsonArray());
    o.insert(u"CancellationFeeProductId", 5005);
    o.insert(u"CancellationFeeProductName", QStringLiteral("Late cancellation fee"));
    o.insert(u"ChargeCancellationFee", i % 2 == 0);
    o.insert(u"CancellationFeeType", i % 3);
    o.insert(u"CancellationFeeAmount", 12.5);
    o.insert(u"CancellationFeePercentage", 50);
    o.insert(u"RepeatBookingQuantityLimit", 10);
    o.insert(u"RepeatBookingPeriodLimitInMonths", 3);
    o.insert(u"ToStringText", QStringLiteral("%1 %2").arg(pick(names, i)).arg(i));
    o.insert(u"LocalizationDetails", QJsonValue::Null);
    o.insert(u"CustomFields", QJsonValue::Null);
    return o;
}

} // namespace bench
