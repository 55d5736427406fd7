// SPDX-License-Identifier: GPL-3.0-or-later
// "My bookings" read online stay readable offline, and say they are the offline copy.
#include "../integration/TestSpace.h"
#include "cache/AsyncOfflineStore.h"
#include "repository/MyBookingsRepository.h"

#include <QTemporaryDir>

class TestBookingsOffline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void myBookingsFromTheCopyWhenTheSpaceIsGone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("member.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        QList<qint64> onlineIds;
        {
            cache::AsyncOfflineStore store(path);
            repository::MyBookingsRepository service(space.api());
            service.setOfflineStore(&store);
            QSignalSpy loaded(&service, &repository::MyBookingsRepository::myBookingsLoaded);
            service.loadMyBookings();
            QVERIFY(loaded.wait(10000));
            for (const domain::Booking &booking : loaded.first().at(0).value<QList<domain::Booking>>())
                onlineIds.append(booking.id);
            QVERIFY(!onlineIds.isEmpty()); // the demo member has bookings
        }
        space.server.reset();
        cache::AsyncOfflineStore store(path);
        repository::MyBookingsRepository service(space.api());
        service.setOfflineStore(&store);
        QSignalSpy loaded(&service, &repository::MyBookingsRepository::myBookingsLoaded);
        QSignalSpy copy(&service, &repository::MyBookingsRepository::offlineCopyShown);
        QSignalSpy failed(&service, &repository::MyBookingsRepository::failed);
        service.loadMyBookings();
        QVERIFY(loaded.wait(20000));
        QList<qint64> offlineIds;
        for (const domain::Booking &booking : loaded.first().at(0).value<QList<domain::Booking>>())
            offlineIds.append(booking.id);
        QCOMPARE(offlineIds, onlineIds);
        QCOMPARE(copy.size(), 1);
        QVERIFY(copy.first().at(0).toDateTime().isValid());
        QVERIFY(failed.isEmpty());

        // Never read online: the failure is said, nothing is made up.
        QSignalSpy cancelledFailed(&service, &repository::MyBookingsRepository::failed);
        service.loadCancelledBookings();
        QVERIFY(cancelledFailed.wait(20000));
    }
};

QTEST_GUILESS_MAIN(TestBookingsOffline)
#include "tst_bookingsoffline.moc"
