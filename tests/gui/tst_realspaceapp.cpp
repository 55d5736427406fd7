// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app in-process against a space that reads the documentation differently from the
// emulator's defaults: a route refused even with a fresh token, a list not offered. The view of that
// data says so in words; the rest of the window keeps working and the session goes on.
#include "AppController.h"
#include "BookingsView.h"
#include "Emulator.h"
#include "MemberApp.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "models/BookingListModel.h"

#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

namespace {
MainWindow *visibleMainWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
            return window;
    }
    return nullptr;
}

bool aSignInDialogIsOpen()
{
    const auto widgets = QApplication::topLevelWidgets();
    return std::any_of(widgets.cbegin(), widgets.cend(),
                       [](QWidget *w) { return qobject_cast<SignInDialog *>(w) && w->isVisible(); });
}

QString bookingsStatus(MainWindow *window)
{
    return window->findChild<BookingsView *>()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
}

int bookingRows(MainWindow *window)
{
    return window->findChild<BookingsView *>()->model()->rowCount(); // the bookings, not the series' items
}

QString notice(MainWindow *window)
{
    return window->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
}
} // namespace

class TestRealSpaceApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aRouteRefusedWithAFreshTokenIsNotAllowedThere()
    {
        emulator::Emulator server;
        server.answerAlways(QStringLiteral("/api/public/bookings/my"), 401);
        QVERIFY(server.listen());
        AppController controller(memberOptions(server), QStringLiteral("demo"));
        QVERIFY(controller.start());
        MainWindow *window = visibleMainWindow();
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(bookingsStatus(window), QStringLiteral("This account may not see its bookings here."), 15000);
        // The rooms came, the session goes on: nobody is asked to sign in again.
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(QStringLiteral("bookable room")), 15000);
        QVERIFY(!aSignInDialogIsOpen());
        QVERIFY(!notice(window).contains(QStringLiteral("session")));
        QCOMPARE(server.requestCount("POST", QStringLiteral("/api/token")), 2); // the sign-in and one refresh
    }

    void cancelledBookingsNotOfferedKeepTheOthers()
    {
        emulator::Emulator server;
        server.answerAlways(QStringLiteral("/api/public/bookings/cancelled"), 404);
        QVERIFY(server.listen());
        AppController controller(memberOptions(server), QStringLiteral("demo"));
        QVERIFY(controller.start());
        MainWindow *window = visibleMainWindow();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(bookingsStatus(window).endsWith(QStringLiteral("This space does not list cancelled bookings.")),
                                 15000);
        const int shown = bookingRows(window);
        QVERIFY(shown > 0); // member@demo.test's own bookings
        QCOMPARE(bookingsStatus(window), QCoreApplication::translate("BookingsView", "%n booking(s). %1", nullptr, shown)
                                             .arg(QStringLiteral("This space does not list cancelled bookings.")));
        QCOMPARE(server.requestCount({}, QStringLiteral("/api/public/bookings/cancelled")), 1); // not retried
    }

    void roomsNotOfferedSaySoAndTheBookingsStillLoad()
    {
        emulator::Emulator server;
        server.answerAlways(QStringLiteral("/api/public/resources"), 404);
        QVERIFY(server.listen());
        AppController controller(memberOptions(server), QStringLiteral("demo"));
        QVERIFY(controller.start());
        MainWindow *window = visibleMainWindow();
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(notice(window),
                                  QStringLiteral("This space does not list its rooms to Portal Desk. Your bookings and "
                                                 "the news are still here."),
                                  15000);
        QTRY_VERIFY_WITH_TIMEOUT(bookingRows(window) > 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(bookingsStatus(window),
                                  QCoreApplication::translate("BookingsView", "%n booking(s)", nullptr, bookingRows(window)),
                                  15000);
        QVERIFY(!aSignInDialogIsOpen());
    }
};

QTEST_MAIN(TestRealSpaceApp)
#include "tst_realspaceapp.moc"
