// SPDX-License-Identifier: GPL-3.0-or-later
// bench-ingest: how fast a page of 1,000 full resource records goes from bytes to domain::Resource values.
// Times QJsonDocument::fromJson + api::ListPage::parse + domain::Resource::fromJson per record, repeats,
// and prints the median as "ingest_1000_resources_mb_per_s: <value> MB/s" (MB = 10^6 bytes).
#include "api/ListPage.h"
#include "domain/Amenity.h"
#include "domain/Resource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kRecordCount = 1000;

// Deterministic variety: the same page every run, without a random generator.
QString pick(const QStringList &values, int i) { return values.at(i % values.size()); }

QString descriptionHtml(int i)
{
    return QStringLiteral("<p>A bright <strong>%1-seat</strong> room on the %2 floor with views over the "
                          "courtyard. Ideal for workshops, interviews and team stand-ups.</p><ul><li>Screen "
                          "sharing from any laptop</li><li>Whiteboard wall &amp; markers</li><li>Filtered "
                          "water and coffee on request</li></ul><p>Please leave the room as you found it. "
                          "Ask reception (ext. %3) for cables.</p>")
        .arg(2 + i % 18).arg(1 + i % 7).arg(100 + i % 50);
}

QJsonObject fullRecord(int i)
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
    o.insert(u"LinkedResources", QJsonArray{10000000 + (i + 1) % kRecordCount});
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
    o.insert(u"LinkedResourceIds", QString::number(10000000 + (i + 1) % kRecordCount));
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

QByteArray buildPage()
{
    QJsonArray records;
    for (int i = 0; i < kRecordCount; ++i)
        records.append(fullRecord(i));
    QJsonObject page{{QStringLiteral("Records"), records},
                     {QStringLiteral("CurrentPageSize"), kRecordCount},
                     {QStringLiteral("CurrentPage"), 1},
                     {QStringLiteral("CurrentOrderField"), QStringLiteral("Name")},
                     {QStringLiteral("CurrentSortDirection"), 0},
                     {QStringLiteral("FirstItem"), 1},
                     {QStringLiteral("HasNextPage"), false},
                     {QStringLiteral("HasPreviousPage"), false},
                     {QStringLiteral("LastItem"), kRecordCount},
                     {QStringLiteral("PageNumber"), 1},
                     {QStringLiteral("PageSize"), kRecordCount},
                     {QStringLiteral("TotalItems"), kRecordCount},
                     {QStringLiteral("TotalPages"), 1}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

//! One full ingest; returns a checksum so the work cannot be optimised away.
qint64 ingest(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    api::ListPage page;
    if (!api::ListPage::parse(doc.object(), &page))
        return -1;
    qint64 checksum = 0;
    for (const QJsonValue &record : std::as_const(page.records)) {
        const domain::Resource resource = domain::Resource::fromJson(record.toObject());
        checksum += resource.id + resource.amenities.count() + resource.name.size();
    }
    return checksum;
}

int parseIterations(const QStringList &args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--iterations"));
    if (at < 0 || at + 1 >= args.size())
        return 0; // automatic
    bool ok = false;
    const int n = args.at(at + 1).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int fixedIterations = parseIterations(app.arguments());

    const QByteArray bytes = buildPage();
    const qint64 expected = ingest(bytes); // warm-up, and the checksum every run must reproduce
    if (expected < 0) {
        std::fprintf(stderr, "bench-ingest: the generated page did not parse\n");
        return 1;
    }

    // Automatic mode: at least 30 runs and at least one second, whichever takes longer.
    std::vector<qint64> nanos;
    QElapsedTimer total;
    total.start();
    for (int run = 0;; ++run) {
        if (fixedIterations > 0 ? run >= fixedIterations
                                : (run >= 30 && total.elapsed() >= 1000) || run >= 10000)
            break;
        QElapsedTimer timer;
        timer.start();
        const qint64 checksum = ingest(bytes);
        nanos.push_back(timer.nsecsElapsed());
        if (checksum != expected) {
            std::fprintf(stderr, "bench-ingest: checksum changed between runs\n");
            return 1;
        }
    }

    std::sort(nanos.begin(), nanos.end());
    const size_t n = nanos.size();
    const double medianNs = n % 2 ? double(nanos[n / 2]) : (nanos[n / 2 - 1] + nanos[n / 2]) / 2.0;
    const double mbPerS = (double(bytes.size()) / 1.0e6) / (medianNs / 1.0e9);
    std::printf("page_bytes: %lld\n", static_cast<long long>(bytes.size()));
    std::printf("iterations: %zu\n", n);
    std::printf("ingest_1000_resources_ms: %.3f ms\n", medianNs / 1.0e6);
    std::printf("ingest_1000_resources_mb_per_s: %.2f MB/s\n", mbPerS);
    std::printf("checksum: %lld\n", static_cast<long long>(expected));
    return 0;
}
