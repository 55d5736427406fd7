// SPDX-License-Identifier: GPL-3.0-or-later
// The occurrences of a repeating booking at awkward instants: the space's wall clock kept across
// the autumn and spring changes, a series over New Year that starts late in the evening, a start
// that does not exist on the night the clocks go forward, months without the 31st, the room's
// repeat limits, and the RRULE a calendar app reads. Every time is in an explicit zone: the
// computer's own zone plays no part.
#include "calendar/Recurrence.h"

#include <QTest>

using calendar::Recurrence;

namespace {
const QTimeZone madrid("Europe/Madrid");

QList<QDate> daysOf(const Recurrence::Expansion &expansion)
{
    QList<QDate> days;
    for (const Recurrence::Occurrence &occurrence : expansion.occurrences)
        days.append(occurrence.day);
    return days;
}

Recurrence weekly(QList<Qt::DayOfWeek> weekdays, int count, QDate until = {})
{
    Recurrence r;
    r.frequency = Recurrence::Frequency::Weekly;
    r.weekdays = std::move(weekdays);
    r.count = count;
    r.until = until;
    return r;
}
} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(madrid.isValid()); }

    void weeklyKeepsTheWallClockAcrossTheAutumnChange()
    {
        // Madrid leaves summer time on Sunday 25 October 2026: 09:00 is 07:00 UTC before, 08:00 after.
        const auto series = weekly({}, 3).expand(QDate(2026, 10, 20), QTime(9, 0), 60, madrid);
        QCOMPARE(daysOf(series), (QList<QDate>{QDate(2026, 10, 20), QDate(2026, 10, 27), QDate(2026, 11, 3)}));
        QCOMPARE(series.occurrences.at(0).start.toUTC().time(), QTime(7, 0));
        QCOMPARE(series.occurrences.at(1).start.toUTC().time(), QTime(8, 0));
        for (const auto &occurrence : series.occurrences) {
            QCOMPARE(occurrence.start.time(), QTime(9, 0));
            QCOMPARE(occurrence.end.time(), QTime(10, 0));
        }
    }

    void chosenWeekdaysAcrossNewYearLateInTheEvening()
    {
        const auto series = weekly({Qt::Thursday, Qt::Tuesday}, 0, QDate(2027, 1, 7))
                                .expand(QDate(2026, 12, 29), QTime(23, 30), 60, madrid);
        QCOMPARE(daysOf(series), (QList<QDate>{QDate(2026, 12, 29), QDate(2026, 12, 31), QDate(2027, 1, 5),
                                               QDate(2027, 1, 7)}));
        // The New Year's Eve booking ends in the new year.
        QCOMPARE(series.occurrences.at(1).end, QDateTime(QDate(2027, 1, 1), QTime(0, 30), madrid));
        QVERIFY(!series.cutByQuantityLimit);
        QVERIFY(!series.cutByPeriodLimit);
    }

    void theFirstDayCountsEvenOffTheWeekdays()
    {
        const auto series = weekly({Qt::Wednesday}, 3).expand(QDate(2027, 1, 4), QTime(10, 0), 30, madrid);
        QCOMPARE(daysOf(series), (QList<QDate>{QDate(2027, 1, 4), QDate(2027, 1, 6), QDate(2027, 1, 13)}));
    }

    void everyOtherWeek()
    {
        Recurrence r = weekly({}, 3);
        r.interval = 2;
        QCOMPARE(daysOf(r.expand(QDate(2027, 1, 5), QTime(10, 0), 30, madrid)),
                 (QList<QDate>{QDate(2027, 1, 5), QDate(2027, 1, 19), QDate(2027, 2, 2)}));
    }

    void aStartInTheSpringGapDoesNotExist()
    {
        // 28 March 2027, Madrid: 02:00 becomes 03:00, so 02:30 is on no clock that day.
        Recurrence r;
        r.frequency = Recurrence::Frequency::Daily;
        r.count = 3;
        const auto series = r.expand(QDate(2027, 3, 27), QTime(2, 30), 60, madrid);
        QCOMPARE(daysOf(series), (QList<QDate>{QDate(2027, 3, 27), QDate(2027, 3, 28), QDate(2027, 3, 29)}));
        QVERIFY(series.occurrences.at(0).startExists);
        QVERIFY(!series.occurrences.at(1).startExists);
        QVERIFY(!series.occurrences.at(1).start.isValid());
        QVERIFY(series.occurrences.at(2).startExists);
        QCOMPARE(series.occurrences.at(2).start.time(), QTime(2, 30));
    }

    void monthlySkipsMonthsWithoutTheDay()
    {
        Recurrence r;
        r.frequency = Recurrence::Frequency::Monthly;
        r.count = 4;
        QCOMPARE(daysOf(r.expand(QDate(2027, 1, 31), QTime(12, 0), 60, madrid)),
                 (QList<QDate>{QDate(2027, 1, 31), QDate(2027, 3, 31), QDate(2027, 5, 31), QDate(2027, 7, 31)}));
        r.count = 0;
        r.until = QDate(2027, 2, 28); // February has no 31st: the series is its first booking only
        QCOMPARE(daysOf(r.expand(QDate(2027, 1, 31), QTime(12, 0), 60, madrid)), (QList<QDate>{QDate(2027, 1, 31)}));
    }

    void theRoomsLimitsCutTheSeries()
    {
        const Recurrence halfAYear = weekly({}, 0, QDate(2027, 6, 30));
        Recurrence::Limits tenAtMost;
        tenAtMost.maxOccurrences = 10;
        const auto cut = halfAYear.expand(QDate(2027, 1, 5), QTime(9, 0), 60, madrid, tenAtMost);
        QCOMPARE(cut.occurrences.size(), 10);
        QVERIFY(cut.cutByQuantityLimit);
        QVERIFY(!cut.cutByPeriodLimit);

        Recurrence::Limits oneMonthAhead;
        oneMonthAhead.maxMonthsAhead = 1;
        const auto month = halfAYear.expand(QDate(2027, 1, 5), QTime(9, 0), 60, madrid, oneMonthAhead);
        QCOMPARE(daysOf(month).last(), QDate(2027, 2, 2)); // 9 February is past 5 February
        QCOMPARE(month.occurrences.size(), 5);
        QVERIFY(month.cutByPeriodLimit);

        const auto withinLimit = weekly({}, 3).expand(QDate(2027, 1, 5), QTime(9, 0), 60, madrid, tenAtMost);
        QCOMPARE(withinLimit.occurrences.size(), 3);
        QVERIFY(!withinLimit.cutByQuantityLimit);
    }

    void aSeriesWithoutAnEndIsNone()
    {
        const auto series = weekly({}, 0).expand(QDate(2027, 1, 5), QTime(9, 0), 60, madrid);
        QVERIFY(series.unbounded);
        QVERIFY(series.occurrences.isEmpty());
    }

    void neverMoreThanAThousand()
    {
        Recurrence r;
        r.frequency = Recurrence::Frequency::Daily;
        r.until = QDate(2035, 1, 1);
        QCOMPARE(r.expand(QDate(2027, 1, 1), QTime(9, 0), 60, madrid).occurrences.size(), Recurrence::kMaxOccurrences);
    }

    void rruleAsCalendarAppsReadIt()
    {
        QCOMPARE(weekly({Qt::Thursday, Qt::Tuesday}, 10).toRRule(madrid),
                 QStringLiteral("FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=10"));
        // UNTIL in UTC: the end of 8 January in Madrid (UTC+1 in winter).
        QCOMPARE(weekly({Qt::Tuesday}, 0, QDate(2027, 1, 8)).toRRule(madrid),
                 QStringLiteral("FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20270108T225959Z"));
        Recurrence monthly;
        monthly.frequency = Recurrence::Frequency::Monthly;
        monthly.interval = 2;
        monthly.until = QDate(2027, 7, 31); // summer time: UTC+2
        QCOMPARE(monthly.toRRule(madrid), QStringLiteral("FREQ=MONTHLY;INTERVAL=2;UNTIL=20270731T215959Z"));
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
