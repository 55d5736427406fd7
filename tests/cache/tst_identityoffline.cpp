// SPDX-License-Identifier: GPL-3.0-or-later
// Who is signed in survives a start with the space out of reach: the identity read online is kept
// in the offline copy and used then (staff status included, so the staff views can show their
// copies). Against the emulator over loopback.
#include "../integration/TestSpace.h"
#include "cache/AsyncOfflineStore.h"
#include "repository/IdentityLoader.h"

#include <QTemporaryDir>

using domain::Identity;
using repository::IdentityLoader;

class TestIdentityOffline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsEveryField()
    {
        domain::Identity identity;
        identity.fullName = QStringLiteral("Ada Admin");
        identity.email = QStringLiteral("admin@demo.test");
        identity.isStaff = true;
        identity.defaultLocationId = 42;
        identity.spaceName = QStringLiteral("Portal Desk Madrid");
        identity.timeZone = QStringLiteral("Europe/Madrid");
        identity.currencyCode = QStringLiteral("EUR");
        identity.profileIds = {7, 9};
        const domain::Identity back = IdentityLoader::fromJson(IdentityLoader::toJson(identity));
        QCOMPARE(back.fullName, identity.fullName);
        QCOMPARE(back.email, identity.email);
        QCOMPARE(back.isStaff, true);
        QCOMPARE(back.defaultLocationId, qint64(42));
        QCOMPARE(back.spaceName, identity.spaceName);
        QCOMPARE(back.timeZone, identity.timeZone);
        QCOMPARE(back.currencyCode, identity.currencyCode);
        QCOMPARE(back.profileIds, identity.profileIds);
    }

    void withTheSpaceGoneTheLastIdentityIsUsed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("admin.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        domain::Identity online;
        {
            cache::AsyncOfflineStore store(path);
            IdentityLoader loader(space.api());
            loader.setOfflineStore(&store);
            QSignalSpy loaded(&loader, &IdentityLoader::loaded);
            loader.load();
            QVERIFY(loaded.wait(10000));
            online = loaded.first().at(0).value<domain::Identity>();
            QVERIFY(online.isStaff);
            QVERIFY(!online.spaceName.isEmpty());
        } // the write finishes before the store goes

        space.server.reset(); // connections refused from now on
        cache::AsyncOfflineStore store(path);
        IdentityLoader loader(space.api());
        loader.setOfflineStore(&store);
        QSignalSpy loaded(&loader, &IdentityLoader::loaded);
        loader.load();
        QVERIFY(loaded.wait(15000));
        const auto offline = loaded.first().at(0).value<domain::Identity>();
        QVERIFY(offline.isStaff);
        QCOMPARE(offline.spaceName, online.spaceName);
        QCOMPARE(offline.fullName, online.fullName);
        QCOMPARE(offline.timeZone, online.timeZone);
    }

    void neverReadOnlineIsStillAFailure()
    {
        QTemporaryDir dir;
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.server.reset();
        cache::AsyncOfflineStore store(dir.filePath(QStringLiteral("m.sqlite")));
        IdentityLoader loader(space.api());
        loader.setOfflineStore(&store);
        QSignalSpy failed(&loader, &IdentityLoader::failed);
        QSignalSpy loaded(&loader, &IdentityLoader::loaded);
        loader.load();
        QVERIFY(failed.wait(15000));
        QVERIFY(loaded.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIdentityOffline)
#include "tst_identityoffline.moc"
