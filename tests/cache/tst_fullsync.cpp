// SPDX-License-Identifier: GPL-3.0-or-later
// A full sync against the emulator: every dataset lands in the offline copy, within the throttle,
// and no secret the space sent (application secret keys, Zoom tokens) reaches the file.
#include "../integration/TestSpace.h"
#include "cache/AsyncOfflineStore.h"
#include "cache/ResourceCodec.h"
#include "sync/FullSync.h"
#include "sync/ResourceDetailsLoader.h"
#include "sync/ResourceRepository.h"
#include "sync/ResourceReviewRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

using repository::FullSync;

namespace {
QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

//! Every value of `keys` in the admin list at `path`, read with a plain QNAM (not the client's code).
QStringList secretsFrom(TestSpace &space, const QString &path, const QStringList &keys)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(space.server->baseUrl().toString() + path + QStringLiteral("?size=1000")));
    request.setRawHeader("Authorization", "Bearer " + space.auth()->accessToken().toUtf8());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    QStringList out;
    const QJsonArray records = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("Records")).toArray();
    for (const QJsonValue &record : records) {
        for (const QString &key : keys) {
            const QString value = record.toObject().value(key).toString();
            if (value.size() >= 8)
                out.append(value);
        }
    }
    reply->deleteLater();
    return out;
}
} // namespace

class TestFullSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staffSyncKeepsEveryDatasetAndNoSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("admin.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        {
            cache::AsyncOfflineStore store(path);
            FullSync sync(space.api(), &store, true);
            // Admin resources too, as the staff review keeps them: they carry Zoom tokens.
            repository::DatasetRefresh review(space.api(), &store,
                                              {QStringLiteral("review"), QStringLiteral("/api/spaces/resources"),
                                               api::ListQuery().size(1000), {}});
            QSignalSpy finished(&sync, &FullSync::finished);
            QSignalSpy failed(&sync, &FullSync::failed);
            QSignalSpy progress(&sync, &FullSync::progress);
            sync.start();
            QVERIFY(finished.wait(60000));
            QVERIFY(failed.isEmpty());
            QCOMPARE(sync.counts().keys().join(u','),
                     QStringLiteral("applications,bookings,bookings-cancelled,news,resource-details,resources,"
                                    "review-booking-rates,review-resource-types,review-resources"));
            QVERIFY(sync.counts().value(QStringLiteral("resources")) > 20);
            // Every room's full record too, so a room never opened before reads in full offline.
            QCOMPARE(sync.counts().value(QStringLiteral("resource-details")), sync.counts().value(QStringLiteral("resources")));
            QVERIFY(sync.counts().value(QStringLiteral("news")) > 5);
            QVERIFY(sync.counts().value(QStringLiteral("applications")) > 0);
            QCOMPARE(progress.last().at(1).toInt(), 9); // the last step of nine
            // Staff prepare for travel too: every resource of the review, hidden and archived ones.
            QVERIFY(sync.counts().value(QStringLiteral("review-resources"))
                    > sync.counts().value(QStringLiteral("resources")));
            QSignalSpy reviewed(&review, &repository::DatasetRefresh::completed);
            review.start();
            QVERIFY(reviewed.wait(10000));
        } // the store finishes its writes before it goes
        QCOMPARE(space.server->throttledCount(), 0); // paced within the documented limits

        const QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.contains("Portal Desk")); // the file does hold the synced records
        const QStringList secrets = secretsFrom(space, QStringLiteral("/api/apps/applications"), {QStringLiteral("SecretKey")})
                                    + secretsFrom(space, QStringLiteral("/api/spaces/resources"),
                                                  {QStringLiteral("ZoomAccessToken"), QStringLiteral("ZoomRefreshToken")});
        QVERIFY(secrets.size() > 5); // the space did send secrets
        for (const QString &secret : secrets) // text is UTF-8 in every form the store keeps
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!bytes.contains(space.auth()->accessToken().toUtf8()));

        cache::OfflineStore reopened(path);
        QVERIFY(reopened.open());
        QCOMPARE(reopened.read(QStringLiteral("applications")).records.size(),
                 qsizetype(secretsFrom(space, QStringLiteral("/api/apps/applications"), {QStringLiteral("Name")}).size()));

        // The list keeps only what it shows (no booking rates: _shape); the details keep them.
        const auto ratesOf = [&](const QString &dataset) {
            int withRates = 0;
            const cache::StoredDataset stored = reopened.readStored(dataset);
            for (const QByteArray &bytes : stored.records) {
                const std::optional<domain::Resource> room = cache::ResourceCodec::decode(bytes);
                if (!room)
                    return -1;
                withRates += room->bookingRates.isEmpty() ? 0 : 1;
            }
            return stored.records.isEmpty() ? -1 : withRates;
        };
        QCOMPARE(ratesOf(repository::ResourceRepository::datasetName()), 0);
        QVERIFY(ratesOf(repository::ResourceDetailsLoader::datasetName()) > 10);

        // The synced review reads back as the view reads it offline: every resource, and whether
        // each Zoom token was set (the tokens themselves were checked absent above).
        cache::AsyncOfflineStore async(path);
        repository::ResourceReviewRepository review(nullptr);
        review.setOfflineStore(&async);
        QList<repository::ReviewedResource> rows;
        bool answered = false;
        review.loadFromCopy({}, {}, &review, [&](const QList<repository::ReviewedResource> &copy, const QDateTime &) {
            rows = copy;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(rows.size(), reopened.read(repository::ResourceReviewRepository::offlineDataset()).records.size());
        QVERIFY(rows.size() > 20);
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const auto &row) { return row.hasZoomAccessToken; }));
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const auto &row) { return row.resource.archived; }));
    }

    void aMemberSyncLeavesOutTheStaffData()
    {
        QCOMPARE(FullSync::sources(false).size() + 4, FullSync::sources(true).size());
        QTemporaryDir dir;
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        cache::AsyncOfflineStore store(dir.filePath(QStringLiteral("member.sqlite")));
        FullSync sync(space.api(), &store, false);
        QSignalSpy finished(&sync, &FullSync::finished);
        sync.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(!sync.counts().contains(QStringLiteral("applications")));
        QVERIFY(!sync.counts().contains(QStringLiteral("review-resources")));
        QCOMPARE(space.server->requestCount({}, QStringLiteral("/api/apps")), 0);
        QCOMPARE(space.server->requestCount({}, QStringLiteral("/api/spaces")), 0);
        QCOMPARE(space.server->requestCount({}, QStringLiteral("/api/billing")), 0);
    }

    void aFailureStopsTheSyncAndKeepsWhatWasDone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("member.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.server->failNext(1, 404, QStringLiteral("/api/public/blogPosts"));
        {
            cache::AsyncOfflineStore store(path);
            FullSync sync(space.api(), &store, false);
            QSignalSpy failed(&sync, &FullSync::failed);
            sync.start();
            QVERIFY(failed.wait(60000));
            QCOMPARE(failed.first().at(0).toString(), QStringLiteral("news"));
        }
        cache::OfflineStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.read(QStringLiteral("resources")).isValid());
        QVERIFY(!store.read(QStringLiteral("news")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestFullSync)
#include "tst_fullsync.moc"
