// SPDX-License-Identifier: GPL-3.0-or-later
// The rooms, cache first, against the emulator over loopback: the offline copy answers at once,
// the refresh replaces it, and with the space gone the copy is still there and says when it is from.
#include "../integration/TestSpace.h"
#include "cache/AsyncOfflineStore.h"
#include "clock/Clock.h"
#include "repository/ConnectivityMonitor.h"
#include "repository/ResourceRepository.h"

#include <QTemporaryDir>

using repository::ResourceRepository;

class TestResourceRepository : public QObject
{
    Q_OBJECT
private:
    //! Loads through a fresh store on `path`; returns the rooms the cache answered with.
    static QList<domain::Resource> cachedRooms(QSignalSpy &cached)
    {
        if (cached.isEmpty() && !cached.wait(5000))
            return {};
        return cached.first().at(0).value<QList<domain::Resource>>();
    }

    //! One complete refresh of the rooms into the copy at `path`, as a first start makes.
    static bool fillCopy(const QString &path, TestSpace &space)
    {
        cache::AsyncOfflineStore store(path);
        ResourceRepository repo(space.api(), &store);
        QSignalSpy committed(&store, &cache::AsyncOfflineStore::committed);
        repo.load();
        return committed.wait(10000);
    }

private Q_SLOTS:
    void firstRunHasNoCopyThenRefreshSavesOne()
    {
        // The copy is "as of" the client's clock: here a second before Madrid springs forward.
        const QDateTime asOf(QDate(2027, 3, 28), QTime(0, 59, 59), Qt::UTC);
        core::ClockOverride clock(asOf, "Europe/Madrid");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("member.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        int listed = 0;
        {
            cache::AsyncOfflineStore store(path);
            ResourceRepository repo(space.api(), &store);
            QSignalSpy cached(&repo, &ResourceRepository::cachedLoaded);
            QSignalSpy pages(&repo, &ResourceRepository::pageReceived);
            QSignalSpy refreshed(&repo, &ResourceRepository::refreshed);
            QSignalSpy committed(&store, &cache::AsyncOfflineStore::committed);
            repo.load();
            QVERIFY(refreshed.wait(10000));
            QTRY_COMPARE(cached.size(), 1); // the copy's answer may come after the space's on a busy machine
            QVERIFY(cachedRooms(cached).isEmpty());
            QVERIFY(!cached.first().at(1).toDateTime().isValid());
            QVERIFY(!pages.isEmpty());
            listed = int(refreshed.first().at(0).value<QSet<qint64>>().size());
            QVERIFY(listed > 20);
            QVERIFY(committed.wait(5000) || !committed.isEmpty());
            QCOMPARE(repo.fetchedAt(), asOf);
        }
        clock.advanceSecs(3600); // the next start, an hour later (and an hour further on the wall clock)
        // A second start: the copy answers before any page comes from the space.
        cache::AsyncOfflineStore store(path);
        ResourceRepository repo(space.api(), &store);
        QSignalSpy cached(&repo, &ResourceRepository::cachedLoaded);
        QSignalSpy pages(&repo, &ResourceRepository::pageReceived);
        repo.load();
        const QList<domain::Resource> rooms = cachedRooms(cached);
        QCOMPARE(rooms.size(), listed);
        QCOMPARE(cached.first().at(1).toDateTime(), asOf);
        for (const domain::Resource &room : rooms) {
            QVERIFY(room.isBookableListing());
            QVERIFY(!room.name.isEmpty());
        }
    }

    void everyPlausibleListFormGivesEveryRoom_data()
    {
        QTest::addColumn<int>("form");
        QTest::addColumn<int>("maxRequests");
        // These spaces shape the records away (the shape names Records.*): asked again without _shape.
        QTest::newRow("bare-array") << int(emulator::ListForm::BareArray) << 2;
        QTest::newRow("named-array") << int(emulator::ListForm::NamedArray) << 2;
        // Page 1 again for page 2: the walk ends there instead of looping.
        QTest::newRow("ignores-paging") << int(emulator::ListForm::IgnoresPaging) << 2;
    }

    void everyPlausibleListFormGivesEveryRoom()
    {
        QFETCH(int, form);
        QFETCH(int, maxRequests);
        // The rooms as the emulator's own reading (ApiListResult, paged) gives them.
        QTemporaryDir dir;
        int stores = 0;
        auto roomIds = [&](TestSpace &space) {
            cache::AsyncOfflineStore store(dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++stores)));
            ResourceRepository repo(space.api(), &store);
            QSignalSpy refreshed(&repo, &ResourceRepository::refreshed);
            repo.load();
            if (!refreshed.wait(15000))
                return QSet<qint64>();
            return refreshed.first().at(0).value<QSet<qint64>>();
        };
        emulator::EmulatorConfig standard;
        standard.throttleEnabled = false;
        TestSpace reference(standard);
        QVERIFY(reference.signIn(QStringLiteral("member@demo.test")));
        const QSet<qint64> expected = roomIds(reference);
        QVERIFY(expected.size() > 20);

