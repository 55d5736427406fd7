// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule in the whole app, in-process against the emulator, at 23:40 in Madrid on the night
// the clocks go forward (the computer in Auckland, already Sunday noon): the grid's day is the
// space's; arrows, Shift+arrows, Page Down and T drive it; a drag across free cells picks a slot and
// stops at a busy one; Enter and a double-click open the booking dialog on the slot, and booking it
// puts it in My bookings with its room, start and length, and on the grid as mine.
#include "AppController.h"
#include "BookingDialog.h"
#include "BookingsView.h"
#include "Emulator.h"
#include "MemberApp.h"
#include "MainWindow.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "clock/Clock.h"
#include "models/BookingListModel.h"
#include "models/ScheduleModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>

namespace {
// 23:40 on Saturday 27 March 2027 in Madrid; 02:00 on Sunday never happens there.
const QDateTime lateEvening(QDate(2027, 3, 27), QTime(22, 40), Qt::UTC);
const QDate saturday(2027, 3, 27);
const QDate sunday(2027, 3, 28);
using State = models::ScheduleModel::State;

template<typename T>
T *findTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

int columnOf(const models::ScheduleModel *model, QTime time)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->slotStart(column).time() == time)
            return column;
    }
    return -1;
}

//! Rooms whose cells [first, first + count) are all free, from `fromRow` on.
QList<int> rowsFreeAt(const models::ScheduleModel *model, int first, int count, int fromRow = 0)
{
    QList<int> rows;
    for (int row = fromRow; row < model->rowCount(); ++row) {
        bool free = true;
        for (int column = first; column < first + count; ++column)
            free = free && model->stateAt(row, column) == State::Free;
        if (free)
            rows.append(row);
    }
    return rows;
}

QPoint centreOf(ScheduleView *view, int row, int column)
{
    return view->cellRect(row, column).center();
}

