// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Resource.h"
#include "domain/ResourceMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using domain::Amenity;
using domain::AmenitySet;
using domain::CancellationFeeType;
using domain::Resource;
using domain::SystemResourceType;

QByteArray seed003ExampleResponse(); // tst_resource_fixtures.cpp
QByteArray fullResourceRecord();

namespace {
QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture is not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QDateTime wallClock(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
} // namespace

class TestResource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullRecordMapsEveryField()
    {
        const Resource r = Resource::fromJson(parse(fullResourceRecord()));
        QCOMPARE(r.id, 87654321);
        QCOMPARE(r.uniqueId, QStringLiteral("a1b2c3d4-e5f6-7890-abcd-ef1234567890"));
        QCOMPARE(r.createdOn, wallClock("2025-01-10T08:00:00Z"));
        QCOMPARE(r.updatedOn, wallClock("2025-01-15T10:30:00Z"));
        QCOMPARE(r.updatedBy, QStringLiteral("admin@example.com"));
        QVERIFY(r.isNew);
        QCOMPARE(r.systemId, QStringLiteral("EXT-77"));

        QCOMPARE(r.businessId, 1001);
        QCOMPARE(r.businessName, QStringLiteral("Madrid Centro"));
        QCOMPARE(r.name, QStringLiteral("Board Room A"));
        QCOMPARE(r.systemType, SystemResourceType::MeetingRoom);
        QCOMPARE(r.resourceTypeId, 2002);
        QCOMPARE(r.resourceTypeName, QStringLiteral("Meeting Room"));
        QCOMPARE(r.descriptionHtml, QStringLiteral("<p>Bright room with <b>view</b> &amp; screen.</p>"));
        QCOMPARE(r.emailConfirmationContent, QStringLiteral("<p>Ask reception for the key.</p>"));
        QCOMPARE(r.pictureFileName, QStringLiteral("boardroom.jpg"));
        QCOMPARE(r.newPictureUrl, QStringLiteral("https://example.com/new.jpg"));
        QVERIFY(r.clearPictureFile);
        QVERIFY(r.visible);
        QVERIFY(!r.archived);
        QVERIFY(!r.hideInCalendar);
        QCOMPARE(r.displayOrder, 7);
        QCOMPARE(r.groupName, QStringLiteral("Floor 2"));

        const AmenitySet expected = AmenitySet::of({Amenity::Projector, Amenity::Internet, Amenity::WhiteBoard,
            Amenity::TeaAndCoffee, Amenity::CCTV, Amenity::AirConditioning, Amenity::NaturalLight,
            Amenity::Soundproof, Amenity::VideoConferencing, Amenity::PaSystem, Amenity::SecureStorage});
        QCOMPARE(r.amenities.bits(), expected.bits());

        const domain::BookingPolicy &p = r.policy;
        QVERIFY(p.requiresConfirmation);
        QVERIFY(p.allowMultipleBookings);
        QCOMPARE(p.allocation, std::optional<int>(6));
        QCOMPARE(r.capacity(), std::optional<int>(6));
        QVERIFY(p.limitVisitorsToAllocation);
        QCOMPARE(p.bookInAdvanceLimitDays, std::optional<double>(30.5));
        QCOMPARE(p.lateBookingLimitMinutes, std::optional<double>(15));
        QCOMPARE(p.lateCancellationLimitMinutes, std::optional<int>(120));
        QCOMPARE(p.intervalLimitMinutes, std::optional<int>(10));
        QCOMPARE(p.noReturnPolicyMinutes, std::optional<int>(60));
        QCOMPARE(p.noReturnPolicyAllResourcesMinutes, std::optional<int>(30));
        QCOMPARE(p.noReturnPolicyAllUsersMinutes, std::optional<int>(5));
        QCOMPARE(p.maxBookingLengthMinutes, std::optional<int>(240));
        QCOMPARE(p.minBookingLengthMinutes, std::optional<int>(30));
        QCOMPARE(p.repeatBookingQuantityLimit, std::optional<int>(10));
        QCOMPARE(p.repeatBookingPeriodLimitInMonths, std::optional<int>(3));
        QVERIFY(p.onlyForMembers);
        QVERIFY(!p.onlyForContacts);
        QVERIFY(p.onlyForInvoicingBusiness);
        QCOMPARE(p.tariffIds, (QList<qint64>{11, 12}));
        QCOMPARE(p.teamIds, (QList<qint64>{21}));
        QVERIFY(p.cancellationFee.charged);
        QCOMPARE(p.cancellationFee.type, CancellationFeeType::Percentage);
        QCOMPARE(p.cancellationFee.amount, std::optional<double>(12.5));
        QCOMPARE(p.cancellationFee.percentage, std::optional<double>(50));
        QCOMPARE(p.cancellationFee.productId, std::optional<qint64>(5005));
        QCOMPARE(p.cancellationFee.productName, QStringLiteral("Late cancellation fee"));

