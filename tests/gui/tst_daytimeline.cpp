// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayTimeline.h"

#include <QLocale>
#include <QTest>

namespace {
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 9, day), QTime(hour, minute), Qt::UTC);
}
} // namespace

class TestDayTimeline : public QObject
{
    Q_OBJECT
    using S = DayTimeline::Stretch;

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void busyAndFreeStretchesOfTheDay()
    {
        DayTimeline t;
        t.setRoomName(QStringLiteral("Boardroom"));
        // Another room's and another day's bookings are not this room's day; overlaps merge.
        t.setDay(QDate(2026, 9, 1), {{1, at(1, 9), at(1, 10)}, {1, at(1, 9, 30), at(1, 11)}, {1, at(1, 14), at(1, 15)},
                                     {1, at(2, 9), at(2, 10)}});
        QCOMPARE(t.stretches(), (QList<S>{{QTime(7, 0), QTime(9, 0), false},
                                          {QTime(9, 0), QTime(11, 0), true},
                                          {QTime(11, 0), QTime(14, 0), false},
                                          {QTime(14, 0), QTime(15, 0), true},
                                          {QTime(15, 0), QTime(21, 0), false}}));
        QCOMPARE(t.accessibleName(), QStringLiteral("Day timeline of Boardroom"));
        QCOMPARE(t.accessibleDescription(), QStringLiteral("01/09/2026: busy 09:00–11:00, 14:00–15:00. Free 07:00–09:00, "
                                                           "11:00–14:00, 15:00–21:00."));
    }

    void theHoursWidenForEarlyAndLateBookingsAndClipAtMidnight()
    {
        DayTimeline t;
        t.setDay(QDate(2026, 9, 1), {{1, at(1, 6, 30), at(1, 7, 30)}, {1, at(1, 22), at(2, 2)}});
        const QList<S> s = t.stretches();
        QCOMPARE(s.first(), (S{QTime(6, 0), QTime(6, 30), false}));
        QCOMPARE(s.at(1), (S{QTime(6, 30), QTime(7, 30), true}));
        QCOMPARE(s.last(), (S{QTime(22, 0), QTime(23, 59), true})); // runs into the next day
        QVERIFY(t.accessibleDescription().contains(QStringLiteral("22:00–24:00")));
    }

    void freeAllDayAndUnknown()
    {
        DayTimeline t;
        QCOMPARE(t.accessibleDescription(), QStringLiteral("Busy times are not known yet."));
        QVERIFY(t.stretches().isEmpty());
        t.setDay(QDate(2026, 9, 1), {});
        QCOMPARE(t.stretches(), (QList<S>{{QTime(7, 0), QTime(21, 0), false}}));
        QCOMPARE(t.accessibleDescription(), QStringLiteral("01/09/2026: free all day."));
    }

    void paintsWithoutTrouble()
    {
        DayTimeline t;
        t.resize(300, t.sizeHint().height());
        t.setDay(QDate(2026, 9, 1), {{1, at(1, 9), at(1, 11)}});
        const QImage image = t.grab().toImage();
        QVERIFY(!image.isNull());
        if (qEnvironmentVariableIsSet("PORTAL_TEST_SHOTS"))
            image.save(qEnvironmentVariable("PORTAL_TEST_SHOTS") + QStringLiteral("/daytimeline.png"));
    }
};

QTEST_MAIN(TestDayTimeline)
#include "tst_daytimeline.moc"
