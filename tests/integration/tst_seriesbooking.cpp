// SPDX-License-Identifier: GPL-3.0-or-later
// A member's series against the emulator over loopback (docs/emulator.md, "Series"): every
// occurrence checked first, the free ones booked, the conflicts listed with their reasons; the
// room's repeat limit kept by the space; a lost answer stops the series without a resend.
#include "PublishedRooms.h"
#include "TestSpace.h"
#include "calendar/Recurrence.h"
#include "clock/Clock.h"
#include "domain/BookingErrors.h"
#include "domain/Resource.h"
#include "repository/BookingCommands.h"
#include "repository/MyBookingsRepository.h"
#include "repository/SeriesBooking.h"
#include "repository/SeriesCancellation.h"

using repository::BookingCommands;
using repository::SeriesBooking;
using State = repository::SeriesBooking::State;

namespace {
// Late evening in Madrid (22:50 on Friday 4 December): the series starts on a Tuesday ahead.
const QDateTime lateEvening(QDate(2026, 12, 4), QTime(21, 50), Qt::UTC);
const QTimeZone madrid("Europe/Madrid");
const QDate firstTuesday(2026, 12, 8);

using publishedrooms::weeklyRoom;

domain::BookingDraft firstDraft(qint64 resourceId)
{
    domain::BookingDraft draft;
    draft.resourceId = resourceId;
    draft.from = QDateTime(firstTuesday, QTime(10, 0), Qt::UTC);
    draft.to = draft.from.addSecs(3600);
    return draft;
}

QList<SeriesBooking::Occurrence> weekly(const domain::BookingDraft &first, int count)
{
    calendar::Recurrence rule;
    rule.frequency = calendar::Recurrence::Frequency::Weekly;
    rule.count = count;
    return SeriesBooking::occurrencesOf(first, rule, rule.expand(firstTuesday, QTime(10, 0), 60, madrid));
}

QList<domain::Booking> myBookings(TestSpace &space)
{
    return publishedrooms::firstPage<domain::Booking>(space, QString::fromLatin1(repository::MyBookingsRepository::kPath),
                                                       api::ListQuery().size(100));
}

QList<State> states(const SeriesBooking &series)
{
    QList<State> all;
    for (const SeriesBooking::Occurrence &o : series.occurrences())
        all.append(o.state);
    return all;
}
} // namespace