        QCOMPARE(r.latitude, std::optional<double>(40.4168));
        QCOMPARE(r.longitude, std::optional<double>(-3.7038));
        QCOMPARE(r.linkedResourceIds, (QList<qint64>{31, 32}));
        QCOMPARE(r.bookingAvailabilityExceptionIds, (QList<qint64>{41, 42, 43}));
        QCOMPARE(r.shiftsJson, QStringLiteral("[{\"Day\":1,\"From\":\"08:00\"}]"));
        QCOMPARE(r.integrations.googleCalendarId, QStringLiteral("g-cal-1"));
        QCOMPARE(r.integrations.office365CalendarId, QStringLiteral("o365-cal"));
        QCOMPARE(r.integrations.kisiGroupId, QStringLiteral("kisi-9"));
        QCOMPARE(r.integrations.accessControlGroupId, QStringLiteral("acg-1"));
        QCOMPARE(r.integrations.accessControlGroupIds, QStringLiteral("acg-1,acg-2"));
        QVERIFY(r.integrations.useSharedZoomAccount);
        QCOMPARE(r.integrations.zoomUserId, QStringLiteral("zoom-user-1"));
        QCOMPARE(r.sensor.lastValue, QStringLiteral("occupied:1"));
        QVERIFY(r.sensor.occupied);
        QCOMPARE(r.sensor.lastCleanedAt, wallClock("2025-01-14T18:00:00Z"));
        QCOMPARE(r.zoomSecrets.zoomAccessToken, QStringLiteral("zoom-access-SECRET"));
        QCOMPARE(r.zoomSecrets.zoomRefreshToken, QStringLiteral("zoom-refresh-SECRET"));
        QVERIFY(r.isBookableListing());
    }

    void seedExampleResponseMapsNullsToDefaults()
    {
        const Resource r = Resource::fromJson(parse(seed003ExampleResponse()));
        QCOMPARE(r.id, 87654321);
        QCOMPARE(r.updatedBy, QStringLiteral("admin@example.com"));
        QVERIFY(r.name.isEmpty());
        QVERIFY(r.businessName.isNull());
        QCOMPARE(r.systemType, SystemResourceType::None);
        QVERIFY(!r.visible); // "Visible": false is said explicitly
        QVERIFY(!r.isBookableListing());
        QVERIFY(r.amenities.isEmpty());
        QCOMPARE(r.policy, domain::BookingPolicy());
        QVERIFY(!r.latitude && !r.longitude && !r.price);
        QVERIFY(r.zoomSecrets.isEmpty());
        QVERIFY(!r.sensor.lastCleanedAt.isValid());
    }

