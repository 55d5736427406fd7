// SPDX-License-Identifier: GPL-3.0-or-later
// The staff views' data read online stays viewable offline (issue #5): the applications list and
// the opened applications without their secret key, and the resource review (sorted and filtered
// locally, Zoom tokens only as "set"), its filter choices and its audit.
#include "../integration/TestSpace.h"
#include "cache/AsyncOfflineStore.h"
#include "models/ApplicationListModel.h"
#include "domain/ResourceReviewColumns.h"
#include "models/ResourceReviewModel.h"
#include "repository/ApplicationRepository.h"
#include "repository/ResourceAuditRunner.h"
#include "repository/ResourceReviewRepository.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <functional>
#include <limits>

namespace {
constexpr int kTimeout = 20000;

//! Every byte of the store (its WAL too), to prove a secret never reached the disk.
QByteArray storeBytes(const QString &path)
{
    QByteArray all;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

bool pageAll(QAbstractItemModel &model, const std::function<bool()> &loading)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!QTest::qWaitFor([&] { return !loading(); }, kTimeout))
            return false;
    }
    return !loading();
}
} // namespace

class TestStaffOffline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applicationsFromTheCopyWhenTheSpaceIsGone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("admin.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        QStringList seenNames;
        domain::Application opened;
        {
            cache::AsyncOfflineStore store(path);
            repository::ApplicationRepository repository(space.api());
            repository.setOfflineStore(&store);
            models::ApplicationListModel model;
            model.setPageSize(3); // several pages, each kept as it arrives
            model.setRepository(&repository);
            QSignalSpy pages(&model, &models::ApplicationListModel::pageLoaded);
            model.reload();
            QVERIFY(pages.wait(kTimeout));
            QVERIFY(pageAll(model, [&] { return model.isLoading(); }));
            QVERIFY(model.pagesLoaded() >= 2);
            for (int row = 0; row < model.rowCount(); ++row)
                seenNames.append(model.applicationAt(row).name);

            // Opened once: the full record, with its secret, which must not reach the copy.
            bool loaded = false;
            repository.load(model.applicationAt(0).id, &model, [&](const domain::Application &a) { opened = a; loaded = true; },
                            {});
            QTRY_VERIFY_WITH_TIMEOUT(loaded, kTimeout);
            QVERIFY(!opened.secretKey.isEmpty());
            QVERIFY(!model.isOfflineCopy());
        } // the store writes what is queued before it closes
        QVERIFY(!storeBytes(path).contains(opened.secretKey.toUtf8()));

        space.server.reset(); // no space any more
        cache::AsyncOfflineStore store(path);
        repository::ApplicationRepository repository(space.api());
        repository.setOfflineStore(&store);
        models::ApplicationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(&repository);
        QSignalSpy copyShown(&model, &models::ApplicationListModel::offlineCopyShown);
        QSignalSpy errors(&model, &models::ApplicationListModel::errorOccurred);
        model.reload();
        QVERIFY(copyShown.wait(kTimeout));
        QVERIFY(errors.isEmpty());
        QVERIFY(model.isOfflineCopy());
        QVERIFY(copyShown.first().at(0).toDateTime().isValid());
        QStringList offlineNames;
        for (int row = 0; row < model.rowCount(); ++row) {
            offlineNames.append(model.applicationAt(row).name);
            QVERIFY(model.applicationAt(row).secretKey.isEmpty());
        }
        QStringList expected = seenNames;
        std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QCOMPARE(offlineNames, expected); // every application seen, by name as online
        QVERIFY(!model.canFetchMore());

        // The search runs over the copy, at once, without asking the dead space again.
        const QString needle = opened.name.mid(1, 4).toUpper();
        QSignalSpy searched(&model, &models::ApplicationListModel::offlineCopyShown);
        model.setSearch(needle);
        QVERIFY(searched.wait(kTimeout));
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowCount() <= offlineNames.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.applicationAt(row).name.contains(needle, Qt::CaseInsensitive));
        QVERIFY(errors.isEmpty());

        // The opened application comes back in full, without its secret; one never opened does not.
        QList<domain::Application> found;
        bool answered = false;
        repository.loadRecordFromCopy(opened.id, &model, [&](const QList<domain::Application> &list, const QDateTime &) {
            found = list;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeout);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().name, opened.name);
        QCOMPARE(found.first().description, opened.description);
        QVERIFY(found.first().secretKey.isEmpty());
        answered = false;
        repository.loadRecordFromCopy(-1, &model, [&](const QList<domain::Application> &list, const QDateTime &) {
            found = list;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeout);
        QVERIFY(found.isEmpty());
    }

    void applicationsNeverReadSayWhy()
    {
        QTemporaryDir dir;
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        space.server.reset();
        cache::AsyncOfflineStore store(dir.filePath(QStringLiteral("empty.sqlite")));
        repository::ApplicationRepository repository(space.api());
        repository.setOfflineStore(&store);
        models::ApplicationListModel model;
        model.setRepository(&repository);
        QSignalSpy errors(&model, &models::ApplicationListModel::errorOccurred);
        QSignalSpy copyShown(&model, &models::ApplicationListModel::offlineCopyShown);
        model.reload();
        QVERIFY(errors.wait(kTimeout));
        QVERIFY(!errors.first().at(0).toString().isEmpty());
        QVERIFY(copyShown.isEmpty());
        QVERIFY(!model.isOfflineCopy());
        QCOMPARE(model.rowCount(), 0);
    }

    void reviewFromTheCopyWhenTheSpaceIsGone()
    {
        using Columns = domain::ResourceReviewColumns;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("admin.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        QSet<qint64> seenIds;
        QSet<qint64> withZoomToken;
        qint64 openedId = 0;
        {
            cache::AsyncOfflineStore store(path);
            repository::ResourceReviewRepository repository(space.api());
            repository.setOfflineStore(&store);
            models::ResourceReviewModel model;
            model.setPageSize(10);
            model.setRepository(&repository);
            QSignalSpy pages(&model, &models::ResourceReviewModel::pageLoaded);
            model.reload();
            QVERIFY(pages.wait(kTimeout));
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(pages.size() == 2 && !model.isLoading(), kTimeout);
            QVERIFY(!model.isAtEnd()); // only what was read is kept: not every resource
            for (int row = 0; row < model.rowCount(); ++row) {
                const domain::ReviewedResource r = model.recordAt(row);
                seenIds.insert(r.resource.id);
                if (r.hasZoomAccessToken)
                    withZoomToken.insert(r.resource.id);
            }
            QVERIFY(!withZoomToken.isEmpty()); // the demo has rooms with their own Zoom account
            openedId = *withZoomToken.cbegin();
            bool loaded = false;
            repository.load(openedId, &model, [&](const domain::ReviewedResource &) { loaded = true; }, {});
            QTRY_VERIFY_WITH_TIMEOUT(loaded, kTimeout);
        }
        // No token value at all in the copy (the emulator's tokens start with zat_ / zrt_).
        const QByteArray bytes = storeBytes(path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("zat_"));
        QVERIFY(!bytes.contains("zrt_"));

        space.server.reset();
        cache::AsyncOfflineStore store(path);
        repository::ResourceReviewRepository repository(space.api());
        repository.setOfflineStore(&store);
        models::ResourceReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(&repository);
        QSignalSpy copyShown(&model, &models::ResourceReviewModel::offlineCopyShown);
        QSignalSpy errors(&model, &models::ResourceReviewModel::errorOccurred);
        model.reload();
        QVERIFY(copyShown.wait(kTimeout));
        QVERIFY(errors.isEmpty());
        QVERIFY(model.isOfflineCopy());
        QSet<qint64> offlineIds;
        for (int row = 0; row < model.rowCount(); ++row) {
            const domain::ReviewedResource r = model.recordAt(row);
            offlineIds.insert(r.resource.id);
            QVERIFY(r.resource.zoomSecrets.zoomAccessToken.isEmpty());
            QCOMPARE(r.hasZoomAccessToken, withZoomToken.contains(r.resource.id)); // "set" survives, not the value
        }
        QCOMPARE(offlineIds, seenIds);
        QVERIFY(!model.canFetchMore());

        // Sorted locally, by the column's raw value.
        QSignalSpy sorted(&model, &models::ResourceReviewModel::offlineCopyShown);
        model.sort(Columns::Capacity, Qt::DescendingOrder);
        QVERIFY(sorted.wait(kTimeout));
        QCOMPARE(model.rowCount(), seenIds.size());
        int previous = std::numeric_limits<int>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariant capacity = model.index(row, Columns::Capacity).data(models::ResourceReviewModel::SortValueRole);
            if (capacity.isNull())
                continue;
            QVERIFY(capacity.toInt() <= previous);
            previous = capacity.toInt();
        }
        // Filtered locally.
        domain::ResourceReviewFilter hidden;
        hidden.state = domain::ResourceReviewFilter::State::Hidden;
        QSignalSpy filtered(&model, &models::ResourceReviewModel::offlineCopyShown);
        model.setFilter(hidden);
        QVERIFY(filtered.wait(kTimeout));
        QVERIFY(model.rowCount() < seenIds.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.recordAt(row).resource.visible);
        QVERIFY(errors.isEmpty());

        // The opened resource comes back in full from the copy.
        QList<domain::ReviewedResource> found;
        bool answered = false;
        repository.loadRecordFromCopy(openedId, &model, [&](const QList<domain::ReviewedResource> &list, const QDateTime &) {
            found = list;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeout);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().hasZoomAccessToken);
        QVERIFY(found.first().resource.zoomSecrets.zoomAccessToken.isEmpty());
    }

    void auditRunsOverTheCopyWhenTheSpaceIsGone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("admin.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        QList<domain::AuditFinding> online;
        int checked = 0;
        {
            cache::AsyncOfflineStore store(path);
            repository::ResourceReviewRepository repository(space.api());
            repository.setOfflineStore(&store);
            repository::ResourceAuditRunner audit;
            audit.setRepository(&repository);
            QSignalSpy finished(&audit, &repository::ResourceAuditRunner::finished);
            audit.start();
            QVERIFY(finished.wait(60000));
            online = audit.findings();
            checked = audit.resourcesChecked();
            QVERIFY(!audit.isFromCopy());
        }
        space.server.reset();
        cache::AsyncOfflineStore store(path);
        repository::ResourceReviewRepository repository(space.api());
        repository.setOfflineStore(&store);
        repository::ResourceAuditRunner audit;
        audit.setRepository(&repository);
        QSignalSpy finished(&audit, &repository::ResourceAuditRunner::finished);
        QSignalSpy failed(&audit, &repository::ResourceAuditRunner::failed);
        audit.start();
        QVERIFY(finished.wait(kTimeout));
        QVERIFY(failed.isEmpty());
        QVERIFY(audit.isFromCopy());
        QCOMPARE(audit.resourcesChecked(), checked); // the audit had read every resource: all kept
        QCOMPARE(audit.findings().size(), online.size());
        for (int i = 0; i < online.size(); ++i) {
            QCOMPARE(audit.findings().at(i).checked, online.at(i).checked); // the booking rates were kept too
            QCOMPARE(audit.findings().at(i).count(), online.at(i).count());
        }
    }
};

QTEST_GUILESS_MAIN(TestStaffOffline)
#include "tst_staffoffline.moc"