class TestSeriesBooking : public QObject
{
    Q_OBJECT
    std::optional<core::ClockOverride> m_clock;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<domain::Booking>(); }
    void init() { m_clock.emplace(lateEvening); }
    void cleanup() { m_clock.reset(); }

    void aWeeklySeriesBooksTheFreeOnesAndSaysWhyNotTheOthers()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const auto room = weeklyRoom(space, 0);
        QVERIFY2(room, "the demo space has a room a weekly series fits");
        // Someone else has the room on the second and the fourth Tuesday.
        for (int week : {1, 3}) {
            domain::BookingDraft taken = firstDraft(room->id);
            taken.from = taken.from.addDays(7 * week);
            taken.to = taken.to.addDays(7 * week);
            QVERIFY(publishedrooms::bookAsSomeoneElse(space, taken));
        }

        SeriesBooking series(space.api());
        series.setOccurrences(weekly(firstDraft(room->id), 6));
        QVERIFY(publishedrooms::checkEveryDate(series, 30000));
        QCOMPARE(states(series), (QList<State>{State::Free, State::Refused, State::Free, State::Refused, State::Free, State::Free}));
        QCOMPARE(series.occurrences().at(1).reason, domain::bookingErrorText(QStringLiteral("BOOKING_CONFLICT")));
        QCOMPARE(series.occurrences().at(3).reason, domain::bookingErrorText(QStringLiteral("BOOKING_CONFLICT")));
        QVERIFY(series.occurrences().at(0).price.has_value()); // the free ones are priced before anything is booked
        QCOMPARE(space.server->requestCount("POST", QStringLiteral("/api/public/checkout/basket/invoice")), 2); // only the other person's

        QVERIFY(publishedrooms::bookFreeDates(series, 60000));
        QCOMPARE(states(series), (QList<State>{State::Booked, State::Refused, State::Booked, State::Refused, State::Booked, State::Booked}));
        QList<QDateTime> starts;
        const QString seriesId = series.occurrences().first().draft.series->uniqueId;
        for (const domain::Booking &booking : myBookings(space)) {
            if (booking.seriesId == seriesId)
                starts.append(booking.from);
        }
        std::sort(starts.begin(), starts.end());
        const QDateTime first = firstDraft(room->id).from;
        QCOMPARE(starts, (QList<QDateTime>{first, first.addDays(14), first.addDays(28), first.addDays(35)}));
    }

    void theSpaceKeepsTheRoomsRepeatLimit()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const auto room = weeklyRoom(space, 10);
        QVERIFY2(room, "the demo space has a room limited to 10 bookings per series");
        // Eleven asked for, as a client that does not read the limit would: the space books ten.
        SeriesBooking series(space.api());
        series.setOccurrences(weekly(firstDraft(room->id), 11));
        QVERIFY(publishedrooms::checkEveryDate(series, 60000));
        QCOMPARE(series.count(State::Free), 11);
        QVERIFY(publishedrooms::bookFreeDates(series, 90000));
        QCOMPARE(series.count(State::Booked), 10);
        QCOMPARE(series.occurrences().last().state, State::NotBooked);
        QCOMPARE(series.occurrences().last().reason, QStringLiteral("This resource can only be booked 10 times in one series."));
    }

    void aLostAnswerStopsTheSeriesAndNothingIsSentAgain()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const auto room = weeklyRoom(space, 0);
        QVERIFY(room);
        SeriesBooking series(space.api());
        series.setOccurrences(weekly(firstDraft(room->id), 3));
        QVERIFY(publishedrooms::checkEveryDate(series, 30000));
        QCOMPARE(series.count(State::Free), 3);
        const int before = space.server->bookingCount();
        space.server->dropNext(1, QStringLiteral("/api/public/checkout/basket/invoice"));
        QVERIFY(publishedrooms::bookFreeDates(series, 30000));
        QCOMPARE(states(series), (QList<State>{State::Unknown, State::NotSent, State::NotSent}));
        QVERIFY(series.occurrences().at(1).reason.contains(QLocale().toString(QTime(10, 0), QStringLiteral("HH:mm"))));
        QVERIFY(series.occurrences().at(1).reason.contains(QLocale().toString(firstTuesday, QLocale::ShortFormat)));
        QTest::qWait(300);
        QCOMPARE(space.server->requestCount("POST", QStringLiteral("/api/public/checkout/basket/invoice")), 1);
        QCOMPARE(space.server->bookingCount(), before + 1); // made once by the space, never resent
    }

    void cancellingThisAndLaterCancelsExactlyThose()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const auto room = weeklyRoom(space, 0);
        QVERIFY(room);
        SeriesBooking series(space.api());
        series.setOccurrences(weekly(firstDraft(room->id), 4));
        QVERIFY(publishedrooms::checkEveryDate(series, 30000));
        QVERIFY(publishedrooms::bookFreeDates(series, 30000));
        QCOMPARE(series.count(State::Booked), 4);
        const QString seriesId = series.occurrences().first().draft.series->uniqueId;
        const QList<domain::Booking> mine = myBookings(space);
        const auto second = std::find_if(mine.cbegin(), mine.cend(), [&](const domain::Booking &b) {
            return b.seriesId == seriesId && b.from == firstDraft(room->id).from.addDays(7);
        });
        QVERIFY(second != mine.cend());

        const QDateTime now = core::Clock::wallClockIn(QStringLiteral("Europe/Madrid"));
        const QList<domain::Booking> picked = repository::SeriesCancellation::thisAndLater(mine, *second, now);
        QCOMPARE(picked.size(), 3);
        repository::SeriesCancellation cancellation(space.api());
        QSignalSpy fees(&cancellation, &repository::SeriesCancellation::feesLoaded);
        cancellation.loadFees(picked);
        QVERIFY(fees.wait(20000));
        QCOMPARE(cancellation.fees().size(), 3); // every fee known before anything is cancelled
        QCOMPARE(space.server->requestCount("DELETE", QStringLiteral("/api/public/bookings")), 0);
        QSignalSpy finished(&cancellation, &repository::SeriesCancellation::finished);
        cancellation.cancelAll();
        QVERIFY(finished.wait(20000));
        QCOMPARE(cancellation.cancelled().size(), 3);
        QVERIFY(cancellation.notCancelled().isEmpty());

        QList<QDateTime> left;
        for (const domain::Booking &b : myBookings(space)) {
            if (b.seriesId == seriesId)
                left.append(b.from);
        }
        QCOMPARE(left, QList<QDateTime>{firstDraft(room->id).from}); // only the first stays
    }

    void aStartInTheSpringGapIsListedNotSent()
    {
        domain::BookingDraft first;
        first.resourceId = 1;
        first.from = QDateTime(QDate(2027, 3, 21), QTime(2, 30), Qt::UTC); // Sunday before Madrid's change
        first.to = first.from.addSecs(3600);
        calendar::Recurrence rule;
        rule.frequency = calendar::Recurrence::Frequency::Weekly;
        rule.count = 2;
        const auto occurrences = SeriesBooking::occurrencesOf(first, rule, rule.expand(first.from.date(), QTime(2, 30), 60, madrid));
        QCOMPARE(occurrences.size(), 2);
        QCOMPARE(occurrences.at(0).state, State::Unchecked);
        QCOMPARE(occurrences.at(1).state, State::Refused); // 28 March 2027: 02:30 does not exist
        QCOMPARE(occurrences.at(1).draft.from, QDateTime(QDate(2027, 3, 28), QTime(2, 30), Qt::UTC));
        QVERIFY(!occurrences.at(1).reason.isEmpty());
        QVERIFY(occurrences.at(0).draft.uniqueId != occurrences.at(1).draft.uniqueId);
        QCOMPARE(occurrences.at(0).draft.series->uniqueId, occurrences.at(1).draft.series->uniqueId);
        QCOMPARE(occurrences.at(0).draft.series->on, QList<Qt::DayOfWeek>{Qt::Sunday});
        QCOMPARE(occurrences.at(0).draft.series->until, QDate(2027, 3, 28));
    }
};

QTEST_GUILESS_MAIN(TestSeriesBooking)
#include "tst_seriesbooking.moc"