    void summaryRecordFillsWhatItHasAndDefaultsTheRest()
    {
        // The 16 fields of /api/public/resources/published/summary (nexudus-api.md 5.2).
        const Resource r = Resource::fromJson(parse(R"({"Id": 5, "UniqueId": "u-5", "Name": "Phone Booth 3",
            "Description": "<p>Quiet</p>", "GroupName": "Floor 1", "ResourceTypeName": "Phone Booth",
            "Visible": true, "DisplayOrder": 2, "BusinessId": 9, "BusinessName": "Lisboa",
            "BusinessWebAddress": "lisboa", "HasImage": true, "CreatedOn": "2025-02-01T09:00:00Z",
            "UpdatedOn": "2025-02-02T09:00:00Z", "CreatedOnUtc": "2025-02-01T08:00:00Z",
            "UpdatedOnUtc": "2025-02-02T08:00:00Z"})"));
        QCOMPARE(r.name, QStringLiteral("Phone Booth 3"));
        QCOMPARE(r.businessWebAddress, QStringLiteral("lisboa"));
        QVERIFY(r.hasImage);
        QCOMPARE(r.createdOnUtc, QDateTime(QDate(2025, 2, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(r.createdOn, QDateTime(QDate(2025, 2, 1), QTime(9, 0), Qt::UTC)); // digits untouched
        QCOMPARE(r.systemType, SystemResourceType::None);
        QVERIFY(!r.capacity());
        QVERIFY(r.policy.tariffIds.isEmpty());
        QVERIFY(r.isBookableListing());
    }

    void missingVisibleMeansVisible()
    {
        QVERIFY(Resource::fromJson(parse(R"({"Id": 1, "Name": "Desk"})")).visible);
        QVERIFY(Resource::fromJson(parse(R"({"Id": 1, "Visible": null})")).visible);
    }

    void nullFieldsGiveDefaults()
    {
        const Resource r = Resource::fromJson(parse(R"({"Id": null, "Name": null, "BusinessId": null,
            "SystemResourceType": null, "Allocation": null, "Tariffs": null, "Projector": null,
            "Archived": null, "DisplayOrder": null, "Latitude": null, "CancellationFeeType": null,
            "LinkedResources": null, "LinkedResourceIds": null, "CreatedOn": null})"));
        QCOMPARE(r, Resource());
    }

    void wrongTypedFieldsAreReadWhenTheMeaningIsClear()
    {
        const Resource r = Resource::fromJson(parse(R"({"Id": "77", "Allocation": "6", "Visible": "yes",
            "Archived": "no", "HideInCalendar": 0, "Projector": "TRUE", "Internet": 1, "CCTV": "maybe",
            "Latitude": "40.5", "DisplayOrder": [], "BusinessId": true, "Name": 42,
            "Tariffs": "11", "Teams": [1, "2", "x", null], "SystemResourceType": "12",
            "RequiresConfirmation": {"a": 1}, "MaxBookingLength": "long"})"));
        QCOMPARE(r.id, 77);
        QCOMPARE(r.capacity(), std::optional<int>(6));
        QVERIFY(r.visible);
        QVERIFY(!r.archived);
        QVERIFY(!r.hideInCalendar);
        QVERIFY(r.amenities.has(Amenity::Projector));
        QVERIFY(r.amenities.has(Amenity::Internet));
        QVERIFY(!r.amenities.has(Amenity::CCTV));
        QCOMPARE(r.amenities.count(), 2);
        QCOMPARE(r.latitude, std::optional<double>(40.5));
        QCOMPARE(r.displayOrder, 0);
        QCOMPARE(r.businessId, 0);
        QCOMPARE(r.name, QStringLiteral("42"));
        QVERIFY(r.policy.tariffIds.isEmpty());
        QCOMPARE(r.policy.teamIds, (QList<qint64>{1, 2}));
        QCOMPARE(r.systemType, SystemResourceType::PhoneBooth);
        QVERIFY(!r.policy.requiresConfirmation);
        QVERIFY(!r.policy.maxBookingLengthMinutes);
    }

    void visibleNoHidesTheResource()
    {
        QVERIFY(!Resource::fromJson(parse(R"({"Visible": "no"})")).visible);
        QVERIFY(!Resource::fromJson(parse(R"({"Visible": "false"})")).isBookableListing());
    }

    void unknownFieldsAreIgnored()
    {
        QJsonObject withExtras = parse(fullResourceRecord());
        withExtras.insert(u"ToStringText", QStringLiteral("Board Room A"));
        withExtras.insert(u"CustomFields", QJsonObject{{QStringLiteral("Floor"), 2}});
        withExtras.insert(u"Surprise", QJsonArray{1, 2, 3});
        QCOMPARE(Resource::fromJson(withExtras), Resource::fromJson(parse(fullResourceRecord())));
    }

    void paSystemReadInEitherCasing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("expected");
        QTest::newRow("PaSystem true") << QByteArray(R"({"PaSystem": true})") << true;
        QTest::newRow("PASystem true") << QByteArray(R"({"PASystem": true})") << true;
        QTest::newRow("PaSystem false wins over PASystem") << QByteArray(R"({"PaSystem": false, "PASystem": true})") << false;
        QTest::newRow("PaSystem null, PASystem true") << QByteArray(R"({"PaSystem": null, "PASystem": true})") << true;
        QTest::newRow("neither") << QByteArray(R"({"Projector": true})") << false;
    }
    void paSystemReadInEitherCasing()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, expected);
        QCOMPARE(Resource::fromJson(parse(json)).amenities.has(Amenity::PaSystem), expected);
    }

    void secretsNeverWrittenByToJson()
    {
        const Resource r = Resource::fromJson(parse(fullResourceRecord()));
        QVERIFY(!r.zoomSecrets.isEmpty());
        const QJsonObject json = r.toJson();
        QVERIFY(!json.contains(u"ZoomAccessToken"));
        QVERIFY(!json.contains(u"ZoomRefreshToken"));
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
        QVERIFY2(!bytes.contains("SECRET"), bytes.constData());
        QVERIFY(bytes.contains("zoom-user-1")); // the non-secret neighbour is kept
    }

    void toJsonRoundTripsEverythingButSecrets()
    {
        Resource original = Resource::fromJson(parse(fullResourceRecord()));
        original.price = 25.0;
        original.priceFormatted = QStringLiteral("€25.00");
        original.businessWebAddress = QStringLiteral("madrid");
        original.hasImage = true;
        const Resource copy = Resource::fromJson(original.toJson());
        QVERIFY(copy.zoomSecrets.isEmpty());
        original.zoomSecrets = {};
        QCOMPARE(copy, original);
        // And the amenities go out under the seed's key.
        QCOMPARE(original.toJson().value(u"PaSystem").toBool(), true);
    }