QPushButton *bookButton(BookingDialog *dialog)
{
    for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->buttons()) {
        if (button->text().contains(QStringLiteral("Book")))
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}
} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keyboardAndMouseBookOnTheGrid()
    {
        core::ClockOverride clock(lateEvening, "Pacific/Auckland");
        emulator::EmulatorConfig config;
        config.startAt = lateEvening;
        emulator::Emulator server(config);
        QVERIFY(server.listen());
        const AppOptions options = memberOptions(server, QStringLiteral("schedule"));
        AppController controller(options, QStringLiteral("demo"));
        QVERIFY(controller.start());
        MainWindow *window = findTopLevel<MainWindow>();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(QStringLiteral("bookable room")), 15000);
        auto *page = window->findChild<SchedulePage *>();
        QVERIFY(page);
        QVERIFY(page->isVisible()); // --view schedule
        ScheduleView *view = page->view();
        const models::ScheduleModel *model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->day(), saturday, 10000); // the space's today, not Auckland's Sunday
        QVERIFY(model->rowCount() > 5);
        QCOMPARE(model->nowMinute(), 23 * 60 + 40);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("dayLabel"))->text().contains(QStringLiteral("Europe/Madrid")));

        // Page Down: Sunday; T: back to today; Page Down again. Each day's busy times are asked for.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(page->day(), sunday);
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled(), 10000);
        QTest::keyClick(view, Qt::Key_T);
        QCOMPARE(page->day(), saturday);
        QTest::keyClick(view, Qt::Key_PageUp);
        QCOMPARE(page->day(), saturday.addDays(-1));
        for (int column = 0; column < model->columnCount(); ++column)
            QVERIFY(model->stateAt(0, column) != State::Free); // the day before is over
        QTest::keyClick(view, Qt::Key_PageDown);
        QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(page->day(), sunday);
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled(), 10000);
        QCOMPARE(model->day(), sunday);

        // Arrows to 10:00 on a room free 10:00–11:30; Shift+Right twice: a 90-minute slot.
        const int ten = columnOf(model, QTime(10, 0));
        QVERIFY(ten >= 0);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(view->cursorColumn(), 0);
        for (int i = 0; i < ten; ++i)
            QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->cursorColumn(), ten);
        while (view->cursorRow() > 0)
            QTest::keyClick(view, Qt::Key_Up);
        const QList<int> candidates = rowsFreeAt(model, ten, 4);
        QVERIFY(!candidates.isEmpty());

        BookingDialog *dialog = nullptr;
        qint64 bookedRoom = 0;
        QStringList refusals; // why the rooms tried could not be booked, for the failure message
        for (const int row : candidates) {
            while (view->cursorRow() < row)
                QTest::keyClick(view, Qt::Key_Down);
            QCOMPARE(view->cursorRow(), row);
            QCOMPARE(view->cursorColumn(), ten);
            QCOMPARE(view->slotMinutes(), 30); // a move starts a new slot
            QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
            QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
            QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
            QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
            QCOMPARE(view->slotStart(), QDateTime(sunday, QTime(10, 0), Qt::UTC));
            QCOMPARE(view->slotMinutes(), 90);
            QTest::keyClick(view, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<BookingDialog>()) != nullptr, 5000);
            QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date(), sunday);
            QCOMPARE(dialog->findChild<QTimeEdit *>(QStringLiteral("startEdit"))->time(), QTime(10, 0));
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("durationCombo"))->currentData().toInt(), 90);
            auto *availability = dialog->findChild<QLabel *>(QStringLiteral("availabilityLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(availability->text().startsWith(u'✓') || availability->text().startsWith(u'✗'), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!availability->text().contains(QStringLiteral("Checking")), 10000);
            if (availability->text().startsWith(u'✓')) {
                bookedRoom = model->resourceIdAt(row);
                break;
            }
            refusals.append(model->roomNameAt(row) + u' ' + availability->text());
            dialog->reject(); // this room's rules say no (shown in words): the next one
            QTRY_VERIFY(!findTopLevel<BookingDialog>());
            dialog = nullptr;
            QTest::keyClick(view, Qt::Key_Left); // back to a one-slot cursor at 10:00
            QTest::keyClick(view, Qt::Key_Left);
        }
        QVERIFY2(dialog, qPrintable(refusals.join(u'\n')));
        const int before = server.bookingCount();
        QPushButton *book = bookButton(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(book && book->isEnabled(), 10000);
        book->click();
        QTRY_VERIFY_WITH_TIMEOUT(!findTopLevel<BookingDialog>(), 15000);
        QCOMPARE(server.bookingCount(), before + 1);

        // In My bookings with its room, start and length; on the grid as mine.
        auto *bookings = window->findChild<BookingsView *>();
        QVERIFY(bookings);
        auto hasBooking = [bookings](qint64 room, const QDateTime &from, int minutes) {
            const models::BookingListModel *list = bookings->model();
            for (int row = 0; row < list->rowCount(); ++row) {
                const domain::Booking booking = list->bookingAt(row);
                if (booking.resourceId == room && booking.from == from && booking.from.secsTo(booking.to) == minutes * 60
                    && !booking.cancelled)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasBooking(bookedRoom, QDateTime(sunday, QTime(10, 0), Qt::UTC), 90), 10000);
        const int bookedRow = model->rowForResource(bookedRoom);
        QTRY_COMPARE_WITH_TIMEOUT(model->stateAt(bookedRow, columnOf(model, QTime(10, 0))), State::Mine, 10000);
        QCOMPARE(model->stateAt(bookedRow, columnOf(model, QTime(11, 0))), State::Mine);
        QCOMPARE(model->stateAt(bookedRow, columnOf(model, QTime(11, 30))), State::Free);
        QCOMPARE(model->labelAt(bookedRow, columnOf(model, QTime(10, 0))).left(12), QStringLiteral("Your booking"));

        // The mouse: a drag from 09:00 grows over free cells and stops at my booking at 10:00.
        const int nine = columnOf(model, QTime(9, 0));
        QVERIFY(nine >= 0);
        QCOMPARE(model->stateAt(bookedRow, nine), State::Free);
        QCOMPARE(model->stateAt(bookedRow, nine + 1), State::Free);
        view->scrollTo(bookedRow, nine);
        QWidget *viewport = view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, centreOf(view, bookedRow, nine));
        QTest::mouseMove(viewport, centreOf(view, bookedRow, nine + 1));
        QTest::mouseMove(viewport, centreOf(view, bookedRow, nine + 3)); // over my booking
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, centreOf(view, bookedRow, nine + 3));
        QCOMPARE(view->cursorRow(), bookedRow);
        QCOMPARE(view->slotStart(), QDateTime(sunday, QTime(9, 0), Qt::UTC));
        QCOMPARE(view->slotMinutes(), 60);

        // A drag on another free room at 14:00–15:00, then a double-click inside it books it.
        const int two = columnOf(model, QTime(14, 0));
        const QList<int> afternoon = rowsFreeAt(model, two, 2);
        QVERIFY(!afternoon.isEmpty());
        dialog = nullptr;
        qint64 secondRoom = 0;
        for (const int row : afternoon) {
            view->scrollTo(row, two);
            QTest::mousePress(viewport, Qt::LeftButton, {}, centreOf(view, row, two));
            QTest::mouseMove(viewport, centreOf(view, row, two + 1));
            QTest::mouseRelease(viewport, Qt::LeftButton, {}, centreOf(view, row, two + 1));
            QCOMPARE(view->slotMinutes(), 60);
            QTest::mouseDClick(viewport, Qt::LeftButton, {}, centreOf(view, row, two + 1));
            QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<BookingDialog>()) != nullptr, 5000);
            QCOMPARE(dialog->findChild<QTimeEdit *>(QStringLiteral("startEdit"))->time(), QTime(14, 0));
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("durationCombo"))->currentData().toInt(), 60);
            auto *availability = dialog->findChild<QLabel *>(QStringLiteral("availabilityLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(availability->text().startsWith(u'✓') || availability->text().startsWith(u'✗'), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!availability->text().contains(QStringLiteral("Checking")), 10000);
            if (availability->text().startsWith(u'✓')) {
                secondRoom = model->resourceIdAt(row);
                break;
            }
            dialog->reject();
            QTRY_VERIFY(!findTopLevel<BookingDialog>());
            dialog = nullptr;
        }
        QVERIFY(dialog);
        book = bookButton(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(book && book->isEnabled(), 10000);
        book->click();
        QTRY_VERIFY_WITH_TIMEOUT(!findTopLevel<BookingDialog>(), 15000);
        QCOMPARE(server.bookingCount(), before + 2);
        QTRY_VERIFY_WITH_TIMEOUT(hasBooking(secondRoom, QDateTime(sunday, QTime(14, 0), Qt::UTC), 60), 10000);
        if (qEnvironmentVariableIsSet("PORTAL_TEST_SHOTS"))
            window->grab().save(qEnvironmentVariable("PORTAL_TEST_SHOTS") + QStringLiteral("/schedule.png"));

        // Offline: the grid stays, and booking from it says why instead of opening the dialog.
        // (The throttle off: walking the rooms again right after the bookings may meet it, which
        // says "busy", not "offline"; this part is about offline.)
        server.setThrottleEnabled(false);
        server.dropNext(6, QStringLiteral("/api/public/resources"));
        window->findChild<QAction *>(QStringLiteral("reloadAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->isOfflineBannerShown(), 20000);
        auto *state = page->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QVERIFY(state);
        view->setFocus();
        view->setCursor(0, columnOf(model, QTime(16, 0)));
        QTest::keyClick(view, Qt::Key_Return);
        QTest::qWait(300);
        QVERIFY(!findTopLevel<BookingDialog>());
        QVERIFY(state->isVisible());
        QCOMPARE(state->text(), QStringLiteral("Booking needs a connection to the space."));
        QCOMPARE(server.bookingCount(), before + 2);
    }
};

QTEST_MAIN(TestSchedule)
#include "tst_schedule.moc"
