// SPDX-License-Identifier: GPL-3.0-or-later
// The rooms' form in the offline copy: every field comes back, secrets never go in, damaged or
// foreign bytes read as "nothing" (never as a wrong room, never a crash), and a copy written as
// JSON text by an earlier build still loads.
#include "../bench/FullResourceRecord.h"
#include "cache/OfflineStore.h"
#include "cache/ResourceCodec.h"
#include "repository/ResourceRepository.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using cache::ResourceCodec::decode;
using cache::ResourceCodec::encode;
using domain::Resource;

namespace {

//! A room with every field away from its default, so a field the codec forgot cannot go unseen.
Resource everyFieldSet()
{
    Resource r = Resource::fromJson(bench::fullRecord(7));
    r.createdOnUtc = QDateTime(QDate(2024, 3, 1), QTime(7, 30), Qt::UTC);
    r.updatedOnUtc = QDateTime(QDate(2025, 1, 2), QTime(9, 15, 30, 250), Qt::UTC);
    r.isNew = true;
    r.systemId = QStringLiteral("SYS-7");
    r.businessWebAddress = QStringLiteral("madrid");
    r.newPictureUrl = QStringLiteral("https://example.test/new.png");
    r.clearPictureFile = true;
    r.hasImage = true;
    r.visible = false;
    r.archived = true;
    r.hideInCalendar = true;
    r.policy.requiresConfirmation = true;
    r.policy.allowMultipleBookings = true;
    r.policy.limitVisitorsToAllocation = true;
    r.policy.onlyForMembers = true;
    r.policy.onlyForContacts = true;
    r.policy.intervalLimitMinutes = 10;
    r.policy.cancellationFee.charged = true;
    r.policy.onlyForInvoicingBusiness = true;
    r.policy.noReturnPolicyAllResourcesMinutes = 45;
    r.policy.cancellationFee.type = domain::CancellationFeeType::Percentage;
    r.bookingAvailabilityExceptionIds = {3, 5, 8};
    r.integrations.office365CalendarId = QStringLiteral("room7@o365.test");
    r.integrations.kisiGroupId = QStringLiteral("kisi-7");
    r.sensor.lastValue = QStringLiteral("occupied");
    r.sensor.occupied = true;
    r.price = 12.75;
    r.priceFormatted = QStringLiteral("12.75 €");
    r.bookingRates = {{71, 1001, 2001, QStringLiteral("Hourly"), 20.0, 2, QStringLiteral("20.00 €")},
                      {72, 1001, 2001, QStringLiteral("Daily"), 90.5, 3, QStringLiteral("90.50 €")}};
    return r;
}

QByteArray utf16(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

} // namespace

class TestResourceCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theFixtureLeavesNoFieldAtItsDefault()
    {
        // Guards the round trip below: each group of fields differs from a default room.
        const Resource r = everyFieldSet();
        const Resource blank;
        QVERIFY(static_cast<const domain::RecordBase &>(r) != static_cast<const domain::RecordBase &>(blank));
        QVERIFY(r.createdOn.isValid() && r.updatedOn.isValid() && r.createdOnUtc.isValid() && r.updatedOnUtc.isValid());
        QVERIFY(r.policy.bookInAdvanceLimitDays && r.policy.lateBookingLimitMinutes && r.policy.lateCancellationLimitMinutes
                && r.policy.intervalLimitMinutes && r.policy.noReturnPolicyMinutes
                && r.policy.noReturnPolicyAllResourcesMinutes && r.policy.noReturnPolicyAllUsersMinutes
                && r.policy.maxBookingLengthMinutes && r.policy.minBookingLengthMinutes
                && r.policy.repeatBookingQuantityLimit && r.policy.repeatBookingPeriodLimitInMonths && r.policy.allocation);
        QVERIFY(r.policy.cancellationFee.amount && r.policy.cancellationFee.percentage && r.policy.cancellationFee.productId);
        QVERIFY(!r.policy.tariffIds.isEmpty() && !r.policy.teamIds.isEmpty() && !r.linkedResourceIds.isEmpty());
        QVERIFY(r.latitude && r.longitude && r.price);
        QVERIFY(!r.amenities.isEmpty() && !r.shiftsJson.isEmpty() && !r.descriptionHtml.isEmpty());
        QVERIFY(r.sensor.lastCleanedAt.isValid());
        const domain::BookingPolicy &p = r.policy;
        QVERIFY(r.isNew && r.clearPictureFile && r.hasImage && !r.visible && r.archived && r.hideInCalendar);
        QVERIFY(p.requiresConfirmation && p.allowMultipleBookings && p.limitVisitorsToAllocation && p.onlyForMembers
                && p.onlyForContacts && p.onlyForInvoicingBusiness && p.cancellationFee.charged);
        QVERIFY(r.integrations.useSharedZoomAccount && r.sensor.occupied);
        QVERIFY(!r.integrations.googleCalendarId.isEmpty() && !r.integrations.office365CalendarId.isEmpty()
                && !r.integrations.kisiGroupId.isEmpty() && !r.integrations.accessControlGroupId.isEmpty()
                && !r.integrations.accessControlGroupIds.isEmpty() && !r.integrations.zoomUserId.isEmpty());
        QVERIFY(!r.sensor.lastValue.isEmpty() && !r.bookingAvailabilityExceptionIds.isEmpty() && !r.bookingRates.isEmpty());
        QVERIFY(!r.uniqueId.isEmpty() && !r.updatedBy.isEmpty() && !r.systemId.isEmpty() && r.businessId != 0
                && !r.businessName.isEmpty() && !r.businessWebAddress.isEmpty() && r.resourceTypeId != 0
                && !r.resourceTypeName.isEmpty() && !r.emailConfirmationContent.isEmpty()
                && !r.pictureFileName.isEmpty() && !r.newPictureUrl.isEmpty() && r.displayOrder != 0
                && !r.groupName.isEmpty() && !r.priceFormatted.isEmpty()
                && r.systemType != domain::SystemResourceType::None);
        QVERIFY(!r.zoomSecrets.isEmpty()); // the record carries Zoom tokens: the codec must drop them
    }

