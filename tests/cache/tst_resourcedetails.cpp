// SPDX-License-Identifier: GPL-3.0-or-later
// The rooms list asks only for what it shows (_shape); a room's full record is fetched when it is
// opened, kept in the offline copy, and read from there with the space gone. Against the emulator
// over loopback.
#include "../integration/TestSpace.h"
#include "cache/AsyncOfflineStore.h"
#include "cache/ResourceCodec.h"
#include "repository/ResourceDetailsLoader.h"
#include "repository/ResourceRepository.h"

#include <QTemporaryDir>

using repository::ResourceDetailsLoader;
using repository::ResourceRepository;

namespace {
QString roomPath(qint64 id)
{
    return ResourceDetailsLoader::path(id);
}
} // namespace

class TestResourceDetails : public QObject
{
    Q_OBJECT
private:
    //! Lists the rooms through the repository (and into the store at `path`).
    static QList<domain::Resource> listRooms(TestSpace &space, const QString &path)
    {
        cache::AsyncOfflineStore store(path);
        ResourceRepository repo(space.api(), &store);
        QList<domain::Resource> rooms;
        QObject::connect(&repo, &ResourceRepository::pageReceived, &repo,
                         [&rooms](const QList<domain::Resource> &page) { rooms += page; });
        QSignalSpy committed(&store, &cache::AsyncOfflineStore::committed);
        repo.refresh();
        if (!committed.wait(15000))
            return {};
        return rooms;
    }

private Q_SLOTS:
    void theListReadsOnlyWhatItShows()
    {
        const QStringList paths = ResourceRepository::listShape().paths();
        QVERIFY(paths.contains(QStringLiteral("Records.Name")));
        QVERIFY(paths.contains(QStringLiteral("Records.Allocation")));
        QVERIFY(paths.contains(QStringLiteral("Records.Teams"))); // "who may book" filters on it
        QVERIFY(paths.contains(QStringLiteral("HasNextPage")));   // paging still works
        QVERIFY(!paths.contains(QStringLiteral("Records.ResourceType")));
        QVERIFY(!paths.contains(QStringLiteral("Records.EmailConfirmationContent")));

        QTemporaryDir dir;
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const QList<domain::Resource> rooms = listRooms(space, dir.filePath(QStringLiteral("m.sqlite")));
        QVERIFY(rooms.size() > 20);
        int withPolicy = 0;
        for (const domain::Resource &room : rooms) {
            QVERIFY(!room.name.isEmpty());
            QVERIFY2(room.bookingRates.isEmpty(), qPrintable(room.name)); // left to the details
            QVERIFY(room.emailConfirmationContent.isEmpty());
            withPolicy += room.policy.allocation ? 1 : 0;
        }
        QVERIFY(withPolicy > 10); // what the list and the filters need did come
    }

    void anOpenedRoomIsFetchedInFullOnceAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("member.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const QList<domain::Resource> rooms = listRooms(space, path);
        QVERIFY(rooms.size() > 3);
        const qint64 opened = rooms.at(1).id;

        cache::AsyncOfflineStore store(path);
        ResourceDetailsLoader loader(space.api(), &store);
        loader.setSettleDelay(0);
        QSignalSpy loaded(&loader, &ResourceDetailsLoader::loaded);
        loader.load(opened);
        QVERIFY(loaded.wait(10000));
        const auto room = loaded.first().at(0).value<domain::Resource>();
        QCOMPARE(room.id, opened);
        QVERIFY(!room.bookingRates.isEmpty()); // the full record: what the list left out
        QCOMPARE(loaded.first().at(1).toBool(), false);
        QCOMPARE(space.server->requestCount("GET", roomPath(opened)), 1);

        // Opening it again in this session: no second request.
        loaded.clear();
        loader.load(opened);
        QCOMPARE(loaded.size(), 1); // at once
        QCOMPARE(space.server->requestCount("GET", roomPath(opened)), 1);

        // After a list refresh, details may be stale: fetched again.
        loader.forgetFetched();
        loaded.clear();
        loader.load(opened);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(space.server->requestCount("GET", roomPath(opened)), 2);
    }

    void movingThroughRoomsFetchesOnlyWhereThePersonStops()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        QTemporaryDir dir;
        const QList<domain::Resource> rooms = listRooms(space, dir.filePath(QStringLiteral("m.sqlite")));
        QVERIFY(rooms.size() > 5);
        ResourceDetailsLoader loader(space.api(), nullptr);
        loader.setSettleDelay(100);
        QSignalSpy loaded(&loader, &ResourceDetailsLoader::loaded);
        for (int i = 0; i < 5; ++i)
            loader.load(rooms.at(i).id); // arrow key presses
        QVERIFY(loaded.wait(10000));
        QTest::qWait(300);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).value<domain::Resource>().id, rooms.at(4).id);
        QCOMPARE(space.server->requestCount("GET", QStringLiteral("/api/public/resources/published/")),
                 space.server->requestCount("GET", QStringLiteral("/api/public/resources/published/details"))
                     + 1);
    }

    void withTheSpaceGoneAnOpenedRoomReadsFromTheCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("member.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const QList<domain::Resource> rooms = listRooms(space, path);
        QVERIFY(rooms.size() > 3);
        const qint64 opened = rooms.at(2).id;
        const qint64 neverOpened = rooms.at(3).id;
        domain::Resource online;
        {
            cache::AsyncOfflineStore store(path);
            ResourceDetailsLoader loader(space.api(), &store);
            loader.setSettleDelay(0);
            QSignalSpy loaded(&loader, &ResourceDetailsLoader::loaded);
            loader.load(opened);
            QVERIFY(loaded.wait(10000));
            online = loaded.first().at(0).value<domain::Resource>();
        } // writes finish before the store goes

        space.server.reset(); // connections refused from now on
        cache::AsyncOfflineStore store(path);
        ResourceDetailsLoader loader(space.api(), &store);
        loader.setSettleDelay(0);
        QSignalSpy loaded(&loader, &ResourceDetailsLoader::loaded);
        QSignalSpy failed(&loader, &ResourceDetailsLoader::failed);
        loader.load(opened);
        QVERIFY(loaded.wait(15000));
        const auto offline = loaded.first().at(0).value<domain::Resource>();
        QCOMPARE(loaded.first().at(1).toBool(), true);
        QVERIFY(offline == online);
        QVERIFY(!offline.bookingRates.isEmpty());

        loader.load(neverOpened);
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.first().at(0).toLongLong(), neverOpened);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResourceDetails)
#include "tst_resourcedetails.moc"
