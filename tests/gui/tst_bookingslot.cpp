// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app in-process at an awkward hour: at 22:18 in Madrid (the computer elsewhere), Rooms ›
// Book opens the booking dialog on the slot the filter panel proposes (tomorrow 09:00), never on a
// time already gone; with "free between" switched on it opens on that window, its length included.
#include "AppController.h"
#include "BookingDialog.h"
#include "Emulator.h"
#include "MemberApp.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "clock/Clock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>

namespace {
template<typename T>
T *findTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}
} // namespace

class TestBookingSlot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dialogOpensOnThePanelsSlot_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<QByteArray>("computerZone");
        QTest::addColumn<QDate>("proposedDay");
        QTest::addColumn<QTime>("proposedStart");
        QTest::newRow("22:18-madrid") << QDateTime(QDate(2026, 12, 4), QTime(21, 18), Qt::UTC) << QByteArray("UTC")
                                      << QDate(2026, 12, 5) << QTime(9, 0);
        // The person is in Los Angeles (13:18 there): the space's evening decides, not theirs.
        QTest::newRow("from-los-angeles") << QDateTime(QDate(2026, 12, 4), QTime(21, 18), Qt::UTC)
                                          << QByteArray("America/Los_Angeles") << QDate(2026, 12, 5) << QTime(9, 0);
        // 10:05 in Madrid while it is 23:05 in Auckland: this morning at the space, not Auckland's tomorrow.
        QTest::newRow("from-auckland") << QDateTime(QDate(2026, 12, 4), QTime(9, 5), Qt::UTC)
                                       << QByteArray("Pacific/Auckland") << QDate(2026, 12, 4) << QTime(10, 30);
    }

    void dialogOpensOnThePanelsSlot()
    {
        QFETCH(QDateTime, instant);
        QFETCH(QByteArray, computerZone);
        QFETCH(QDate, proposedDay);
        QFETCH(QTime, proposedStart);
        core::ClockOverride clock(instant, computerZone);
        emulator::EmulatorConfig config;
        config.startAt = instant;
        emulator::Emulator server(config);
        QVERIFY(server.listen());
        const AppOptions options = memberOptions(server);
        AppController controller(options, QStringLiteral("demo"));
        QVERIFY(controller.start());
        MainWindow *window = findTopLevel<MainWindow>();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(QStringLiteral("bookable room")), 15000);
        auto *panel = window->findChild<FilterPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QLabel *>(QStringLiteral("freeInfo"))->text().contains(QStringLiteral("Europe/Madrid")),
                                 10000);
        QCOMPARE(panel->windowDay(), proposedDay);
        QCOMPARE(panel->findChild<QTimeEdit *>(QStringLiteral("freeFrom"))->time(), proposedStart);

        // Pick a room without notice rules of its own, so the proposal is the panel's.
        auto *table = window->findChild<QTreeView *>(QStringLiteral("resourceView"));
        QVERIFY(table && table->model()->rowCount() > 0);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *book = window->findChild<QAction *>(QStringLiteral("bookAction"));
        QVERIFY(book);

        book->trigger();
        BookingDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<BookingDialog>()) != nullptr, 5000);
        auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"));
        auto *start = dialog->findChild<QTimeEdit *>(QStringLiteral("startEdit"));
        auto *length = dialog->findChild<QComboBox *>(QStringLiteral("durationCombo"));
        auto *availability = dialog->findChild<QLabel *>(QStringLiteral("availabilityLabel"));
        QCOMPARE(date->date(), proposedDay);
        QCOMPARE(start->time(), proposedStart);
        QCOMPARE(length->currentData().toInt(), 60);
        QTRY_VERIFY_WITH_TIMEOUT(!availability->text().contains(QStringLiteral("Checking")), 10000);
        QVERIFY2(!availability->text().contains(QStringLiteral("already passed")), qPrintable(availability->text()));
        dialog->reject();
        QTRY_VERIFY(!findTopLevel<BookingDialog>());

        // "Free between" the day after, 14:00–15:30: the dialog books exactly that window.
        panel->findChild<QCheckBox *>(QStringLiteral("freeCheck"))->setChecked(true);
        panel->findChild<QDateEdit *>(QStringLiteral("freeDate"))->setDate(proposedDay.addDays(1));
        panel->findChild<QTimeEdit *>(QStringLiteral("freeFrom"))->setTime(QTime(14, 0));
        panel->findChild<QTimeEdit *>(QStringLiteral("freeTo"))->setTime(QTime(15, 30));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        table->setCurrentIndex(table->model()->index(0, 0));
        book->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<BookingDialog>()) != nullptr, 5000);
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date(), proposedDay.addDays(1));
        QCOMPARE(dialog->findChild<QTimeEdit *>(QStringLiteral("startEdit"))->time(), QTime(14, 0));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("durationCombo"))->currentData().toInt(), 90);
        QCOMPARE(dialog->draft().to, QDateTime(proposedDay.addDays(1), QTime(15, 30), Qt::UTC));
        if (qEnvironmentVariableIsSet("PORTAL_TEST_SHOTS"))
            dialog->grab().save(qEnvironmentVariable("PORTAL_TEST_SHOTS") + QStringLiteral("/booking-slot.png"));
        dialog->reject();
    }
};

QTEST_MAIN(TestBookingSlot)
#include "tst_bookingslot.moc"