    void everyFieldComesBackButTheSecrets()
    {
        const Resource original = everyFieldSet();
        const std::optional<Resource> back = decode(encode(original));
        QVERIFY(back.has_value());
        QVERIFY(back->zoomSecrets.isEmpty());
        Resource expected = original;
        expected.zoomSecrets = {};
        QCOMPARE(back->name, expected.name);
        QCOMPARE(back->policy, expected.policy);
        QCOMPARE(back->bookingRates, expected.bookingRates);
        QVERIFY(*back == expected);
    }

    void aNewFieldIsNotForgotten()
    {
        // A tripwire: domain::Resource changed size, so a field was added or removed. Add it to
        // ResourceCodec (both directions are one function), bump formatVersion, then update this.
#if QT_POINTER_SIZE == 8 && defined(Q_OS_LINUX) && defined(Q_PROCESSOR_X86_64)
        constexpr size_t recordedSize = 1040;
        QCOMPARE(sizeof(Resource), recordedSize);
#else
        QSKIP("The size is recorded for x86-64 Linux only");
#endif
    }

    void secretsNeverReachTheBytes()
    {
        const Resource original = everyFieldSet();
        const QByteArray bytes = encode(original);
        for (const QString &secret : {original.zoomSecrets.zoomAccessToken, original.zoomSecrets.zoomRefreshToken}) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!bytes.contains(utf16(secret)), qPrintable(secret));
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        }
        // A value that is in the record is found by the same search (the check can fail).
        QVERIFY(bytes.contains(original.integrations.zoomUserId.toUtf8()));
    }

    void damagedBytesReadAsNothing()
    {
        const QByteArray bytes = encode(everyFieldSet());
        for (qsizetype length = 0; length < bytes.size(); ++length)
            QVERIFY2(!decode(bytes.left(length)).has_value(), qPrintable(QString::number(length)));
        QVERIFY(!decode(bytes + QByteArray("x")).has_value()); // trailing garbage: not this layout

        QByteArray otherVersion = bytes;
        otherVersion[1] = char(cache::ResourceCodec::formatVersion + 1);
        QVERIFY(!decode(otherVersion).has_value());

        QByteArray hugeList = bytes.left(2);
        hugeList.append(QByteArray(bytes.size(), '\xff')); // lengths of 4 GiB: refused, not allocated
        QVERIFY(!decode(hugeList).has_value());
        QVERIFY(!decode(QByteArray("{not json")).has_value());
    }

    void jsonTextFromAnEarlierBuildStillLoads()
    {
        const QJsonObject record = bench::fullRecord(3);
        const std::optional<Resource> back = decode(QJsonDocument(record).toJson(QJsonDocument::Compact));
        QVERIFY(back.has_value());
        QCOMPARE(back->id, Resource::fromJson(record).id);
        QCOMPARE(back->name, Resource::fromJson(record).name);
    }

    void theRoomsDatasetIsKeptInThisFormAndLoadsBack()
    {
        QTemporaryDir dir;
        cache::OfflineStore store(dir.filePath(QStringLiteral("codec.sqlite")));
        QVERIFY(store.open());
        const auto source = repository::ResourceRepository::source();
        QVERIFY(source.encoder);
        QList<cache::CacheRecord> page;
        for (int i = 0; i < 60; ++i) {
            const QJsonObject record = bench::fullRecord(i, 60);
            page.append({record.value(u"Id").toInteger(), record});
        }
        QVERIFY(store.beginRefresh(source.dataset));
        QVERIFY(store.writePage(source.dataset, page, source.encoder));
        QVERIFY(store.commitRefresh(source.dataset, QDateTime::currentDateTimeUtc()));

        const cache::StoredDataset stored = store.readStored(source.dataset);
        QCOMPARE(stored.records.size(), page.size());
        QVERIFY(stored.records.first().startsWith('R'));
        const QList<Resource> listed = repository::ResourceRepository::bookableListings(stored);
        QList<QJsonObject> json;
        for (const cache::CacheRecord &record : page)
            json.append(record.json);
        const QList<Resource> expected = repository::ResourceRepository::bookableListings(json);
        QVERIFY(!expected.isEmpty() && expected.size() < page.size()); // some are hidden or archived
        QCOMPARE(listed.size(), expected.size());
        for (qsizetype i = 0; i < listed.size(); ++i) {
            Resource want = expected.at(i);
            want.zoomSecrets = {};
            QVERIFY2(listed.at(i) == want, qPrintable(want.name));
        }
    }

    void aCopyKeptAsJsonByAnEarlierBuildStillLoads()
    {
        QTemporaryDir dir;
        cache::OfflineStore store(dir.filePath(QStringLiteral("old.sqlite")));
        QVERIFY(store.open());
        QList<cache::CacheRecord> page;
        for (int i = 1; i <= 9; ++i) {
            QJsonObject record = bench::fullRecord(i, 10);
            page.append({record.value(u"Id").toInteger(), record});
        }
        QVERIFY(store.replace(repository::ResourceRepository::datasetName(), page, QDateTime::currentDateTimeUtc()));
        const QList<Resource> listed =
            repository::ResourceRepository::bookableListings(store.readStored(repository::ResourceRepository::datasetName()));
        QCOMPARE(listed.size(), 9);
        QCOMPARE(listed.first().name, Resource::fromJson(page.first().json).name);
    }
};

QTEST_GUILESS_MAIN(TestResourceCodec)
#include "tst_resourcecodec.moc"
