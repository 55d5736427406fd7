// SPDX-License-Identifier: GPL-3.0-or-later
// Rooms of the emulator's demo space picked by their rules, for tests that book.
#pragma once

#include "TestSpace.h"
#include "domain/Resource.h"
#include "repository/BookingCommands.h"
#include "repository/SeriesBooking.h"

#include <optional>

namespace publishedrooms {

//! The first page of a list, read as `Record::fromJson` reads each record.
template<typename Record>
QList<Record> firstPage(TestSpace &space, const QString &path, const api::ListQuery &query)
{
    auto *request = space.api()->list(path, query);
    QList<Record> records;
    QObject::connect(request, &api::ListRequest::pageLoaded, [&records](const api::ListPage &page) {
        for (const QJsonValue &r : page.records)
            records.append(Record::fromJson(r.toObject()));
    });
    QSignalSpy finished(request, &api::ApiRequest::finished);
    finished.wait(10000);
    return records;
}

inline QList<domain::Resource> all(TestSpace &space)
{
    return firstPage<domain::Resource>(space, QStringLiteral("/api/public/resources/published/details"), api::ListQuery().size(500));
}

inline bool noLimitBelow(const std::optional<int> &limit, int atLeast)
{
    return !limit || *limit <= 0 || *limit >= atLeast;
}

//! A room anyone may book for an hour at 10:00 on the weeks ahead, one booking at a time, whose
//! repeat quantity limit is `quantityLimit` (0: none).
inline std::optional<domain::Resource> weeklyRoom(TestSpace &space, int quantityLimit)
{
    for (const domain::Resource &r : all(space)) {
        const domain::BookingPolicy &p = r.policy;
        const bool quantityMatches = quantityLimit > 0 ? p.repeatBookingQuantityLimit == quantityLimit
                                                       : noLimitBelow(p.repeatBookingQuantityLimit, 1000);
        if (r.isBookableListing() && !p.requiresConfirmation && !p.onlyForContacts && p.tariffIds.isEmpty() && p.teamIds.isEmpty()
            && !p.allowMultipleBookings && quantityMatches && noLimitBelow(p.repeatBookingPeriodLimitInMonths, 4)
            && (!p.bookInAdvanceLimitDays || *p.bookInAdvanceLimitDays <= 0 || *p.bookInAdvanceLimitDays >= 90)
            && noLimitBelow(p.maxBookingLengthMinutes, 60) && (!p.minBookingLengthMinutes || *p.minBookingLengthMinutes <= 60))
            return r;
    }
    return std::nullopt;
}

//! Books `draft` as another person of the same space (the staff demo account): a conflict for the member.
inline bool bookAsSomeoneElse(TestSpace &space, const domain::BookingDraft &draft)
{
    auth::AccountSession other(space.server->baseUrl(), QStringLiteral("admin@demo.test"));
    QSignalSpy signedIn(other.auth(), &auth::AuthService::signedIn);
    other.auth()->signIn(QStringLiteral("admin@demo.test"), QStringLiteral("demo"));
    if (!signedIn.wait(10000))
        return false;
    repository::BookingCommands commands(other.api());
    QSignalSpy booked(&commands, &repository::BookingCommands::booked);
    commands.book(draft);
    return booked.wait(15000);
}

//! Asks about every date of `series` and waits for the answers.
inline bool checkEveryDate(repository::SeriesBooking &series, int timeoutMs)
{
    QSignalSpy checked(&series, &repository::SeriesBooking::checkFinished);
    series.check();
    return checked.wait(timeoutMs);
}

//! Books the free dates of `series` and waits until each was asked for.
inline bool bookFreeDates(repository::SeriesBooking &series, int timeoutMs)
{
    QSignalSpy finished(&series, &repository::SeriesBooking::bookingFinished);
    series.bookFree();
    return finished.wait(timeoutMs);
}

} // namespace publishedrooms