        emulator::EmulatorConfig config = standard;
        config.roomsListForm = emulator::ListForm(form);
        TestSpace space(config);
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.server->resetCounters();
        QCOMPARE(roomIds(space), expected);
        const int asked = space.server->requestCount("GET", QStringLiteral("/api/public/resources/published"));
        QCOMPARE(asked, maxRequests);
        // The next refresh remembers what this space does: one request for the arrays, no loop for paging.
        space.server->resetCounters();
        QCOMPARE(roomIds(space), expected);
        QCOMPARE(space.server->requestCount("GET", QStringLiteral("/api/public/resources/published")),
                 form == int(emulator::ListForm::IgnoresPaging) ? 2 : 1);
    }

    // Rooms change rarely: a copy younger than the preference is the list, and the space is not
    // asked; from the preference's age on (and for a copy from "the future", a clock put back) it is.
    void aRecentCopyIsNotAskedForAgain_data()
    {
        QTest::addColumn<qint64>("ageSecs");
        QTest::addColumn<bool>("asksTheSpace");
        QTest::newRow("just-synced") << qint64(0) << false;
        QTest::newRow("a-second-short") << qint64(15 * 60 - 1) << false;
        QTest::newRow("as-old-as-the-setting") << qint64(15 * 60) << true;
        QTest::newRow("yesterday") << qint64(24 * 3600) << true;
        QTest::newRow("clock-put-back-two-hours") << qint64(-2 * 3600) << true;
    }

    void aRecentCopyIsNotAskedForAgain()
    {
        QFETCH(qint64, ageSecs);
        QFETCH(bool, asksTheSpace);
        // Synced at 23:55 in Madrid on New Year's Eve: the ages cross midnight and the year.
        const QDateTime syncedAt(QDate(2026, 12, 31), QTime(22, 55), Qt::UTC);
        core::ClockOverride clock(syncedAt, "Europe/Madrid");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("member.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        QVERIFY(fillCopy(path, space));
        const QString route = QStringLiteral("/api/public/resources/published");
        const int askedBefore = space.server->requestCount("GET", route);
        QVERIFY(askedBefore > 0);
        clock.advanceSecs(ageSecs);

        cache::AsyncOfflineStore store(path);
        ResourceRepository repo(space.api(), &store);
        QSignalSpy cached(&repo, &ResourceRepository::cachedLoaded);
        QSignalSpy current(&repo, &ResourceRepository::copyCurrent);
        QSignalSpy refreshed(&repo, &ResourceRepository::refreshed);
        repo.load(std::chrono::minutes(15));
        QVERIFY(!cachedRooms(cached).isEmpty());
        if (asksTheSpace) {
            QVERIFY(refreshed.wait(10000));
            QVERIFY(current.isEmpty());
            QVERIFY(space.server->requestCount("GET", route) > askedBefore);
        } else {
            QTRY_COMPARE(current.size(), 1);
            QCOMPARE(current.first().at(0).toDateTime(), syncedAt);
            QTest::qWait(300); // nothing is on its way
            QCOMPARE(space.server->requestCount("GET", route), askedBefore);
            QVERIFY(refreshed.isEmpty());
            QVERIFY(!repo.isRefreshing());
            repo.refresh(); // F5: always
            QVERIFY(refreshed.wait(10000));
            QVERIFY(space.server->requestCount("GET", route) > askedBefore);
        }
    }

    void withTheSpaceGoneTheCopyStaysAndTheFailureSaysOffline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("member.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        QVERIFY(fillCopy(path, space));
        space.server.reset(); // the space stops answering: connections are refused
        cache::AsyncOfflineStore store(path);
        ResourceRepository repo(space.api(), &store);
        QSignalSpy cached(&repo, &ResourceRepository::cachedLoaded);
        QSignalSpy failed(&repo, &ResourceRepository::refreshFailed);
        repo.load();
        QVERIFY(!cachedRooms(cached).isEmpty());
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.first().at(1).toBool(), true); // offline, not a space error
        // The failed refresh did not touch the copy.
        ResourceRepository again(nullptr, &store);
        QSignalSpy cachedAgain(&again, &ResourceRepository::cachedLoaded);
        again.load();
        QCOMPARE(cachedRooms(cachedAgain).size(), cachedRooms(cached).size());
    }

    void offlineThenBackOnlineRefreshesByItself()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        // Every attempt dropped (Qt re-sends once per attempt, the client retries twice).
        space.server->dropNext(6, QStringLiteral("/api/public/resources"));
        ResourceRepository repo(space.api(), nullptr);
        repository::ConnectivityMonitor monitor;
        monitor.setRetryDelaysMs({100});
        connect(&repo, &ResourceRepository::refreshFailed, &monitor, [&](const api::ApiError &, bool offline) {
            if (offline)
                monitor.reportUnreachable({});
        });
        connect(&repo, &ResourceRepository::refreshed, &monitor, [&](const QSet<qint64> &, const QDateTime &at) {
            monitor.reportReachable(at);
        });
        connect(&monitor, &repository::ConnectivityMonitor::retryWanted, &repo, &ResourceRepository::refresh);
        QSignalSpy offlineChanged(&monitor, &repository::ConnectivityMonitor::offlineChanged);
        QSignalSpy refreshed(&repo, &ResourceRepository::refreshed);
        repo.load();
        QVERIFY(offlineChanged.wait(15000));
        QCOMPARE(offlineChanged.first().at(0).toBool(), true);
        QVERIFY(monitor.isOffline());
        // The space answers again: the monitor's retry brings the rooms and ends the offline state.
        QVERIFY(refreshed.wait(15000));
        QTRY_VERIFY(!monitor.isOffline());
        QCOMPARE(offlineChanged.last().at(0).toBool(), false);
        QVERIFY(refreshed.first().at(0).value<QSet<qint64>>().size() > 20);
        QVERIFY(monitor.dataFetchedAt().isValid());
    }

    void aSpaceErrorIsNotCalledOffline()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.server->failNext(1, 404, QStringLiteral("/api/public/resources"));
        ResourceRepository repo(space.api(), nullptr);
        QSignalSpy failed(&repo, &ResourceRepository::refreshFailed);
        repo.load();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestResourceRepository)
#include "tst_resourcerepository.moc"
