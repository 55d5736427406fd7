// SPDX-License-Identifier: GPL-3.0-or-later
// The headless runs in-process against the emulator: --sync fills the offline copy without building
// a single widget (it runs on the account context alone); --screenshot builds the window it shoots,
// which shows the probe sees widgets when there are some.
#include "AppController.h"
#include "Emulator.h"
#include "MemberApp.h"
#include "auth/AccountRegistry.h"
#include "cache/OfflineStore.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace {
//! Runs the controller until it asks to exit; `widgetsSeen` is the most widgets alive at any moment.
int runUntilExit(AppController &controller, int *widgetsSeen)
{
    *widgetsSeen = 0;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [widgetsSeen] {
        *widgetsSeen = std::max(*widgetsSeen, int(QApplication::allWidgets().size()));
    });
    probe.start(0);
    QSignalSpy exit(&controller, &AppController::exitRequested);
    if (!controller.start())
        return -1;
    *widgetsSeen = std::max(*widgetsSeen, int(QApplication::allWidgets().size()));
    if (exit.isEmpty() && !exit.wait(60000)) // it may end within start()
        return -2;
    *widgetsSeen = std::max(*widgetsSeen, int(QApplication::allWidgets().size()));
    return exit.constFirst().constFirst().toInt();
}

} // namespace

class TestHeadlessRuns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void syncBuildsNoWidget()
    {
        emulator::Emulator server;
        QVERIFY(server.listen());
        AppOptions options = memberOptions(server);
        options.sync = true;
        int widgetsSeen = -1;
        {
            AppController controller(options, QStringLiteral("demo"));
            QCOMPARE(runUntilExit(controller, &widgetsSeen), 0);
        }
        QCOMPARE(widgetsSeen, 0);
        // And the sync did its work: the rooms and the bookings are in the offline copy.
        cache::OfflineStore store(cache::OfflineStore::defaultPath(
            auth::AccountInfo::makeId(server.baseUrl(), options.user)));
        QVERIFY(store.open());
        QVERIFY(store.readStored(QStringLiteral("resources")).isValid());
        QVERIFY(store.readStored(QStringLiteral("resources")).records.size() > 20);
        QVERIFY(store.read(QStringLiteral("bookings")).isValid());
    }

    void syncOfUnknownAccountFailsWithoutWidget()
    {
        // An account never signed in to, named without a password: the run ends with 1, builds nothing.
        emulator::Emulator server;
        QVERIFY(server.listen());
        AppOptions options = memberOptions(server);
        options.user = QStringLiteral("nobody@demo.test");
        options.sync = true;
        AppController controller(options, {});
        int widgetsSeen = -1;
        QCOMPARE(runUntilExit(controller, &widgetsSeen), 1);
        QCOMPARE(widgetsSeen, 0);
    }

    void screenshotBuildsTheWindow()
    {
        emulator::Emulator server;
        QVERIFY(server.listen());
        QTemporaryDir out;
        AppOptions options = memberOptions(server);
        options.screenshotPath = out.filePath(QStringLiteral("rooms.png"));
        AppController controller(options, QStringLiteral("demo"));
        int widgetsSeen = -1;
        QCOMPARE(runUntilExit(controller, &widgetsSeen), 0);
        QVERIFY(widgetsSeen > 10); // the window, its tabs, the filter panel, the details pane…
        QVERIFY(QFileInfo(options.screenshotPath).size() > 1000);
    }
};

QTEST_MAIN(TestHeadlessRuns)
#include "tst_headlessruns.moc"
