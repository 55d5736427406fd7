// SPDX-License-Identifier: GPL-3.0-or-later
// The member's booking flow against the emulator over loopback: availability with readable reasons,
// price preview, creation through the basket, pending approval, cancellation with and without a
// fee, and a dropped connection during the booking POST that must not create a second booking.
#include "PublishedRooms.h"
#include "TestSpace.h"
#include "json/JsonRead.h"
#include "clock/Clock.h"
#include "domain/BookingErrors.h"
#include "domain/Resource.h"
#include "api/ApiClient.h"
#include "repository/ApiCalls.h"
#include "repository/BookingCommands.h"
#include "repository/MyBookingsRepository.h"

#include <QJsonArray>

using domain::BookingDraft;
using repository::BookingCommands;
using repository::MyBookingsRepository;

namespace {
// Late evening in Madrid (22:50), where "today" and "tomorrow" are easy to get wrong. Both the
// client's clock and the emulator's start there.
const QDateTime lateEvening(QDate(2026, 12, 4), QTime(21, 50), Qt::UTC);

QDateTime dayAtSpace(int daysAhead, int hour)
{
    const QDate day = core::Clock::wallClockIn(QStringLiteral("Europe/Madrid")).date().addDays(daysAhead);
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

QList<domain::Resource> publishedResources(TestSpace &space)
{
    return publishedrooms::all(space);
}

//! Asks availability and waits: (available, errorCode, reason).
std::tuple<bool, QString, QString> availability(BookingCommands &service, const domain::BookingDraft &draft)
{
    QSignalSpy checked(&service, &BookingCommands::availabilityChecked);
    service.checkAvailability(draft);
    if (!checked.wait(10000))
        return {false, QStringLiteral("TIMEOUT"), QString()};
    return {checked.first().at(0).toBool(), checked.first().at(1).toString(), checked.first().at(2).toString()};
}

//! A bookable room (no approval, no special access) and a free hour on it, a few days ahead.
std::optional<domain::BookingDraft> freeSlot(TestSpace &space, BookingCommands &service, bool requiresConfirmation)
{
    for (const domain::Resource &resource : publishedResources(space)) {
        if (!resource.isBookableListing() || resource.policy.requiresConfirmation != requiresConfirmation
            || resource.policy.onlyForContacts || !resource.policy.tariffIds.isEmpty() || !resource.policy.teamIds.isEmpty())
            continue;
        for (int day = 3; day < 6; ++day) {
            domain::BookingDraft draft;
            draft.resourceId = resource.id;
            draft.from = dayAtSpace(day, 10);
            draft.to = draft.from.addSecs(3600);
            if (std::get<0>(availability(service, draft)))
                return draft;
        }
    }
    return std::nullopt;
}

domain::Booking book(BookingCommands &service, const domain::BookingDraft &draft, QString *failure = nullptr)
{
    QSignalSpy booked(&service, &BookingCommands::booked);
    QSignalSpy failed(&service, &BookingCommands::failed);
    QSignalSpy unknown(&service, &BookingCommands::bookingOutcomeUnknown);
    service.book(draft);
    for (int waited = 0; booked.count() + failed.count() + unknown.count() == 0 && waited < 150; ++waited)
        QTest::qWait(100);
    if (failure && !failed.isEmpty())
        *failure = failed.first().first().toString();
    if (failure && !unknown.isEmpty())
        *failure = QStringLiteral("unknown: ") + unknown.first().first().toString();
    return booked.isEmpty() ? domain::Booking() : booked.first().first().value<domain::Booking>();
}
} // namespace

class TestBookingCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<domain::Booking>(); qRegisterMetaType<domain::PriceQuote>(); }
    void init() { m_clock.emplace(lateEvening); }
    void cleanup() { m_clock.reset(); }

    // A booking dialog can stay open while its account is closed: its commands then fail in words
    // (after the call, as a network failure would), and nothing is sent.
    void commandsAfterSignOutFailWithoutSending()
    {
        auto *client = new api::ApiClient;
        BookingCommands service(client);
        delete client; // the account closed
        domain::BookingDraft draft;
        draft.resourceId = 42;
        draft.from = dayAtSpace(2, 10);
        draft.to = draft.from.addSecs(3600);
        QSignalSpy failed(&service, &BookingCommands::failed);
        QSignalSpy checked(&service, &BookingCommands::availabilityChecked);
        QSignalSpy booked(&service, &BookingCommands::booked);
        service.checkAvailability(draft);
        service.preview(draft);
        service.book(draft);
        QCOMPARE(failed.count(), 0); // not inside the caller's own call
        QTRY_COMPARE(failed.count(), 3);
        for (const QList<QVariant> &failure : std::as_const(failed))
            QCOMPARE(failure.first().toString(), repository::calls::notSignedIn().message());
        QCOMPARE(checked.count(), 0);
        QCOMPARE(booked.count(), 0);
    }

    void pastTimesAreRefusedWithAReason()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        BookingCommands service(space.api());
        const auto resources = publishedResources(space);
        QVERIFY(!resources.isEmpty());
        domain::BookingDraft draft;
        draft.resourceId = resources.first().id;
        draft.from = dayAtSpace(-1, 10);
        draft.to = draft.from.addSecs(3600);
        const auto [available, code, reason] = availability(service, draft);
        QVERIFY(!available);
        QCOMPARE(code, QStringLiteral("NO_PAST_BOOKINGS"));
        QCOMPARE(reason, domain::bookingErrorText(code));

        draft.resourceId = 987654321;
        draft.from = dayAtSpace(2, 10);
        draft.to = draft.from.addSecs(3600);
        QCOMPARE(std::get<1>(availability(service, draft)), QStringLiteral("NO_RESOURCE"));
    }

    void previewBookFindAndCancel()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        BookingCommands service(space.api());
        MyBookingsRepository bookings(space.api());
        const auto slot = freeSlot(space, service, false);
        QVERIFY2(slot.has_value(), "the demo space has a free room a few days ahead");

        QSignalSpy previewed(&service, &BookingCommands::previewed);
        service.preview(*slot);
        QVERIFY(previewed.wait(10000));
        QVERIFY(previewed.first().first().value<domain::PriceQuote>().total >= 0);

        const int before = space.server->bookingCount();
        QString failure;
        const domain::Booking booking = book(service, *slot, &failure);
        QVERIFY2(booking.id > 0, qPrintable(failure));
        QCOMPARE(booking.resourceId, slot->resourceId);
        QCOMPARE(booking.from, slot->from); // the wall clock survived the round trip
        QVERIFY(!booking.pending);
        QCOMPARE(space.server->bookingCount(), before + 1);

        // The slot is taken now.
        QCOMPARE(std::get<0>(availability(service, *slot)), false);

        QSignalSpy mine(&bookings, &MyBookingsRepository::myBookingsLoaded);
        bookings.loadMyBookings();
        QVERIFY(mine.wait(10000));
        const auto list = mine.first().first().value<QList<domain::Booking>>();
        QVERIFY(std::any_of(list.cbegin(), list.cend(), [&](const domain::Booking &b) { return b.id == booking.id; }));

        QSignalSpy fee(&bookings, &MyBookingsRepository::cancellationFeeLoaded);
        bookings.loadCancellationFee(booking.id);
        QVERIFY(fee.wait(10000));
        QCOMPARE(fee.first().at(0).toLongLong(), booking.id);

        QSignalSpy cancelled(&bookings, &MyBookingsRepository::bookingCancelled);
        bookings.cancel(booking.id);
        QVERIFY(cancelled.wait(10000));
        QSignalSpy cancelledList(&bookings, &MyBookingsRepository::cancelledBookingsLoaded);
        bookings.loadCancelledBookings();
        QVERIFY(cancelledList.wait(10000));
        const auto gone = cancelledList.first().first().value<QList<domain::Booking>>();
        QVERIFY(std::any_of(gone.cbegin(), gone.cend(), [&](const domain::Booking &b) { return b.id == booking.id; }));
    }

    void approvalNeededShowsAsPending()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        BookingCommands service(space.api());
        const auto slot = freeSlot(space, service, true);
        if (!slot)
            QSKIP("no free room needing approval in the demo data");
        QString failure;
        const domain::Booking booking = book(service, *slot, &failure);
        QVERIFY2(booking.id > 0, qPrintable(failure));
        QVERIFY(booking.pending);
    }

    void droppedConnectionDuringTheBookingPostNeverBooksTwice()
    {
        TestSpace space(startingAt(lateEvening));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        BookingCommands service(space.api());
        const auto slot = freeSlot(space, service, false);
        QVERIFY(slot.has_value());
        const int before = space.server->bookingCount();
        space.server->dropNext(1, QStringLiteral("/api/public/checkout/basket/invoice"));
        QSignalSpy unknown(&service, &BookingCommands::bookingOutcomeUnknown);
        QSignalSpy booked(&service, &BookingCommands::booked);
        service.book(*slot);
        QVERIFY(unknown.wait(15000));
        QVERIFY(booked.isEmpty());
        QVERIFY(!unknown.first().first().toString().isEmpty());
        QTest::qWait(300); // nothing else may arrive later
        QCOMPARE(space.server->requestCount("POST", QStringLiteral("/api/public/checkout/basket/invoice")), 1);
        QCOMPARE(space.server->bookingCount(), before + 1); // the server made it once; we did not send it again
    }

    // "My bookings" comes a hundred at a time, earliest first: a booking after a member's first
    // hundred upcoming ones is found on a later page, not reported as "does not appear".
    void aBookingPastTheFirstHundredIsFound()
    {
        emulator::EmulatorConfig config = startingAt(lateEvening);
        config.throttleEnabled = false; // a hundred bookings in a row; pacing is tested elsewhere
        TestSpace space(config);
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.api()->throttle().setTimeScale(100.0); // the client's own pacing too
        BookingCommands service(space.api());
        const auto first = freeSlot(space, service, false);
        QVERIFY(first.has_value());
        // Every free hour from there on (a room may want a gap between bookings: those are skipped).
        auto nextFree = [&](domain::BookingDraft draft) {
            for (int step = 0; step < 400; ++step) {
                draft.from = draft.from.addSecs(3600);
                draft.to = draft.from.addSecs(3600);
                if (std::get<0>(availability(service, draft)))
                    return std::optional<domain::BookingDraft>(draft);
            }
            return std::optional<domain::BookingDraft>();
        };
        std::optional<domain::BookingDraft> draft = first;
        for (int booked = 0; booked < 100; ++booked) {
            QVERIFY2(draft, qPrintable(QString::number(booked)));
            QString failure;
            QVERIFY2(book(service, *draft, &failure).id > 0, qPrintable(failure));
            draft = nextFree(*draft);
        }
        QVERIFY(draft);
        QString failure;
        const domain::Booking found = book(service, *draft, &failure); // after all of them: on the second page
        QVERIFY2(found.id > 0, qPrintable(failure));
        QCOMPARE(found.from, draft->from);
        QCOMPARE(found.resourceId, draft->resourceId);
    }

    void lateCancellationFeeAroundNewYear()
    {
        // 23:30 in Madrid on New Year's Eve: a booking at 00:30 is within any late-cancellation
        // limit of an hour or more, one on 3 January is not.
        const QDateTime newYearsEve(QDate(2026, 12, 31), QTime(22, 30), Qt::UTC);
        m_clock.emplace(newYearsEve, "Pacific/Auckland");
        TestSpace space(startingAt(newYearsEve));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        BookingCommands service(space.api());
        MyBookingsRepository bookings(space.api());
        std::optional<domain::Resource> room;
        for (const domain::Resource &r : publishedResources(space)) {
            const domain::BookingPolicy &p = r.policy;
            if (r.isBookableListing() && p.cancellationFee.charged && p.lateCancellationLimitMinutes.value_or(0) >= 60
                && p.lateBookingLimitMinutes.value_or(0) <= 30 && p.minBookingLengthMinutes.value_or(0) <= 60
                && !p.requiresConfirmation && !p.onlyForContacts && p.tariffIds.isEmpty() && p.teamIds.isEmpty()) {
                room = r;
                break;
            }
        }
        QVERIFY2(room, "the demo space has a room with a late-cancellation fee");
        auto feeOf = [&](const QDateTime &from) {
            domain::BookingDraft draft;
            draft.resourceId = room->id;
            draft.from = from;
            draft.to = from.addSecs(3600);
            QString failure;
            const domain::Booking booking = book(service, draft, &failure);
            if (booking.id <= 0)
                qWarning() << "not booked:" << failure;
            QSignalSpy fee(&bookings, &MyBookingsRepository::cancellationFeeLoaded);
            bookings.loadCancellationFee(booking.id);
            return fee.wait(10000) && booking.id > 0 ? std::optional<bool>(fee.first().at(1).toBool()) : std::nullopt;
        };
        QCOMPARE(dayAtSpace(0, 0).date(), QDate(2026, 12, 31));
        QCOMPARE(feeOf(QDateTime(QDate(2027, 1, 1), QTime(0, 30), Qt::UTC)), std::optional<bool>(true));
        QCOMPARE(feeOf(QDateTime(QDate(2027, 1, 3), QTime(10, 0), Qt::UTC)), std::optional<bool>(false));
    }

private:
    std::optional<core::ClockOverride> m_clock;
};

QTEST_GUILESS_MAIN(TestBookingCommands)
#include "tst_bookingservice.moc"
