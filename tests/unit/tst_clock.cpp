// SPDX-License-Identifier: GPL-3.0-or-later
// The client's one clock and the time logic that reads it, at the instants where such logic breaks:
// late evening and just after midnight at the space, the summer-time nights of Europe/Madrid, New
// Year's Eve, and a computer in another zone than the space (Los Angeles, Auckland).
#include "clock/Clock.h"
#include "domain/Booking.h"
#include "domain/BookingPolicyCheck.h"
#include "models/BookingListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

namespace {
const QString madrid = QStringLiteral("Europe/Madrid");

//! An instant given as Madrid's wall clock.
QDateTime inMadrid(QDate day, QTime time)
{
    return QDateTime(day, time, QTimeZone("Europe/Madrid"));
}

//! The Qt::UTC carrier the space's wall-clock times use.
QDateTime wall(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::UTC);
}

domain::Booking booking(qint64 id, const QDateTime &from, const QDateTime &to)
{
    domain::Booking b;
    b.id = id;
    b.resourceName = QStringLiteral("Room %1").arg(id);
    b.from = from;
    b.to = to;
    return b;
}
} // namespace

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pinsNowAndReleasesIt()
    {
        const QDateTime pinned(QDate(2026, 12, 4), QTime(21, 50), Qt::UTC);
        {
            core::ClockOverride clock(pinned);
            QCOMPARE(core::Clock::nowUtc(), pinned);
            clock.advanceSecs(600);
            QCOMPARE(core::Clock::nowUtc(), pinned.addSecs(600));
        }
        // Released: the system clock again, which is nowhere near the pinned instant's frozen value.
        QVERIFY(core::Clock::nowUtc() != pinned.addSecs(600));
    }

    void wallClockOfTheSpaceNotOfTheComputer_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<QByteArray>("computerZone");
        QTest::addColumn<QDateTime>("madridWallClock");
        QTest::addColumn<QDate>("computerDay");
        // 09:30 in Madrid is still yesterday evening in Los Angeles.
        QTest::newRow("los-angeles") << inMadrid(QDate(2026, 12, 4), QTime(9, 30)) << QByteArray("America/Los_Angeles")
                                     << wall(QDate(2026, 12, 4), QTime(9, 30)) << QDate(2026, 12, 4);
        QTest::newRow("los-angeles-early") << inMadrid(QDate(2026, 12, 4), QTime(7, 0)) << QByteArray("America/Los_Angeles")
                                           << wall(QDate(2026, 12, 4), QTime(7, 0)) << QDate(2026, 12, 3);
        // 23:59 on New Year's Eve in Auckland is 11:59 in Madrid, the same day.
        QTest::newRow("auckland-new-year") << QDateTime(QDate(2026, 12, 31), QTime(23, 59), QTimeZone("Pacific/Auckland"))
                                           << QByteArray("Pacific/Auckland") << wall(QDate(2026, 12, 31), QTime(11, 59))
                                           << QDate(2026, 12, 31);
        // 01:30 UTC on the spring-forward night is 03:30 in Madrid (02:00 does not exist there).
        QTest::newRow("madrid-spring-forward") << QDateTime(QDate(2027, 3, 28), QTime(1, 30), Qt::UTC) << QByteArray("UTC")
                                               << wall(QDate(2027, 3, 28), QTime(3, 30)) << QDate(2027, 3, 28);
        // 00:30 UTC on the fall-back night is the second 02:30 in Madrid.
        QTest::newRow("madrid-fall-back") << QDateTime(QDate(2027, 10, 31), QTime(0, 30), Qt::UTC) << QByteArray("UTC")
                                          << wall(QDate(2027, 10, 31), QTime(2, 30)) << QDate(2027, 10, 31);
    }

    void wallClockOfTheSpaceNotOfTheComputer()
    {
        QFETCH(QDateTime, instant);
        QFETCH(QByteArray, computerZone);
        QFETCH(QDateTime, madridWallClock);
        QFETCH(QDate, computerDay);
        core::ClockOverride clock(instant, computerZone);
        QCOMPARE(core::Clock::wallClockIn(madrid), madridWallClock);
        QCOMPARE(core::Clock::wallClockIn({}).date(), computerDay); // no zone given: the computer's
        QCOMPARE(core::Clock::systemZone().id(), computerZone);
        QCOMPARE(core::Clock::zoneOrSystem(QStringLiteral("Not/AZone")).id(), computerZone);
    }

    void nextBookableStart_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<double>("noticeMinutes");
        QTest::addColumn<QDateTime>("expected");
        const QDate d(2026, 12, 4);
        QTest::newRow("morning") << wall(d, QTime(10, 10)) << 0.0 << wall(d, QTime(10, 30));
        QTest::newRow("on-the-interval") << wall(d, QTime(10, 30)) << 0.0 << wall(d, QTime(11, 0));
        QTest::newRow("a-second-past") << wall(d, QTime(10, 30, 1)) << 0.0 << wall(d, QTime(11, 0));
        QTest::newRow("evening") << wall(d, QTime(20, 10)) << 0.0 << wall(d, QTime(20, 30));
        // The reported case: 22:18 in Madrid proposes tomorrow morning, never tonight at 22:00.
        QTest::newRow("late-evening") << wall(d, QTime(22, 18)) << 0.0 << wall(d.addDays(1), QTime(9, 0));
        QTest::newRow("last-slot-of-the-day") << wall(d, QTime(20, 45)) << 0.0 << wall(d.addDays(1), QTime(9, 0));
        QTest::newRow("just-before-midnight") << wall(d, QTime(23, 59, 59)) << 0.0 << wall(d.addDays(1), QTime(9, 0));
        QTest::newRow("just-after-midnight") << wall(d, QTime(0, 1)) << 0.0 << wall(d, QTime(9, 0));
        QTest::newRow("spring-forward-night") << wall(QDate(2027, 3, 28), QTime(3, 30)) << 0.0
                                              << wall(QDate(2027, 3, 28), QTime(9, 0));
        QTest::newRow("new-years-eve") << wall(QDate(2026, 12, 31), QTime(23, 59)) << 0.0
                                       << wall(QDate(2027, 1, 1), QTime(9, 0));
        // Notice rules: two hours' notice at 10:10 is 12:10, on the interval 12:30.
        QTest::newRow("two-hours-notice") << wall(d, QTime(10, 10)) << 120.0 << wall(d, QTime(12, 30));
        // A day's notice outweighs "tomorrow morning", and its night moves on to the morning after.
        QTest::newRow("a-days-notice-late") << wall(d, QTime(22, 18)) << 1440.0 << wall(d.addDays(2), QTime(9, 0));
        QTest::newRow("a-days-notice-morning") << wall(d, QTime(10, 5)) << 1440.0 << wall(d.addDays(1), QTime(10, 30));
        QTest::newRow("notice-into-the-night") << wall(d, QTime(19, 50)) << 90.0 << wall(d.addDays(1), QTime(9, 0));
    }

    void nextBookableStart()
    {
        QFETCH(QDateTime, now);
        QFETCH(double, noticeMinutes);
        QFETCH(QDateTime, expected);
        domain::BookingPolicy policy;
        if (noticeMinutes > 0)
            policy.lateBookingLimitMinutes = noticeMinutes;
        const QDateTime start = domain::nextBookableStart(now, policy);
        QCOMPARE(start, expected);
        // Whatever it proposes, the room's own rules accept an hour from there, except where the
        // notice rule itself pushes the start into the night.
        if (start.time() < QTime(21, 0))
            QCOMPARE(domain::bookingPolicyViolation(policy, start, start.addSecs(3600), now), QString());
    }

    void policyAtAwkwardInstants()
    {
        domain::BookingPolicy policy;
        policy.bookInAdvanceLimitDays = 7;
        policy.lateBookingLimitMinutes = 60;
        // New Year's Eve, 23:59: 00:30 is too soon, 01:00 is fine, a week ahead is the limit.
        const QDateTime now = wall(QDate(2026, 12, 31), QTime(23, 59));
        QCOMPARE(domain::bookingPolicyViolation(policy, wall(QDate(2026, 12, 31), QTime(23, 0)), wall(QDate(2026, 12, 31), QTime(23, 30)), now),
                 QStringLiteral("NO_PAST_BOOKINGS"));
        QCOMPARE(domain::bookingPolicyViolation(policy, wall(QDate(2027, 1, 1), QTime(0, 30)), wall(QDate(2027, 1, 1), QTime(1, 0)), now),
                 QStringLiteral("START_TIME_TOO_EARLY"));
        QCOMPARE(domain::bookingPolicyViolation(policy, wall(QDate(2027, 1, 1), QTime(1, 0)), wall(QDate(2027, 1, 1), QTime(2, 0)), now),
                 QString());
        QCOMPARE(domain::bookingPolicyViolation(policy, wall(QDate(2027, 1, 7), QTime(23, 30)), wall(QDate(2027, 1, 8), QTime(0, 0)), now),
                 QString());
        QCOMPARE(domain::bookingPolicyViolation(policy, wall(QDate(2027, 1, 8), QTime(9, 0)), wall(QDate(2027, 1, 8), QTime(10, 0)), now),
                 QStringLiteral("START_TIME_TOO_LATE"));
        // The spring-forward night: wall-clock digits are compared as digits, so 01:59 → 03:00 is a
        // minute later at the space, and a 03:30 start with an hour's notice is too soon at 03:00.
        const QDateTime spring = wall(QDate(2027, 3, 28), QTime(3, 0));
        QCOMPARE(domain::bookingPolicyViolation(policy, wall(QDate(2027, 3, 28), QTime(3, 30)), wall(QDate(2027, 3, 28), QTime(4, 30)), spring),
                 QStringLiteral("START_TIME_TOO_EARLY"));
    }

    void upcomingAndPastAreTheSpacesNotTheComputers()
    {
        // 09:30 in Madrid; the computer is in Auckland, where it is already 21:30.
        core::ClockOverride clock(inMadrid(QDate(2026, 12, 4), QTime(9, 30)), "Pacific/Auckland");
        models::BookingListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(madrid);
        const QDate day(2026, 12, 4);
        model.setBookings({booking(1, wall(day, QTime(8, 0)), wall(day, QTime(9, 0))),    // over at the space
                           booking(2, wall(day, QTime(10, 0)), wall(day, QTime(11, 0))),  // still to come there
                           booking(3, wall(day, QTime(9, 0)), wall(day, QTime(10, 0)))}); // under way: not past yet
        QCOMPARE(model.stateOf(model.bookingAt(0)), models::BookingListModel::State::Upcoming);
        QCOMPARE(model.upcoming().size(), 2);
        QCOMPARE(model.upcoming().at(0).id, 3);
        QCOMPARE(model.upcoming().at(1).id, 2);
        QCOMPARE(model.bookingAt(2).id, 1);
        QCOMPARE(model.stateOf(model.bookingAt(2)), models::BookingListModel::State::Past);

        // Time passes while the list is open: at 10:00 at the space the third one is over too.
        clock.advanceSecs(30 * 60);
        model.refreshNow();
        QCOMPARE(model.upcoming().size(), 1);
        QCOMPARE(model.upcoming().at(0).id, 2);

        // Just after midnight at the space, New Year: yesterday's late booking is past.
        clock.setNow(inMadrid(QDate(2027, 1, 1), QTime(0, 5)));
        model.setBookings({booking(4, wall(QDate(2026, 12, 31), QTime(22, 0)), wall(QDate(2026, 12, 31), QTime(23, 59))),
                           booking(5, wall(QDate(2027, 1, 1), QTime(9, 0)), wall(QDate(2027, 1, 1), QTime(10, 0)))});
        QCOMPARE(model.upcoming().size(), 1);
        QCOMPARE(model.upcoming().at(0).id, 5);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
