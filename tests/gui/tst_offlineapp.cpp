// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app in-process against the emulator: File > Sync for offline use shows its progress in
// the status bar; when the space stops answering the window says it is offline, keeps the rooms and
// disables booking with the reason; when the space answers again it comes back by itself. When the
// space refuses the connection outright, the copy and the banner show at once, retries behind them.
#include "AppController.h"
#include "Emulator.h"
#include "MemberApp.h"
#include "MainWindow.h"
#include "RoomDetails.h"
#include "SyncProgress.h"
#include "Preferences.h"
#include "clock/Clock.h"
#include "models/ResourceListModel.h"
#include "repository/ResourceDetailsLoader.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QTest>
#include <QTimer>

namespace {
MainWindow *findMainWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget))
            return window;
    }
    return nullptr;
}

//! Starts the app; its window once the rooms are listed, else null.
MainWindow *startAndWaitForRooms(AppController &controller)
{
    if (!controller.start())
        return nullptr;
    MainWindow *window = findMainWindow();
    if (!window || !QTest::qWaitFor([window] { return window->statusBar()->currentMessage().contains(QStringLiteral("bookable room")); },
                                    15000))
        return nullptr;
    return window;
}

//! Waits until the space's answer replaced the copy in the window (and so went to the copy): the
//! status line then counts the rooms without "from the offline copy". The first start of a test
//! may list an older test's copy first; leaving before the refresh lands would leave that copy.
bool waitForRefreshedRooms(MainWindow *window)
{
    return QTest::qWaitFor(
        [window] {
            const QString status = window->statusBar()->currentMessage();
            return status.contains(QStringLiteral("bookable room")) && !status.contains(QStringLiteral("offline copy"));
        },
        15000);
}
} // namespace

class TestOfflineApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void syncThenOfflineThenBackOnline()
    {
        emulator::Emulator server;
        QVERIFY(server.listen());
        AppController controller(memberOptions(server), QStringLiteral("demo"));
        MainWindow *window = startAndWaitForRooms(controller);
        QVERIFY(window);

        // A sync the person starts: progress in the status bar, then a summary.
        auto *sync = window->findChild<QAction *>(QStringLiteral("syncAction"));
        QVERIFY(sync);
        int progressSeen = 0;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (window->syncProgress()->isVisible() && window->syncProgress()->maximum() > 0) {
                // PORTAL_TEST_SHOTS=DIR keeps a picture of the progress for review.
                if (progressSeen++ == 0 && qEnvironmentVariableIsSet("PORTAL_TEST_SHOTS"))
                    window->grab().save(qEnvironmentVariable("PORTAL_TEST_SHOTS") + QStringLiteral("/sync-progress.png"));
            }
        });
        poll.start(1);
        sync->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(QStringLiteral("offline copy is up to date")),
                                 30000);
        poll.stop();
        QVERIFY(progressSeen > 0);
        QVERIFY(!window->syncProgress()->isVisible());
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("rooms:")));

        // The space stops answering (every attempt dropped): offline, rooms kept, booking disabled.
        auto *table = window->findChild<QTreeView *>(QStringLiteral("resourceView"));
        QVERIFY(table);
        const int rows = table->model()->rowCount();
        QVERIFY(rows > 20);
        server.dropNext(6, QStringLiteral("/api/public/resources"));
        window->findChild<QAction *>(QStringLiteral("reloadAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->isOfflineBannerShown(), 15000);
        auto *banner = window->findChild<QLabel *>(QStringLiteral("offlineBanner"));
        QVERIFY(banner->text().contains(QStringLiteral("Offline — showing data from")));
        QCOMPARE(table->model()->rowCount(), rows);
        auto *details = window->findChild<RoomDetails *>();
        QVERIFY(details);
        QVERIFY(!details->isBookButtonEnabled());

        // A room never opened before, offline: its full record (booking rates, which the list
        // leaves out) comes from what the sync kept.
        const QModelIndex other = table->model()->index(5, 0);
        const qint64 otherId = table->model()->data(other, models::ResourceListModel::IdRole).toLongLong();
        server.dropNext(6, repository::ResourceDetailsLoader::path(otherId));
        table->setCurrentIndex(other);
        QTRY_COMPARE(details->resourceId(), otherId);
        QVERIFY(!details->shownText().contains(QStringLiteral("Booking rates")));
        QTRY_VERIFY_WITH_TIMEOUT(details->shownText().contains(QStringLiteral("Booking rates")), 15000);
        QVERIFY(server.requestCount("GET", repository::ResourceDetailsLoader::path(otherId)) > 0); // asked, not answered

        // The space answers again: the app retries by itself and the banner goes.
        QTRY_VERIFY_WITH_TIMEOUT(!window->isOfflineBannerShown(), 20000);
        QVERIFY(details->isBookButtonEnabled());
        QCOMPARE(table->model()->rowCount(), rows);
    }

    void refusedConnectionShowsTheCopyAtOnce()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the last test's window
        auto server = std::make_unique<emulator::Emulator>();
        QVERIFY(server->listen());
        const quint16 port = server->port();
        AppController controller(memberOptions(*server), QStringLiteral("demo"));
        MainWindow *window = startAndWaitForRooms(controller);
        QVERIFY(window);
        auto *table = window->findChild<QTreeView *>(QStringLiteral("resourceView"));
        QVERIFY(table);
        const int rows = table->model()->rowCount();
        QVERIFY(rows > 20);

        // The space goes away: every connection to it is refused. Retrying in a second changes
        // nothing, so the window says "offline" now, not after the retries (1 s, then 4 s) ran out.
        server.reset();
        QElapsedTimer sinceReload;
        sinceReload.start();
        window->findChild<QAction *>(QStringLiteral("reloadAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->isOfflineBannerShown(), 10000);
        QVERIFY2(sinceReload.elapsed() < 1000, qPrintable(QString::number(sinceReload.elapsed())));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("offlineBanner"))->text().contains(QStringLiteral("Offline — showing data from")));
        QCOMPARE(table->model()->rowCount(), rows);

        // The retries go on behind the banner: the next one knocks on the same address.
        QTcpServer knock;
        QVERIFY(knock.listen(QHostAddress::LocalHost, port));
        QSignalSpy knocked(&knock, &QTcpServer::newConnection);
        QVERIFY(knocked.wait(10000));
    }

    // Rooms change rarely: a start within Preferences' time of the last refresh lists the copy and
    // does not ask the space for rooms (busy times and words are still asked for); "every start" does.
    void aRecentCopyIsNotAskedForAtStart()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        core::ClockOverride clock(QDateTime(QDate(2027, 3, 27), QTime(23, 30), Qt::UTC), "Europe/Madrid");
        emulator::Emulator server;
        QVERIFY(server.listen());
        const QString rooms = QStringLiteral("/api/public/resources/published");
        {
            AppController first(memberOptions(server), QStringLiteral("demo"));
            MainWindow *window = startAndWaitForRooms(first);
            QVERIFY(window);
            QVERIFY(waitForRefreshedRooms(window)); // the copy is older than ten minutes here
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const int asked = server.requestCount("GET", rooms);
        clock.advanceSecs(10 * 60); // ten minutes later, past Madrid's midnight into the spring-forward night
        {
            AppController again(memberOptions(server), QStringLiteral("demo"));
            MainWindow *window = startAndWaitForRooms(again);
            QVERIFY(window);
            QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("from the offline copy")));
            QTest::qWait(500);
            QCOMPARE(server.requestCount("GET", rooms), asked);
            window->findChild<QAction *>(QStringLiteral("reloadAction"))->trigger(); // F5 always asks
            QTRY_VERIFY(server.requestCount("GET", rooms) > asked);
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const int askedByReload = server.requestCount("GET", rooms);
        preferences::setRoomsRefreshMinutes(0); // every start
        {
            AppController third(memberOptions(server), QStringLiteral("demo"));
            QVERIFY(startAndWaitForRooms(third));
            QTRY_VERIFY(server.requestCount("GET", rooms) > askedByReload);
        }
        preferences::setRoomsRefreshMinutes(preferences::defaultRoomsRefreshMinutes);
    }

    // With a recent copy the rooms are not asked for, so another call has to be the one to learn
    // the space is gone: here the details of the next room. It says "offline" within a second.
    void aStoppedSpaceWithARecentCopyIsOfflineAtOnce()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        core::ClockOverride clock(QDateTime(QDate(2027, 10, 30), QTime(22, 50), Qt::UTC), "Europe/Madrid");
        auto server = std::make_unique<emulator::Emulator>();
        QVERIFY(server->listen());
        AppController first(memberOptions(*server), QStringLiteral("demo"));
        MainWindow *window = startAndWaitForRooms(first);
        QVERIFY(window);
        QVERIFY(waitForRefreshedRooms(window)); // the last test's copy is months old at this instant
        auto *table = window->findChild<QTreeView *>(QStringLiteral("resourceView"));
        const int rows = table->model()->rowCount();
        QVERIFY(rows > 20);
        clock.advanceSecs(60);
        server.reset(); // refused from now on
        QElapsedTimer sinceSelection; // the rooms are not refreshed: only the details are asked for
        sinceSelection.start();
        table->setCurrentIndex(table->model()->index(1, 0));
        QTRY_VERIFY_WITH_TIMEOUT(window->isOfflineBannerShown(), 10000);
        QVERIFY2(sinceSelection.elapsed() < 1000, qPrintable(QString::number(sinceSelection.elapsed())));
        QCOMPARE(table->model()->rowCount(), rows);
    }
};

QTEST_MAIN(TestOfflineApp)
#include "tst_offlineapp.moc"
