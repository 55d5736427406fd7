// SPDX-License-Identifier: GPL-3.0-or-later
// A room's own rules checked before a booking is sent, with the codes the space would answer.
#include "domain/BookingErrors.h"
#include "domain/BookingPolicyCheck.h"

#include <QTest>

using domain::BookingPolicy;

class TestBookingPolicyCheck : public QObject
{
    Q_OBJECT
private:
    const QDateTime now{QDate(2026, 12, 2), QTime(10, 0), Qt::UTC};
    QString check(const BookingPolicy &policy, int startInMinutes, int lengthMinutes) const
    {
        const QDateTime start = now.addSecs(60LL * startInMinutes);
        return domain::bookingPolicyViolation(policy, start, start.addSecs(60LL * lengthMinutes), now);
    }

private Q_SLOTS:
    void noRulesAllowAnyFutureBooking()
    {
        QCOMPARE(check({}, 60, 60), QString());
        QCOMPARE(check({}, 60 * 24 * 400, 600), QString());
    }

    void thePastIsNeverBookable()
    {
        QCOMPARE(check({}, -30, 60), QStringLiteral("NO_PAST_BOOKINGS"));
        QCOMPARE(check({}, 0, 60), QStringLiteral("NO_PAST_BOOKINGS"));
    }

    void lengthLimits()
    {
        BookingPolicy policy;
        policy.minBookingLengthMinutes = 60;
        policy.maxBookingLengthMinutes = 240;
        QCOMPARE(check(policy, 60, 30), QStringLiteral("TOO_SHORT"));
        QCOMPARE(check(policy, 60, 60), QString()); // the limits themselves are allowed
        QCOMPARE(check(policy, 60, 240), QString());
        QCOMPARE(check(policy, 60, 300), QStringLiteral("TOO_LONG"));
        policy.minBookingLengthMinutes = 0; // zero means no limit, as on the space
        policy.maxBookingLengthMinutes = 0;
        QCOMPARE(check(policy, 60, 1), QString());
        QCOMPARE(check(policy, 60, 6000), QString());
    }

    void howSoonAndHowFarAhead()
    {
        BookingPolicy policy;
        policy.lateBookingLimitMinutes = 120;
        policy.bookInAdvanceLimitDays = 7;
        QCOMPARE(check(policy, 60, 60), QStringLiteral("START_TIME_TOO_EARLY"));
        QCOMPARE(check(policy, 120, 60), QString());
        QCOMPARE(check(policy, 7 * 24 * 60, 60), QString());
        QCOMPARE(check(policy, 7 * 24 * 60 + 1, 60), QStringLiteral("START_TIME_TOO_LATE"));
        policy.bookInAdvanceLimitDays = 0.5; // decimals in the docs: half a day
        QCOMPARE(check(policy, 13 * 60, 60), QStringLiteral("START_TIME_TOO_LATE"));
    }

    void everyCodeReadsAsASentence()
    {
        for (const char *code : {"NO_PAST_BOOKINGS", "START_TIME_TOO_EARLY", "START_TIME_TOO_LATE", "TOO_SHORT", "TOO_LONG"}) {
            QVERIFY(domain::documentedBookingErrorCodes().contains(QLatin1String(code)));
            QVERIFY(!domain::bookingErrorText(QLatin1String(code)).contains(QLatin1String(code)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBookingPolicyCheck)
#include "tst_bookingpolicycheck.moc"
