// SPDX-License-Identifier: GPL-3.0-or-later
// The booking dialog's "Repeat this booking" offscreen, against the emulator: a weekly series with
// a date someone else holds lists every date with its price or its reason before anything is
// booked, then books the free ones.
#include "../integration/PublishedRooms.h"
#include "BookingDialog.h"
#include "BookingsView.h"
#include "SeriesRangeDialog.h"
#include "calendar/Recurrence.h"
#include "models/BookingListModel.h"
#include "repository/MyBookingsRepository.h"
#include "repository/SeriesCancellation.h"
#include "clock/Clock.h"
#include "domain/BookingErrors.h"
#include "models/SeriesOccurrenceModel.h"
#include "repository/SeriesBooking.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QPushButton>
#include <QSpinBox>
#include <QTranslator>
#include <QTreeView>

namespace {
// 22:50 in Madrid on Friday 4 December, the computer in Los Angeles.
const QDateTime lateEvening(QDate(2026, 12, 4), QTime(21, 50), Qt::UTC);
const QDateTime firstTuesday(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC); // the space's wall clock

QPushButton *bookButton(BookingDialog &dialog)
{
    for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button); push && push->isDefault())
            return push;
    }
    return nullptr;
}

//! An hour at 10:00 on `firstTuesday` in `roomId`, `week` weeks later.
domain::BookingDraft tuesdayHour(qint64 roomId, int week = 0)
{
    domain::BookingDraft draft;
    draft.resourceId = roomId;
    draft.from = firstTuesday.addDays(7 * week);
    draft.to = draft.from.addSecs(3600);
    return draft;
}

//! Books a weekly series of `count` Tuesdays through SeriesBooking; its GUID, or empty.
QString bookWeeklySeries(TestSpace &space, qint64 roomId, int count, int expectBooked)
{
    calendar::Recurrence rule;
    rule.count = count;
    repository::SeriesBooking series(space.api());
    series.setOccurrences(repository::SeriesBooking::occurrencesOf(
        tuesdayHour(roomId), rule, rule.expand(firstTuesday.date(), QTime(10, 0), 60, QTimeZone("Europe/Madrid"))));
    if (!publishedrooms::checkEveryDate(series, 30000) || !publishedrooms::bookFreeDates(series, 30000)
        || series.count(repository::SeriesBooking::State::Booked) != expectBooked)
        return {};
    return series.occurrences().first().draft.series->uniqueId;
}

//! My bookings of the signed-in member in the space's zone, with series cancellation on and every
//! question noted (and answered yes).
struct SeriesBookingsView {
    SeriesBookingsView(TestSpace &space, const QString &series) : bookings(space.api()), seriesId(series)
    {
        view.setConfirmer([this](const QString &question) {
            questions.append(question);
            return true;
        });
        view.setTimeZone(QStringLiteral("Europe/Madrid"));
        view.setRepository(&bookings);
        view.setSeriesCancellationFactory([&space](QObject *parent) { return new repository::SeriesCancellation(space.api(), parent); });
    }
    void open()
    {
        view.show();
        view.reload();
    }
    //! The list's row of the series' booking from `from` that is not cancelled; -1 when none is.
    int rowOf(const QDateTime &from) const
    {
        const models::BookingListModel *model = view.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const domain::Booking b = model->bookingAt(row);
            if (b.seriesId == seriesId && b.from == from && !b.cancelled)
                return row;
        }
        return -1;
    }

    repository::MyBookingsRepository bookings;
    BookingsView view; // after the repository it reads: destroyed first
    QStringList questions;
    QString seriesId;
};

QString stateColumn(QAbstractItemModel *model, int row)
{
    return model->index(row, models::SeriesOccurrenceModel::StatusColumn).data().toString();
}
} // namespace

