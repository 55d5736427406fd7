// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Application.h"

#include <QJsonDocument>
#include <QTest>

using domain::Application;

namespace {
// Seed 004's schema with realistic values.
const char *const kFullApplication = R"({
  "DeveloperId": 12, "Name": "Door Sync", "Published": true, "ApplicationKey": "app-key-123",
  "SecretKey": "s3cr3t-VALUE-9876", "ShortDescription": "Syncs doors", "Description": "<p>Long</p>",
  "InstallUrl": "https:\/\/doorsync.example/install", "RequiredRoles": [3, 4],
  "Id": 87654321, "UniqueId": "a1b2", "CreatedOn": "2025-01-10T08:00:00Z", "UpdatedOn": "2025-01-15T10:30:00Z",
  "UpdatedBy": "admin@example.com", "IsNew": false, "SystemId": null, "ToStringText": "Door Sync"})";

Application full()
{
    return Application::fromJson(QJsonDocument::fromJson(QByteArray(kFullApplication)).object());
}
} // namespace

class TestApplication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapsEveryField()
    {
        const Application a = full();
        QCOMPARE(a.id, 87654321);
        QCOMPARE(a.developerId, 12);
        QCOMPARE(a.name, QStringLiteral("Door Sync"));
        QVERIFY(a.published);
        QCOMPARE(a.applicationKey, QStringLiteral("app-key-123"));
        QCOMPARE(a.secretKey, QStringLiteral("s3cr3t-VALUE-9876"));
        QCOMPARE(a.shortDescription, QStringLiteral("Syncs doors"));
        QCOMPARE(a.description, QStringLiteral("<p>Long</p>"));
        QCOMPARE(a.installUrl, QStringLiteral("https://doorsync.example/install"));
        QCOMPARE(a.requiredRoleIds, (QList<qint64>{3, 4}));
        QCOMPARE(a.updatedBy, QStringLiteral("admin@example.com"));
    }

    void seedExampleWithNulls()
    {
        const Application a = Application::fromJson(QJsonDocument::fromJson(R"({"DeveloperId": 0, "Name": "",
          "Published": false, "ApplicationKey": null, "SecretKey": null, "ShortDescription": "",
          "Description": null, "InstallUrl": "", "RequiredRoles": [], "Id": 87654321})").object());
        QCOMPARE(a.id, 87654321);
        QVERIFY(a.secretKey.isEmpty());
        QVERIFY(a.maskedSecretKey().isEmpty());
        QVERIFY(a.requiredRoleIds.isEmpty());
    }

    void toJsonNeverWritesTheSecret()
    {
        const Application a = full();
        const QJsonObject json = a.toJson();
        QVERIFY(!json.contains(u"SecretKey"));
        QVERIFY(!QJsonDocument(json).toJson().contains("s3cr3t"));
        QCOMPARE(json.value(u"ApplicationKey").toString(), QStringLiteral("app-key-123"));
        // Everything else survives a round trip.
        Application expected = a;
        expected.secretKey.clear();
        QCOMPARE(Application::fromJson(json), expected);
    }

    void toJsonForWriteIncludesTheSecretOnlyWhenAsked()
    {
        const Application a = full();
        const QJsonObject without = a.toJsonForWrite(Application::IncludeSecret::No);
        QVERIFY(!without.contains(u"SecretKey"));
        QCOMPARE(without.value(u"Id").toDouble(), 87654321.0); // an update carries its Id in the body
        QVERIFY(!without.contains(u"UpdatedOn"));
        QVERIFY(!without.contains(u"ApplicationKey"));
        const QJsonObject with = a.toJsonForWrite(Application::IncludeSecret::Yes);
        QCOMPARE(with.value(u"SecretKey").toString(), QStringLiteral("s3cr3t-VALUE-9876"));
        QCOMPARE(with.value(u"Name").toString(), QStringLiteral("Door Sync"));

        Application created = a;
        created.id = 0;
        QVERIFY(!created.toJsonForWrite(Application::IncludeSecret::No).contains(u"Id"));
    }

    void maskedSecretShowsAtMostTheLastFour()
    {
        const QString masked = full().maskedSecretKey();
        QVERIFY(masked.endsWith(u"9876"));
        QVERIFY(!masked.contains(u"s3cr3t"));
        Application shortSecret;
        shortSecret.secretKey = QStringLiteral("abc123");
        QVERIFY(!shortSecret.maskedSecretKey().contains(u"123"));
        QVERIFY(!shortSecret.maskedSecretKey().isEmpty());
    }

    void wrongTypes()
    {
        const Application a = Application::fromJson(QJsonDocument::fromJson(R"({"Published": "yes",
          "RequiredRoles": "3,4", "DeveloperId": "12", "Name": ["x"]})").object());
        QVERIFY(a.published);
        QVERIFY(a.requiredRoleIds.isEmpty());
        QCOMPARE(a.developerId, 12);
        QVERIFY(a.name.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
