// SPDX-License-Identifier: GPL-3.0-or-later
// The booking views offscreen, against the emulator: book a room in the dialog, see it in "My
// bookings", cancel it with the fee question first, export the upcoming ones as .ics.
#include "../integration/TestSpace.h"
#include "BookingDialog.h"
#include "clock/Clock.h"
#include "domain/BookingErrors.h"
#include "BookingsView.h"
#include "BookingMonthCalendar.h"
#include "models/BookingListModel.h"
#include "repository/BookingCommands.h"
#include "repository/MyBookingsRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTreeView>
#include <QPushButton>
#include <QSignalSpy>
#include <QCalendarWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <optional>

namespace {
QPushButton *buttonNamed(QWidget *parent, const QString &name)
{
    return parent->findChild<QPushButton *>(name);
}

int rowOfState(models::BookingListModel *model, models::BookingListModel::State state)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(models::BookingListModel::StateRole).value<models::BookingListModel::State>() == state)
            return row;
    }
    return -1;
}

//! Whether the list hides the flat model's `row` (a series' date is a row under the series' item).
bool rowHidden(const BookingsView &view, QTreeView *list, int row)
{
    const QModelIndex at = view.indexOfRow(row);
    return list->isRowHidden(at.row(), at.parent());
}

// 22:50 in Madrid, with the computer in Los Angeles: the client's clock and the emulator's both start there.
const QDateTime lateEvening(QDate(2026, 12, 4), QTime(21, 50), Qt::UTC);
} // namespace

class TestBookingUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_clock.emplace(lateEvening, "America/Los_Angeles"); }
    void cleanup() { m_clock.reset(); }

    void bookingsListCancelAndExport()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        repository::MyBookingsRepository service(space.api());
        BookingsView view;
        QStringList questions;
        view.setConfirmer([&questions](const QString &question) {
            questions.append(question);
            return true;
        });
        QTemporaryDir dir;
        const QString icsPath = dir.filePath(QStringLiteral("upcoming.ics"));
        view.setSavePathProvider([&icsPath](const QString &) { return icsPath; });
        view.setTimeZone(QStringLiteral("Europe/Madrid"));
        view.setRepository(&service);
        view.show();
        view.reload();
        models::BookingListModel *model = view.model();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfState(model, models::BookingListModel::State::Cancelled) >= 0, 10000);
        QVERIFY(rowOfState(model, models::BookingListModel::State::Past) >= 0);
        const int upcoming = rowOfState(model, models::BookingListModel::State::Upcoming);
        QVERIFY(upcoming >= 0);

        // Export every upcoming booking.
        buttonNamed(&view, QStringLiteral("exportAllButton"))->click();
        QFile ics(icsPath);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray content = ics.readAll();
        QCOMPARE(int(content.count("BEGIN:VEVENT")), int(model->upcoming().size()));
        QVERIFY(content.contains("TZID=Europe/Madrid"));

        // Cancel the upcoming one: the fee question comes first, then it moves to "Cancelled".
        const qint64 id = model->index(upcoming).data(models::BookingListModel::IdRole).toLongLong();
        auto *list = view.findChild<QTreeView *>(QStringLiteral("bookingList"));
        list->setCurrentIndex(view.indexOfRow(upcoming));
        QPushButton *cancel = buttonNamed(&view, QStringLiteral("cancelButton"));
        QVERIFY(cancel->isEnabled());
        QSignalSpy fees(&service, &repository::MyBookingsRepository::cancellationFeeLoaded);
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 1, 10000);
        // The question says what the space answered about this booking's fee.
        QCOMPARE(fees.size(), 1);
        QCOMPARE(fees.first().at(0).toLongLong(), id);
        if (fees.first().at(1).toBool())
            QVERIFY2(questions.first().startsWith(QStringLiteral("Cancelling now is late and costs ")), qPrintable(questions.first()));
        else
            QCOMPARE(questions.first(), QStringLiteral("Cancelling this booking is free. Cancel it?"));
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row);
                if (index.data(models::BookingListModel::IdRole).toLongLong() == id)
                    return index.data(models::BookingListModel::StateRole).value<models::BookingListModel::State>()
                           == models::BookingListModel::State::Cancelled;
            }
            return false;
        }(), 10000);
    }

    // The month overview counts each day's bookings (cancelled ones not), and picking a day with
    // the keyboard lists only that day's bookings until "Show all days".
    void theMonthOverviewCountsDaysAndListsOne()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        repository::MyBookingsRepository service(space.api());
        BookingsView view;
        view.setTimeZone(QStringLiteral("Europe/Madrid"));
        view.setRepository(&service);
        view.show();
        view.reload();
        models::BookingListModel *model = view.model();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfState(model, models::BookingListModel::State::Cancelled) >= 0, 10000);

        auto *month = view.findChild<BookingMonthCalendar *>(QStringLiteral("monthCalendar"));
        QVERIFY(month);
        // The month shown is the space's: 22:50 in Madrid on 4 December, whatever the computer's zone.
        QCOMPARE(month->selectedDate(), QDate(2026, 12, 4));
        QHash<QDate, int> expected;
        QHash<QDate, int> rowsPerDay;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            const QDate day = index.data(models::BookingListModel::FromRole).toDateTime().date();
            ++rowsPerDay[day];
            if (index.data(models::BookingListModel::StateRole).value<models::BookingListModel::State>()
                != models::BookingListModel::State::Cancelled)
                ++expected[day];
        }
        QVERIFY(!expected.isEmpty());
        for (auto it = rowsPerDay.cbegin(); it != rowsPerDay.cend(); ++it)
            QCOMPARE(month->countOn(it.key()), expected.value(it.key()));
        QDate quiet(2026, 12, 1);
        while (rowsPerDay.contains(quiet))
            quiet = quiet.addDays(1);
        QCOMPARE(month->countOn(quiet), 0);

        // The demo member's weekly series holds 14 December; Enter on that day lists only it.
        const QDate day(2026, 12, 14);
        QVERIFY(expected.value(day) > 0);
        QVERIFY(rowsPerDay.size() > 1); // so that picking one day hides others
        month->setSelectedDate(day);
        auto *grid = month->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
        QVERIFY(grid);
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Return);
        auto *list = view.findChild<QTreeView *>(QStringLiteral("bookingList"));
        int visible = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool onDay = model->bookingAt(row).from.date() == day;
            QCOMPARE(rowHidden(view, list, row), !onDay);
            visible += onDay ? 1 : 0;
        }
        QCOMPARE(visible, rowsPerDay.value(day));
        auto *label = view.findChild<QLabel *>(QStringLiteral("dayLabel"));
        QVERIFY2(label->text().startsWith(QString::number(visible) + QLatin1Char(' ')), qPrintable(label->text()));
        QPushButton *all = buttonNamed(&view, QStringLiteral("allDaysButton"));
        QVERIFY(all->isEnabled());

        // A reload keeps the day picked; "Show all days" lists every day again.
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(resets.size(), 2, 10000); // my bookings, then the cancelled ones
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(rowHidden(view, list, row), model->bookingAt(row).from.date() != day);
        all->click();
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!rowHidden(view, list, row));
        QVERIFY(!all->isEnabled());
    }

    void bookingDialogBooksAFreeRoom()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        // A plain meeting room: take one from the published list.
        auto *request = space.api()->list(QStringLiteral("/api/public/resources/published/details"), api::ListQuery().size(200));
        QList<domain::Resource> rooms;
        connect(request, &api::ListRequest::pageLoaded, this, [&rooms](const api::ListPage &page) {
            for (const QJsonValue &r : page.records) {
                const domain::Resource resource = domain::Resource::fromJson(r.toObject());
                if (resource.systemType == domain::SystemResourceType::MeetingRoom && !resource.policy.requiresConfirmation
                    && resource.policy.tariffIds.isEmpty() && resource.policy.teamIds.isEmpty()
                    && !resource.policy.onlyForContacts && resource.isBookableListing())
                    rooms.append(resource);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(!rooms.isEmpty(), 10000);

        const int before = space.server->bookingCount();
        bool booked = false;
        for (const domain::Resource &room : std::as_const(rooms)) {
            BookingDialog dialog(room, new repository::BookingCommands(space.api()));
            dialog.setTimeZone(QStringLiteral("Europe/Madrid"));
            dialog.setWindow(BookingDialog::nowAtSpace(QStringLiteral("Europe/Madrid")).addDays(5), 60);
            dialog.show();
            auto *availability = dialog.findChild<QLabel *>(QStringLiteral("availabilityLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(availability->text().startsWith(u'✓') || availability->text().startsWith(u'✗'), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!availability->text().contains(QStringLiteral("Checking")), 10000);
            if (!availability->text().startsWith(u'✓'))
                continue; // this room has a rule against it: the reason is shown, try another
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.findChild<QLabel *>(QStringLiteral("priceLabel"))->text().isEmpty(), 10000);
            QPushButton *book = nullptr;
            for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->buttons()) {
                if (b->text().contains(QStringLiteral("Book")))
                    book = qobject_cast<QPushButton *>(b);
            }
            QVERIFY(book && book->isEnabled());
            book->click();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
            QVERIFY(dialog.booking().id > 0);
            QCOMPARE(dialog.booking().resourceId, room.id);
            dialog.grab().save(QDir::temp().filePath(QStringLiteral("portal-desk-booking-dialog.png")));
            booked = true;
            break;
        }
        QVERIFY(booked);
        QCOMPARE(space.server->bookingCount(), before + 1);
    }

    void aBookingTheRoomsRulesForbidIsExplainedAndNeverAsked()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        domain::Resource room;
        room.id = 10001;
        room.name = QStringLiteral("Short room");
        room.policy.maxBookingLengthMinutes = 30;
        BookingDialog dialog(room, new repository::BookingCommands(space.api()));
        dialog.setTimeZone(QStringLiteral("Europe/Madrid"));
        space.server->resetCounters();
        dialog.setWindow(BookingDialog::nowAtSpace(QStringLiteral("Europe/Madrid")).addDays(2), 60);
        dialog.show();
        auto *availability = dialog.findChild<QLabel *>(QStringLiteral("availabilityLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(availability->text(), QStringLiteral("✗ ") + domain::bookingErrorText(QStringLiteral("TOO_LONG")),
                                  5000);
        QTest::qWait(300); // nothing goes out afterwards either
        QCOMPARE(space.server->requestCount("POST", QStringLiteral("/api/public/bookings/available")), 0);
    }

private:
    std::optional<core::ClockOverride> m_clock;
};

QTEST_MAIN(TestBookingUi)
#include "tst_bookingui.moc"