class TestSeriesDialog : public QObject
{
    Q_OBJECT
    std::optional<core::ClockOverride> m_clock;
    QTranslator m_english; // the app's own catalogue: "%n free date(s)" reads as people see it

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/portal-desk_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }
    void init() { m_clock.emplace(lateEvening, "America/Los_Angeles"); }
    void cleanup() { m_clock.reset(); }

    void aWeeklySeriesListsEveryDateThenBooksTheFreeOnes()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const auto room = publishedrooms::weeklyRoom(space, 0);
        QVERIFY(room);
        domain::BookingDraft taken;
        taken.resourceId = room->id;
        taken.from = firstTuesday.addDays(7);
        taken.to = taken.from.addSecs(3600);
        QVERIFY(publishedrooms::bookAsSomeoneElse(space, taken));

        BookingDialog dialog(*room, new repository::BookingCommands(space.api()));
        dialog.setTimeZone(QStringLiteral("Europe/Madrid"));
        dialog.setSeriesFactory([&space](QObject *parent) { return new repository::SeriesBooking(space.api(), parent); });
        dialog.setWindow(firstTuesday, 60);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *repeat = dialog.findChild<QCheckBox *>(QStringLiteral("repeatCheck"));
        auto *count = dialog.findChild<QSpinBox *>(QStringLiteral("countSpin"));
        auto *view = dialog.findChild<QTreeView *>(QStringLiteral("occurrenceView"));
        QVERIFY(repeat && count && view);
        QVERIFY(!view->isVisible()); // a single booking until the person asks for more
        QTest::mouseClick(repeat, Qt::LeftButton, {}, QPoint(8, repeat->height() / 2));
        QVERIFY(repeat->isChecked());
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("weekday2"))->isChecked()); // Tuesday, the first day's
        count->setValue(4);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

        // Every date is asked about and listed before anything is booked.
        QPushButton *book = bookButton(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(book->isEnabled(), 20000);
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(book->text(), QStringLiteral("&Book 3 free dates"));
        QCOMPARE(stateColumn(model, 0), QStringLiteral("✓ Free"));
        QCOMPARE(stateColumn(model, 1), QStringLiteral("✗ ") + domain::bookingErrorText(QStringLiteral("BOOKING_CONFLICT")));
        QVERIFY(!model->index(0, models::SeriesOccurrenceModel::PriceColumn).data().toString().isEmpty());
        QCOMPARE(space.server->requestCount("POST", QStringLiteral("/api/public/checkout/basket/invoice")), 1); // someone else's only
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QCOMPARE(summary, QStringLiteral("3 of 4 dates can be booked. 1 date cannot be booked; the list says why."));
        if (const QString shot = qEnvironmentVariable("PORTAL_SERIES_SHOT"); !shot.isEmpty())
            dialog.grab().save(shot);

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        book->click();
        QVERIFY(!count->isEnabled()); // what is being booked is what was listed
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("dateEdit"))->isEnabled());
        QVERIFY(accepted.wait(30000));
        QCOMPARE(dialog.seriesBookedCount(), 3);
        QCOMPARE(dialog.booking().from, firstTuesday);
        QCOMPARE(space.server->requestCount("POST", QStringLiteral("/api/public/checkout/basket/invoice")), 4);
    }

    void myBookingsCancelsThisAndLaterWithTheFeesAskedFirst()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const auto room = publishedrooms::weeklyRoom(space, 0);
        QVERIFY(room);
        const QString seriesId = bookWeeklySeries(space, room->id, 3, 3);
        QVERIFY(!seriesId.isEmpty());

        SeriesBookingsView mine(space, seriesId);
        BookingsView &view = mine.view;
        const QStringList &questions = mine.questions;
        mine.open();
        models::BookingListModel *model = view.model();
        const auto rowOf = [&mine](const QDateTime &from) { return mine.rowOf(from); };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(firstTuesday.addDays(7)) >= 0, 10000);
        const int second = rowOf(firstTuesday.addDays(7));
        QVERIFY(model->index(second).data().toString().contains(QStringLiteral("repeating")));
        auto *list = view.findChild<QTreeView *>(QStringLiteral("bookingList"));
        list->setCurrentIndex(view.indexOfRow(second));
        auto *later = view.findChild<QPushButton *>(QStringLiteral("cancelLaterButton"));
        QVERIFY(later->isVisible() && later->isEnabled());
        later->click();
        QVERIFY(!later->isEnabled()); // one cancellation at a time: the fees are being read
        QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 1, 20000);
        QVERIFY2(questions.first().startsWith(QStringLiteral("Cancel 2 bookings of this series")), qPrintable(questions.first()));
        // Exactly the second and the third are cancelled; the first stays.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(firstTuesday.addDays(7)) < 0 && rowOf(firstTuesday.addDays(14)) < 0, 20000);
        QVERIFY(rowOf(firstTuesday) >= 0);
        QCOMPARE(space.server->requestCount("DELETE", QStringLiteral("/api/public/bookings")), 2);
    }

    // My bookings shows the series as one item with exactly its bookings under it, in date order;
    // single bookings stay top-level. "Cancel this and later…" on the series' item cancels the
    // series from its next booking: all three, nothing else.
    void myBookingsShowsASeriesAsOneItemWithItsDates()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const auto room = publishedrooms::weeklyRoom(space, 0);
        QVERIFY(room);
        const QString seriesId = bookWeeklySeries(space, room->id, 3, 3);
        QVERIFY(!seriesId.isEmpty());

        SeriesBookingsView mine(space, seriesId);
        BookingsView &view = mine.view;
        const QStringList &questions = mine.questions;
        auto *list = view.findChild<QTreeView *>(QStringLiteral("bookingList"));
        QVERIFY(list);
        QAbstractItemModel *tree = list->model();
        QAbstractItemModelTester tester(tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
        mine.open();
        models::BookingListModel *model = view.model();
        const auto rowOf = [&mine](const QDateTime &from) { return mine.rowOf(from); };
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QTRY_COMPARE_WITH_TIMEOUT(resets.size(), 2, 10000); // my bookings, then the cancelled ones
        QVERIFY(rowOf(firstTuesday) >= 0);

        // Exactly one top-level item holds the series; its children are its three dates, in order.
        int itemsOfSeries = 0;
        QModelIndex seriesItem;
        for (int item = 0; item < tree->rowCount(); ++item) {
            const QModelIndex top = tree->index(item, 0);
            QVERIFY(top.data(models::BookingListModel::BookingRole).value<domain::Booking>().seriesId != seriesId);
            for (int child = 0; child < tree->rowCount(top); ++child) {
                if (tree->index(child, 0, top).data(models::BookingListModel::BookingRole).value<domain::Booking>().seriesId
                    == seriesId) {
                    ++itemsOfSeries;
                    seriesItem = top;
                    break;
                }
            }
        }
        QCOMPARE(itemsOfSeries, 1);
        QList<QDateTime> dates;
        for (int child = 0; child < tree->rowCount(seriesItem); ++child) {
            const QModelIndex index = tree->index(child, 0, seriesItem);
            QCOMPARE(index.data(models::BookingListModel::BookingRole).value<domain::Booking>().seriesId, seriesId);
            dates.append(index.data(models::BookingListModel::FromRole).toDateTime());
        }
        QCOMPARE(dates, (QList<QDateTime>{firstTuesday, firstTuesday.addDays(7), firstTuesday.addDays(14)}));
        QVERIFY(list->isExpanded(seriesItem)); // the dates are shown, not folded away
        const QLocale locale;
        QCOMPARE(seriesItem.data().toString(),
                 QStringLiteral("%1 — weekly on Tuesday, until %4, 3 bookings, next %2 %3")
                     .arg(model->bookingAt(rowOf(firstTuesday)).resourceName,
                          locale.toString(firstTuesday.date(), QLocale::ShortFormat),
                          locale.toString(firstTuesday.time(), QLocale::ShortFormat),
                          locale.toString(firstTuesday.date().addDays(14), QLocale::ShortFormat)));
        // Every booking outside a series is a top-level row of its own.
        int singles = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->bookingAt(row).seriesId.isEmpty())
                continue;
            const QModelIndex at = view.indexOfRow(row);
            QVERIFY(at.isValid());
            QVERIFY(!at.parent().isValid());
            QCOMPARE(tree->rowCount(at), 0);
            QCOMPARE(at.data(models::BookingListModel::IdRole).toLongLong(), model->bookingAt(row).id);
            ++singles;
        }
        QVERIFY(singles > 0); // the demo member has bookings of their own

        // The series' item: one booking's "Cancel" is off; "Cancel this and later…" takes the series.
        list->setCurrentIndex(seriesItem);
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("exportOneButton"))->isEnabled());
        auto *later = view.findChild<QPushButton *>(QStringLiteral("cancelLaterButton"));
        QVERIFY(later->isVisible() && later->isEnabled());
        const int before = model->rowCount();
        later->click();
        QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 1, 20000);
        QVERIFY2(questions.first().startsWith(QStringLiteral("Cancel 3 bookings of this series")), qPrintable(questions.first()));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(firstTuesday) < 0 && rowOf(firstTuesday.addDays(7)) < 0 && rowOf(firstTuesday.addDays(14)) < 0,
                                 20000);
        QCOMPARE(space.server->requestCount("DELETE", QStringLiteral("/api/public/bookings")), 3);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before, 10000); // cancelled, still listed as such
    }

    // "Cancel dates…" cancels exactly the series' bookings on the days picked: the second and third
    // of four, the first and the fourth stay.
    void myBookingsCancelsTheDatesPicked()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const auto room = publishedrooms::weeklyRoom(space, 0);
        QVERIFY(room);
        const QString seriesId = bookWeeklySeries(space, room->id, 4, 4);
        QVERIFY(!seriesId.isEmpty());

        SeriesBookingsView mine(space, seriesId);
        BookingsView &view = mine.view;
        const QStringList &questions = mine.questions;
        QList<QDate> offered;
        QList<int> counts;
        view.setRangePicker([&](QDate earliest, QDate latest, QDate suggested, const std::function<int(QDate, QDate)> &countIn,
                                QDate *first, QDate *last) {
            offered = {earliest, latest, suggested};
            counts = {countIn(earliest, latest), countIn(firstTuesday.date().addDays(1), firstTuesday.date().addDays(6))};
            *first = firstTuesday.date().addDays(7);
            *last = firstTuesday.date().addDays(14);
            return true;
        });
        mine.open();
        const auto rowOf = [&mine](const QDateTime &from) { return mine.rowOf(from); };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(firstTuesday.addDays(21)) >= 0, 10000);
        auto *list = view.findChild<QTreeView *>(QStringLiteral("bookingList"));
        list->setCurrentIndex(view.indexOfRow(rowOf(firstTuesday)));
        auto *range = view.findChild<QPushButton *>(QStringLiteral("cancelRangeButton"));
        QVERIFY(range->isVisible() && range->isEnabled());
        range->click();
        // The picker is offered the series' own days, from the chosen one; a week between two dates holds none.
        QCOMPARE(offered, (QList<QDate>{firstTuesday.date(), firstTuesday.date().addDays(21), firstTuesday.date()}));
        QCOMPARE(counts, (QList<int>{4, 0}));
        QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 1, 20000);
        QVERIFY2(questions.first().startsWith(QStringLiteral("Cancel 2 bookings of this series")), qPrintable(questions.first()));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(firstTuesday.addDays(7)) < 0 && rowOf(firstTuesday.addDays(14)) < 0, 20000);
        QVERIFY(rowOf(firstTuesday) >= 0);
        QVERIFY(rowOf(firstTuesday.addDays(21)) >= 0);
        QCOMPARE(space.server->requestCount("DELETE", QStringLiteral("/api/public/bookings")), 2);
    }

    // The range dialog keeps "from" before "to", offers only the series' days, and says how many
    // bookings the range holds; OK is off when it holds none.
    void theRangeDialogKeepsItsDaysInOrder()
    {
        const QDate earliest(2026, 12, 8);
        const QDate latest(2026, 12, 29);
        const QList<QDate> days{earliest, earliest.addDays(7), earliest.addDays(14), latest};
        SeriesRangeDialog dialog(earliest, latest, earliest.addDays(7), [&days](QDate first, QDate last) {
            return int(std::count_if(days.cbegin(), days.cend(), [&](QDate d) { return d >= first && d <= last; }));
        });
        dialog.show();
        auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("fromEdit"));
        auto *to = dialog.findChild<QDateEdit *>(QStringLiteral("toEdit"));
        auto *count = dialog.findChild<QLabel *>(QStringLiteral("countLabel"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QCOMPARE(from->date(), earliest.addDays(7));
        QCOMPARE(to->date(), latest);
        QCOMPARE(from->minimumDate(), earliest);
        QCOMPARE(to->maximumDate(), latest);
        QCOMPARE(count->text(), QStringLiteral("3 bookings of this series will be cancelled."));
        from->setDate(QDate(2026, 12, 30)); // past the last day: held at the last day
        QCOMPARE(from->date(), latest);
        QCOMPARE(count->text(), QStringLiteral("1 booking of this series will be cancelled."));
        to->setDate(earliest.addDays(3)); // before "from": "from" follows
        QCOMPARE(from->date(), earliest.addDays(3));
        QCOMPARE(count->text(), QStringLiteral("No booking of this series falls on these days."));
        QVERIFY(!ok->isEnabled());
        to->setDate(earliest.addDays(7));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.first(), earliest.addDays(3));
        QCOMPARE(dialog.last(), earliest.addDays(7));
    }

    // A booking of a series exports as one repeating event; a calendar parser reads back exactly
    // the dates booked (the one someone else held is an EXDATE).
    void aSeriesExportsAsOneRepeatingEvent()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const auto room = publishedrooms::weeklyRoom(space, 0);
        QVERIFY(room);
        QVERIFY(publishedrooms::bookAsSomeoneElse(space, tuesdayHour(room->id, 1)));
        const QString seriesId = bookWeeklySeries(space, room->id, 4, 3);
        QVERIFY(!seriesId.isEmpty());

        repository::MyBookingsRepository bookings(space.api());
        BookingsView view;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("series.ics"));
        view.setSavePathProvider([&path](const QString &) { return path; });
        view.setTimeZone(QStringLiteral("Europe/Madrid"));
        view.setRepository(&bookings);
        view.show();
        view.reload();
        models::BookingListModel *model = view.model();
        const auto rowOfSeries = [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->bookingAt(row).seriesId == seriesId)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOfSeries() >= 0, 10000);
        view.findChild<QTreeView *>(QStringLiteral("bookingList"))->setCurrentIndex(view.indexOfRow(rowOfSeries()));
        view.findChild<QPushButton *>(QStringLiteral("exportOneButton"))->click();
        QFile ics(path);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray content = ics.readAll();
        QCOMPARE(int(content.count("BEGIN:VEVENT")), 1);
        QVERIFY(content.contains("RRULE:"));
        QProcess parser;
        parser.start(QStringLiteral(DEBIAN_PYTHON), {QStringLiteral(ICS_OCCURRENCES_SCRIPT), path});
        QVERIFY(parser.waitForFinished(30000));
        QCOMPARE(parser.exitCode(), 0);
        const QStringList starts = QString::fromLatin1(parser.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // 10:00 in Madrid in winter is 09:00 UTC.
        QCOMPARE(starts, (QStringList{QStringLiteral("2026-12-08T09:00:00Z"), QStringLiteral("2026-12-22T09:00:00Z"),
                                      QStringLiteral("2026-12-29T09:00:00Z")}));
    }
};

QTEST_MAIN(TestSeriesDialog)
#include "tst_seriesdialog.moc"