    void systemResourceTypeFromRecord_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<SystemResourceType>("expected");
        QTest::newRow("missing") << QByteArray("{}") << SystemResourceType::None;
        QTest::newRow("0") << QByteArray(R"({"SystemResourceType": 0})") << SystemResourceType::None;
        QTest::newRow("2") << QByteArray(R"({"SystemResourceType": 2})") << SystemResourceType::HotDesk;
        QTest::newRow("99") << QByteArray(R"({"SystemResourceType": 99})") << SystemResourceType::Other;
        QTest::newRow("gap 8") << QByteArray(R"({"SystemResourceType": 8})") << SystemResourceType::Other;
        QTest::newRow("future 42") << QByteArray(R"({"SystemResourceType": 42})") << SystemResourceType::Other;
        QTest::newRow("text") << QByteArray(R"({"SystemResourceType": "MeetingRoom"})") << SystemResourceType::None;
    }
    void systemResourceTypeFromRecord()
    {
        QFETCH(QByteArray, json);
        QFETCH(SystemResourceType, expected);
        QCOMPARE(Resource::fromJson(parse(json)).systemType, expected);
    }

    void unknownCancellationFeeTypeIsNone()
    {
        const Resource r = Resource::fromJson(parse(R"({"CancellationFeeType": 7, "ChargeCancellationFee": true})"));
        QCOMPARE(r.policy.cancellationFee.type, CancellationFeeType::None);
        QVERIFY(r.policy.cancellationFee.charged);
        QCOMPARE(Resource::fromJson(parse(R"({"CancellationFeeType": 1})")).policy.cancellationFee.type,
                 CancellationFeeType::Absolute);
    }

    void linkedResourceIdsStringIsTheFallback()
    {
        QCOMPARE(Resource::fromJson(parse(R"({"LinkedResourceIds": "4, 5,x,6"})")).linkedResourceIds,
                 (QList<qint64>{4, 5, 6}));
        QCOMPARE(Resource::fromJson(parse(R"({"LinkedResources": [7], "LinkedResourceIds": "4"})")).linkedResourceIds,
                 (QList<qint64>{7}));
    }

    void publicRouteExtras()
    {
        const Resource r = Resource::fromJson(parse(R"({"Id": 3, "Price": 12.5, "PriceFormatted": "€12.50",
            "ResourceType": {"Id": 44, "Name": "Hot Desk"}, "BusinessWebAddress": "madrid"})"));
        QCOMPARE(r.price, std::optional<double>(12.5));
        QCOMPARE(r.priceFormatted, QStringLiteral("€12.50"));
        QCOMPARE(r.resourceTypeId, 44);
        QCOMPARE(r.resourceTypeName, QStringLiteral("Hot Desk"));
        QCOMPARE(r.businessWebAddress, QStringLiteral("madrid"));
    }

    void isBookableListing_data()
    {
        QTest::addColumn<bool>("visible");
        QTest::addColumn<bool>("archived");
        QTest::addColumn<bool>("hidden");
        QTest::addColumn<bool>("expected");
        QTest::newRow("listed") << true << false << false << true;
        QTest::newRow("invisible") << false << false << false << false;
        QTest::newRow("archived") << true << true << false << false;
        QTest::newRow("hidden in calendar") << true << false << true << false;
    }
    void isBookableListing()
    {
        QFETCH(bool, visible);
        QFETCH(bool, archived);
        QFETCH(bool, hidden);
        QFETCH(bool, expected);
        const QJsonObject o{{QStringLiteral("Visible"), visible}, {QStringLiteral("Archived"), archived},
                            {QStringLiteral("HideInCalendar"), hidden}};
        QCOMPARE(Resource::fromJson(o).isBookableListing(), expected);
    }

    void mappingHelpers()
    {
        const QJsonArray records{QJsonObject{{QStringLiteral("Id"), 1}}, 42, QJsonValue(),
                                 QJsonObject{{QStringLiteral("Id"), 2}}};
        const QList<Resource> resources = domain::resourcesFromRecords(records);
        QCOMPARE(resources.size(), 2);
        QCOMPARE(resources.at(1).id, 2);
        QCOMPARE(domain::resourceFromSingleResponse(parse(R"({"Resource": {"Id": 9, "Name": "A"}})")).id, 9);
        QCOMPARE(domain::resourceFromSingleResponse(parse(R"({"Id": 8, "Name": "B"})")).name, QStringLiteral("B"));
    }
};

QTEST_GUILESS_MAIN(TestResource)
#include "tst_resource.moc"
