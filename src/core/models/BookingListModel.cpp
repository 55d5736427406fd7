// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingListModel.h"
#include "RoleNames.h"

#include "clock/Clock.h"

#include <QLocale>

#include <algorithm>

namespace models {

BookingListModel::BookingListModel(QObject *parent) : QAbstractListModel(parent), m_now(core::Clock::wallClockIn({})) {}

void BookingListModel::setTimeZone(const QString &timeZoneId)
{
    m_timeZoneId = timeZoneId;
    refreshNow();
}

void BookingListModel::refreshNow()
{
    m_now = core::Clock::wallClockIn(m_timeZoneId);
    if (!m_bookings.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_bookings.size()) - 1), {StateRole, StateTextRole});
}

void BookingListModel::setBookings(QList<domain::Booking> bookings)
{
    m_now = core::Clock::wallClockIn(m_timeZoneId);
    // Upcoming first, soonest on top; then the past, most recent on top; cancelled last.
    std::stable_sort(bookings.begin(), bookings.end(), [this](const domain::Booking &a, const domain::Booking &b) {
        const int rankA = a.cancelled ? 2 : (a.isUpcoming(m_now) ? 0 : 1);
        const int rankB = b.cancelled ? 2 : (b.isUpcoming(m_now) ? 0 : 1);
        if (rankA != rankB)
            return rankA < rankB;
        return rankA == 0 ? a.from < b.from : a.from > b.from;
    });
    beginResetModel();
    m_bookings = std::move(bookings);
    endResetModel();
}

QList<domain::Booking> BookingListModel::upcoming() const
{
    QList<domain::Booking> result;
    for (const domain::Booking &booking : m_bookings) {
        if (booking.isUpcoming(m_now))
            result.append(booking);
    }
    return result;
}

QHash<QDate, int> BookingListModel::countPerDay() const
{
    QHash<QDate, int> counts;
    for (const domain::Booking &booking : m_bookings) {
        if (!booking.cancelled)
            ++counts[booking.from.date()];
    }
    return counts;
}

BookingListModel::State BookingListModel::stateOf(const domain::Booking &booking) const
{
    if (booking.cancelled)
        return State::Cancelled;
    if (!booking.isUpcoming(m_now))
        return State::Past;
    return booking.pending ? State::Pending : State::Upcoming;
}

int BookingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

QString BookingListModel::whenText(const domain::Booking &booking) const
{
    const QLocale locale;
    const QString day = locale.toString(booking.from.date(), QLocale::ShortFormat);
    return tr("%1, %2–%3")
        .arg(day, locale.toString(booking.from.time(), QLocale::ShortFormat),
             locale.toString(booking.to.time(), QLocale::ShortFormat));
}

QVariant BookingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Booking &booking = m_bookings.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = whenText(booking);
        if (!booking.seriesId.isEmpty())
            return tr("%1 — %2 (%3, repeating)").arg(booking.resourceName, when, data(index, StateTextRole).toString());
        return tr("%1 — %2 (%3)").arg(booking.resourceName, when, data(index, StateTextRole).toString());
    }
    case IdRole:
        return booking.id;
    case ResourceNameRole:
        return booking.resourceName;
    case LocationRole:
        return booking.locationName;
    case FromRole:
        return booking.from;
    case ToRole:
        return booking.to;
    case WhenTextRole:
        return whenText(booking);
    case StateRole:
        return QVariant::fromValue(stateOf(booking));
    case StateTextRole:
        switch (stateOf(booking)) {
        case State::Upcoming:
            return tr("Upcoming");
        case State::Pending:
            return tr("Pending approval");
        case State::Past:
            return tr("Past");
        case State::Cancelled:
            return tr("Cancelled");
        }
        return {};
    case BookingRole:
        return QVariant::fromValue(booking);
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QHash<int, QByteArray> BookingListModel::roleNames() const
{
    return withRoleNames(staticMetaObject, QAbstractListModel::roleNames());
}

} // namespace models
