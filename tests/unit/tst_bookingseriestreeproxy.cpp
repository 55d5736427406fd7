// SPDX-License-Identifier: GPL-3.0-or-later
// My bookings as a tree: a series' bookings under one item, in date order; single bookings stay
// top-level; the flat list's order and rows map both ways, across resets.
#include "clock/Clock.h"
#include "models/BookingListModel.h"
#include "models/BookingSeriesTreeProxy.h"
#include "models/SeriesRuleWords.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
const QString madrid = QStringLiteral("Europe/Madrid");
// 09:30 on Friday 4 December 2026 at the space.
const QDateTime now(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);

domain::Booking booking(qint64 id, QDate day, const QString &seriesId = {}, bool cancelled = false)
{
    domain::Booking b;
    b.id = id;
    b.resourceName = seriesId.isEmpty() ? QStringLiteral("Desk %1").arg(id) : QStringLiteral("Huddle Room Prado");
    b.from = QDateTime(day, QTime(10, 0), Qt::UTC);
    b.to = b.from.addSecs(3600);
    b.seriesId = seriesId;
    b.cancelled = cancelled;
    return b;
}

QList<qint64> idsUnder(const models::BookingSeriesTreeProxy &tree, const QModelIndex &parent)
{
    QList<qint64> ids;
    for (int row = 0; row < tree.rowCount(parent); ++row)
        ids.append(tree.index(row, 0, parent).data(models::BookingListModel::IdRole).toLongLong());
    return ids;
}
} // namespace

class TestBookingSeriesTreeProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSeriesIsOneItemWithItsDatesUnderIt()
    {
        core::ClockOverride clock(now, "America/Los_Angeles");
        models::BookingListModel list;
        list.setTimeZone(madrid);
        models::BookingSeriesTreeProxy tree;
        tree.setSourceModel(&list);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QDate day(2026, 12, 4);
        const QString weekly = QStringLiteral("weekly-guid");
        list.setBookings({booking(1, day.addDays(20), weekly), booking(2, day.addDays(3)), booking(3, day.addDays(6), weekly),
                          booking(4, day.addDays(13), weekly), booking(5, day.addDays(-2)), booking(6, day.addDays(1), {}, true),
                          booking(7, day.addDays(9), QStringLiteral("lonely-guid"))});
        // Flat: 2 (7 Dec), 3 (10 Dec), 7 (13 Dec), 4 (17 Dec), 1 (24 Dec), past 5, cancelled 6.
        QCOMPARE(tree.rowCount(), 5);
        const QModelIndex series = tree.index(1, 0);
        QVERIFY(tree.isSeries(series));
        QCOMPARE(tree.sourceRow(series), -1);
        QCOMPARE(idsUnder(tree, series), (QList<qint64>{3, 4, 1}));
        QCOMPARE(idsUnder(tree, {}), (QList<qint64>{2, 0, 7, 5, 6})); // the series' item has no id
        QCOMPARE(series.data().toString(), QStringLiteral("Huddle Room Prado — series, 3 booking(s), next %1 %2")
                                               .arg(QLocale().toString(day.addDays(6), QLocale::ShortFormat),
                                                    QLocale().toString(QTime(10, 0), QLocale::ShortFormat)));
        QVERIFY(!tree.isSeries(tree.index(0, 0)));
        QVERIFY(!tree.isSeries(tree.index(2, 0))); // a series with one booking listed is that booking
        QCOMPARE(tree.rowCount(tree.index(0, 0)), 0);
        QVERIFY(tree.flags(series).testFlag(Qt::ItemIsSelectable));

        // Rows map both ways.
        for (int row = 0; row < list.rowCount(); ++row) {
            const QModelIndex mapped = tree.mapFromSource(list.index(row));
            QVERIFY(mapped.isValid());
            QCOMPARE(tree.mapToSource(mapped), list.index(row));
            QCOMPARE(mapped.data(models::BookingListModel::IdRole), list.index(row).data(models::BookingListModel::IdRole));
            QCOMPARE(mapped.parent() == series, list.bookingAt(row).seriesId == weekly);
        }
        QCOMPARE(tree.sourceRowsOf(series), (QList<int>{1, 3, 4}));

        // A reset regroups: the series' first date is past now, its item says when the next one is.
        clock.setNow(QDateTime(day.addDays(7), QTime(9, 0), Qt::UTC));
        list.setBookings({booking(3, day.addDays(6), weekly), booking(4, day.addDays(13), weekly), booking(2, day.addDays(3))});
        QCOMPARE(tree.rowCount(), 2);
        QCOMPARE(idsUnder(tree, {}), (QList<qint64>{0, 2})); // next 17 Dec first, then the past
        QCOMPARE(idsUnder(tree, tree.index(0, 0)), (QList<qint64>{3, 4}));

        clock.setNow(QDateTime(day.addDays(30), QTime(9, 0), Qt::UTC));
        list.refreshNow();
        QCOMPARE(tree.index(0, 0).data().toString(), QStringLiteral("Huddle Room Prado — series, 2 booking(s), all past or cancelled"));

        list.setBookings({});
        QCOMPARE(tree.rowCount(), 0);
    }

    // When the space gives the rule back with the bookings, the series' item names it.
    void aSeriesItemSaysHowItRepeats()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        core::ClockOverride clock(now, "Pacific/Auckland");
        models::BookingListModel list;
        list.setTimeZone(madrid);
        models::BookingSeriesTreeProxy tree;
        tree.setSourceModel(&list);
        domain::BookingDraft::Series weekly;
        weekly.uniqueId = QStringLiteral("weekly-guid");
        weekly.repeats = 2;
        weekly.on = {Qt::Thursday};
        weekly.until = QDate(2026, 12, 24);
        QList<domain::Booking> bookings;
        for (int week = 0; week < 3; ++week) {
            bookings.append(booking(10 + week, QDate(2026, 12, 10).addDays(7 * week), weekly.uniqueId));
            bookings.last().series = weekly;
        }
        list.setBookings(bookings);
        QCOMPARE(tree.rowCount(), 1);
        QCOMPARE(tree.index(0, 0).data().toString(),
                 QStringLiteral("Huddle Room Prado — weekly on Thursday, until 24/12/2026, 3 booking(s), next 10/12/2026 10:00"));
        QLocale::setDefault(QLocale::c());
    }

    void aRuleInWords_data()
    {
        QTest::addColumn<int>("repeats");
        QTest::addColumn<int>("every");
        QTest::addColumn<QList<Qt::DayOfWeek>>("on");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<QString>("words");
        const QList<Qt::DayOfWeek> none;
        QTest::newRow("daily") << 1 << 1 << none << QDate() << QStringLiteral("daily");
        QTest::newRow("every other day") << 1 << 2 << none << QDate() << QStringLiteral("every 2 day(s)");
        QTest::newRow("two weekdays, unordered") << 2 << 1 << QList<Qt::DayOfWeek>{Qt::Wednesday, Qt::Monday} << QDate()
                                                 << QStringLiteral("weekly on Monday and Wednesday");
        QTest::newRow("fortnightly until New Year") << 2 << 2 << QList<Qt::DayOfWeek>{Qt::Friday} << QDate(2027, 1, 1)
                                                    << QStringLiteral("every 2 week(s) on Friday, until 01/01/2027");
        QTest::newRow("weekly, days from the bookings") << 2 << 1 << none << QDate() << QStringLiteral("weekly on Tuesday");
        QTest::newRow("monthly") << 3 << 1 << none << QDate() << QStringLiteral("monthly");
        QTest::newRow("quarterly") << 3 << 3 << none << QDate() << QStringLiteral("every 3 month(s)");
    }

    void aRuleInWords()
    {
        QFETCH(int, repeats);
        QFETCH(int, every);
        QFETCH(QList<Qt::DayOfWeek>, on);
        QFETCH(QDate, until);
        QFETCH(QString, words);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        domain::BookingDraft::Series series;
        series.repeats = repeats;
        series.every = every;
        series.on = on;
        series.until = until;
        // Booked on two Tuesdays: what a weekly rule without weekdays repeats on.
        QCOMPARE(models::SeriesRuleWords::of(series, {QDate(2026, 12, 8), QDate(2026, 12, 15)}), words);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestBookingSeriesTreeProxy)
#include "tst_bookingseriestreeproxy.moc"
