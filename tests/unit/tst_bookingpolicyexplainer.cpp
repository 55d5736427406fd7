// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnglishPluralTranslator.h"

#include "domain/BookingPolicyExplainer.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using domain::BookingPolicy;
using domain::BookingPolicyExplainer;
using domain::PolicyRule;

namespace {
//! The one sentence the explainer gives for a rule, or an empty string when it gives none.
QString sentenceFor(const BookingPolicy &policy, PolicyRule rule, const QString &currency = QStringLiteral("EUR"))
{
    QString found;
    int count = 0;
    for (const domain::PolicySentence &s : BookingPolicyExplainer(currency).explain(policy)) {
        if (s.rule == rule) {
            found = s.text;
            ++count;
        }
    }
    return count > 1 ? QStringLiteral("<more than one sentence>") : found;
}
} // namespace

class TestBookingPolicyExplainer : public QObject
{
    Q_OBJECT
    EnglishPluralTranslator m_english;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::installTranslator(&m_english);
    }

    void durationsReadNaturally_data()
    {
        QTest::addColumn<double>("minutes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0 minutes");
        QTest::newRow("one minute") << 1.0 << QStringLiteral("1 minute");
        QTest::newRow("under a minute rounds up") << 0.2 << QStringLiteral("1 minute");
        QTest::newRow("45") << 45.0 << QStringLiteral("45 minutes");
        QTest::newRow("60") << 60.0 << QStringLiteral("1 hour");
        QTest::newRow("90") << 90.0 << QStringLiteral("1 hour 30 minutes");
        QTest::newRow("120") << 120.0 << QStringLiteral("2 hours");
        QTest::newRow("one day") << 1440.0 << QStringLiteral("1 day");
        QTest::newRow("day and a half") << 2160.0 << QStringLiteral("1 day 12 hours");
        QTest::newRow("all three parts") << 1440.0 + 61 << QStringLiteral("1 day 1 hour 1 minute");
        QTest::newRow("day and minutes") << 1440.0 + 30 << QStringLiteral("1 day 30 minutes");
        QTest::newRow("fraction of a minute") << 90.4 << QStringLiteral("1 hour 30 minutes");
        QTest::newRow("30 days") << 30.0 * 1440 << QStringLiteral("30 days");
    }
    void durationsReadNaturally()
    {
        QFETCH(double, minutes);
        QFETCH(QString, expected);
        QCOMPARE(BookingPolicyExplainer::duration(minutes), expected);
    }

    void emptyPolicyHasNoSentences()
    {
        QVERIFY(BookingPolicyExplainer().explain(BookingPolicy{}).isEmpty());
    }

    void zeroLimitsGiveNoSentence()
    {
        BookingPolicy p;
        p.bookInAdvanceLimitDays = 0;
        p.lateBookingLimitMinutes = 0;
        p.lateCancellationLimitMinutes = 0;
        p.intervalLimitMinutes = 0;
        p.noReturnPolicyMinutes = 0;
        p.noReturnPolicyAllResourcesMinutes = 0;
        p.noReturnPolicyAllUsersMinutes = 0;
        p.maxBookingLengthMinutes = 0;
        p.minBookingLengthMinutes = 0;
        p.repeatBookingQuantityLimit = 0;
        p.repeatBookingPeriodLimitInMonths = 0;
        p.allocation = 0;
        QVERIFY(BookingPolicyExplainer().sentences(p).isEmpty());
    }

    void bookInAdvance()
    {
        BookingPolicy p;
        p.bookInAdvanceLimitDays = 30;
        QCOMPARE(sentenceFor(p, PolicyRule::BookInAdvance), QStringLiteral("Book up to 30 days ahead"));
        p.bookInAdvanceLimitDays = 1;
        QCOMPARE(sentenceFor(p, PolicyRule::BookInAdvance), QStringLiteral("Book up to 1 day ahead"));
        p.bookInAdvanceLimitDays = 0.5; // the field is a decimal: fractional days read as hours
        QCOMPARE(sentenceFor(p, PolicyRule::BookInAdvance), QStringLiteral("Book up to 12 hours ahead"));
        p.bookInAdvanceLimitDays = 1.5;
        QCOMPARE(sentenceFor(p, PolicyRule::BookInAdvance), QStringLiteral("Book up to 1 day 12 hours ahead"));
    }

    void lateBookingAndLengths()
    {
        BookingPolicy p;
        p.lateBookingLimitMinutes = 120;
        p.minBookingLengthMinutes = 30;
        p.maxBookingLengthMinutes = 90;
        p.intervalLimitMinutes = 15;
        QCOMPARE(sentenceFor(p, PolicyRule::LateBooking), QStringLiteral("Book at least 2 hours before the start"));
        QCOMPARE(sentenceFor(p, PolicyRule::MinLength), QStringLiteral("Bookings last at least 30 minutes"));
        QCOMPARE(sentenceFor(p, PolicyRule::MaxLength), QStringLiteral("Bookings last at most 1 hour 30 minutes"));
        QCOMPARE(sentenceFor(p, PolicyRule::Interval), QStringLiteral("Bookings are at least 15 minutes apart"));
        QCOMPARE(BookingPolicyExplainer().explain(p).size(), 4);
    }

    void noReturnPolicies()
    {
        BookingPolicy p;
        p.noReturnPolicyMinutes = 60;
        p.noReturnPolicyAllResourcesMinutes = 1440;
        p.noReturnPolicyAllUsersMinutes = 30;
        QCOMPARE(sentenceFor(p, PolicyRule::NoReturn),
                 QStringLiteral("After your booking ends, wait 1 hour before booking this room again"));
        QCOMPARE(sentenceFor(p, PolicyRule::NoReturnAllResources),
                 QStringLiteral("After your booking ends, wait 1 day before booking any room again"));
        QCOMPARE(sentenceFor(p, PolicyRule::NoReturnAllUsers),
                 QStringLiteral("After each booking, nobody can book this room for 30 minutes"));
    }

    void cancellationWithoutFee()
    {
        BookingPolicy p;
        p.lateCancellationLimitMinutes = 120;
        QCOMPARE(sentenceFor(p, PolicyRule::Cancellation), QStringLiteral("Cancel at least 2 hours before the start"));
    }

    void cancellationPercentageFee()
    {
        BookingPolicy p;
        p.lateCancellationLimitMinutes = 120;
        p.cancellationFee.charged = true;
        p.cancellationFee.type = domain::CancellationFeeType::Percentage;
        p.cancellationFee.percentage = 50;
        QCOMPARE(sentenceFor(p, PolicyRule::Cancellation),
                 QStringLiteral("Cancelling less than 2 hours before the start costs 50%"));
        p.cancellationFee.percentage = 12.5;
        QCOMPARE(sentenceFor(p, PolicyRule::Cancellation),
                 QStringLiteral("Cancelling less than 2 hours before the start costs 12.5%"));
        p.cancellationFee.amount = 99; // an amount on a percentage fee is not the fee
        QVERIFY(!sentenceFor(p, PolicyRule::Cancellation).contains(u"99"));
    }

    void cancellationAbsoluteFeeInTheSpacesCurrency()
    {
        BookingPolicy p;
        p.lateCancellationLimitMinutes = 1440;
        p.cancellationFee.charged = true;
        p.cancellationFee.type = domain::CancellationFeeType::Absolute;
        p.cancellationFee.amount = 25;
        p.cancellationFee.percentage = 10; // ignored: the fee is absolute
        QCOMPARE(sentenceFor(p, PolicyRule::Cancellation, QStringLiteral("GBP")),
                 QStringLiteral("Cancelling less than 1 day before the start costs %1").arg(domain::formatMoney(25, QStringLiteral("GBP"))));
        QVERIFY(sentenceFor(p, PolicyRule::Cancellation, QStringLiteral("GBP")).contains(u"£"));
    }

    void feeChargedWithoutAnAmount()
    {
        BookingPolicy p;
        p.lateCancellationLimitMinutes = 60;
        p.cancellationFee.charged = true;
        p.cancellationFee.type = domain::CancellationFeeType::Absolute; // but no amount
        QCOMPARE(sentenceFor(p, PolicyRule::Cancellation),
                 QStringLiteral("Cancelling less than 1 hour before the start costs a fee"));
        p.cancellationFee.type = domain::CancellationFeeType::Percentage;
        p.cancellationFee.percentage = 0;
        QCOMPARE(sentenceFor(p, PolicyRule::Cancellation),
                 QStringLiteral("Cancelling less than 1 hour before the start costs a fee"));
        p.cancellationFee.type = domain::CancellationFeeType::None;
        QCOMPARE(sentenceFor(p, PolicyRule::Cancellation),
                 QStringLiteral("Cancelling less than 1 hour before the start costs a fee"));
    }

    void feeWithoutALimitAppliesToEveryCancellation()
    {
        BookingPolicy p;
        p.cancellationFee.charged = true;
        p.cancellationFee.type = domain::CancellationFeeType::Percentage;
        p.cancellationFee.percentage = 100;
        QCOMPARE(sentenceFor(p, PolicyRule::Cancellation), QStringLiteral("Cancelling a booking costs 100%"));
        p.cancellationFee = {};
        p.cancellationFee.charged = true;
        QCOMPARE(sentenceFor(p, PolicyRule::Cancellation), QStringLiteral("Cancelling a booking costs a fee"));
    }

    void feeNotChargedIsNotMentioned()
    {
        BookingPolicy p;
        p.cancellationFee.type = domain::CancellationFeeType::Absolute;
        p.cancellationFee.amount = 10; // configured but switched off
        QCOMPARE(sentenceFor(p, PolicyRule::Cancellation), QString());
    }

    void confirmationAndSharing()
    {
        BookingPolicy p;
        p.requiresConfirmation = true;
        QCOMPARE(sentenceFor(p, PolicyRule::Confirmation), QStringLiteral("Bookings need the space's approval"));
        QCOMPARE(sentenceFor(p, PolicyRule::SharedBookings), QString());
        p.allowMultipleBookings = true;
        QCOMPARE(sentenceFor(p, PolicyRule::SharedBookings), QStringLiteral("Several bookings can share this room at the same time"));
        p.allocation = 8;
        QCOMPARE(sentenceFor(p, PolicyRule::SharedBookings), QStringLiteral("Up to 8 bookings can share this room at the same time"));
        p.allocation = 1;
        QCOMPARE(sentenceFor(p, PolicyRule::SharedBookings), QStringLiteral("Up to 1 booking can share this room at the same time"));
        p.allowMultipleBookings = false;
        QCOMPARE(sentenceFor(p, PolicyRule::SharedBookings), QString()); // an allocation alone is the capacity
        p.limitVisitorsToAllocation = true;
        p.allocation = 6;
        QCOMPARE(sentenceFor(p, PolicyRule::Visitors), QStringLiteral("Visitors count towards the limit of 6 attendees"));
    }

    void repeatLimits()
    {
        BookingPolicy p;
        p.repeatBookingQuantityLimit = 10;
        p.repeatBookingPeriodLimitInMonths = 1;
        QCOMPARE(sentenceFor(p, PolicyRule::RepeatQuantity), QStringLiteral("A repeating booking can have up to 10 occurrences"));
        QCOMPARE(sentenceFor(p, PolicyRule::RepeatPeriod), QStringLiteral("A repeating booking can run for up to 1 month"));
    }

    void accessRestrictions()
    {
        BookingPolicy p;
        p.onlyForMembers = true;
        QCOMPARE(sentenceFor(p, PolicyRule::Access), QStringLiteral("Only members can book"));
        p.onlyForContacts = true;
        QCOMPARE(sentenceFor(p, PolicyRule::Access), QStringLiteral("Only members and contacts can book"));
        p.onlyForMembers = false;
        QCOMPARE(sentenceFor(p, PolicyRule::Access), QStringLiteral("Only contacts can book"));
        p.onlyForInvoicingBusiness = true;
        QCOMPARE(sentenceFor(p, PolicyRule::InvoicingBusiness), QStringLiteral("Only customers of this location can book"));
        p.teamIds = {4};
        p.tariffIds = {1, 2};
        QCOMPARE(sentenceFor(p, PolicyRule::Teams), QStringLiteral("Only members of 1 team can book"));
        QCOMPARE(sentenceFor(p, PolicyRule::Tariffs), QStringLiteral("Only members on 2 plans can book"));
    }

    void sentencesComeInAStableOrder()
    {
        BookingPolicy p;
        p.requiresConfirmation = true;
        p.bookInAdvanceLimitDays = 7;
        p.onlyForMembers = true;
        const QStringList s = BookingPolicyExplainer().sentences(p);
        QCOMPARE(s, (QStringList{QStringLiteral("Only members can book"), QStringLiteral("Book up to 7 days ahead"),
                                 QStringLiteral("Bookings need the space's approval")}));
    }
};

QTEST_GUILESS_MAIN(TestBookingPolicyExplainer)
#include "tst_bookingpolicyexplainer.moc"
