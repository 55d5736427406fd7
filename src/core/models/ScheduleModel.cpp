// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleModel.h"

#include "clock/Clock.h"

#include <algorithm>

namespace models {

namespace {
constexpr int idRole = Qt::UserRole + 1; // the id role of every resource model here

//! Minutes after the day's midnight of a wall-clock time (both Qt::UTC carriers: a day has 24 hours
//! of digits, whatever the space's summer time does).
int minuteOfDay(const QDateTime &dayStart, const QDateTime &time)
{
    return int(std::clamp<qint64>(dayStart.secsTo(time) / 60, 0, 24 * 60));
}
} // namespace

ScheduleModel::ScheduleModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScheduleModel::setRooms(QAbstractItemModel *rooms)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_roomConnections))
        disconnect(connection);
    m_roomConnections.clear();
    m_rooms = rooms;
    if (rooms) {
        // Rows come and go with the rooms' filter; moves and sorts re-read the grid (it holds no
        // per-row state of its own, so a reset costs nothing but a repaint).
        auto isTop = [](const QModelIndex &parent) { return !parent.isValid(); };
        m_roomConnections = {
            connect(rooms, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this, isTop](const QModelIndex &parent, int first, int last) {
                        if (isTop(parent))
                            beginInsertRows({}, first, last);
                    }),
            connect(rooms, &QAbstractItemModel::rowsInserted, this,
                    [this, isTop](const QModelIndex &parent) {
                        if (isTop(parent))
                            endInsertRows();
                    }),
            connect(rooms, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this, isTop](const QModelIndex &parent, int first, int last) {
                        if (isTop(parent))
                            beginRemoveRows({}, first, last);
                    }),
            connect(rooms, &QAbstractItemModel::rowsRemoved, this,
                    [this, isTop](const QModelIndex &parent) {
                        if (isTop(parent))
                            endRemoveRows();
                    }),
            connect(rooms, &QAbstractItemModel::modelAboutToBeReset, this, &ScheduleModel::beginResetModel),
            connect(rooms, &QAbstractItemModel::modelReset, this, &ScheduleModel::endResetModel),
            connect(rooms, &QAbstractItemModel::layoutAboutToBeChanged, this, &ScheduleModel::beginResetModel),
            connect(rooms, &QAbstractItemModel::layoutChanged, this, &ScheduleModel::endResetModel),
            connect(rooms, &QAbstractItemModel::rowsAboutToBeMoved, this, &ScheduleModel::beginResetModel),
            connect(rooms, &QAbstractItemModel::rowsMoved, this, &ScheduleModel::endResetModel),
            connect(rooms, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        if (!topLeft.parent().isValid() && columnCount() > 0)
                            Q_EMIT headerDataChanged(Qt::Vertical, topLeft.row(), bottomRight.row());
                    }),
        };
    }
    endResetModel();
}

void ScheduleModel::setTimeZone(const QString &zoneId)
{
    if (zoneId == m_zoneId)
        return;
    beginResetModel(); // "today" and the past move with the zone
    m_zoneId = zoneId;
    endResetModel();
}

void ScheduleModel::setDay(QDate day)
{
    if (day == m_day)
        return;
    beginResetModel();
    m_day = day;
    m_slots.clear(); // another day's busy times never show on this one
    rebuild();
    endResetModel();
}

void ScheduleModel::setBusySlots(const QList<domain::BusySlot> &slots)
{
    beginResetModel(); // the shown hours may widen
    m_slots = slots;
    rebuild();
    endResetModel();
}

void ScheduleModel::setMyBookings(const QList<domain::Booking> &bookings)
{
    beginResetModel();
    m_mine = bookings;
    rebuild();
    endResetModel();
}

void ScheduleModel::rebuild()
{
    m_blocks.clear();
    m_firstHour = 7;
    m_lastHour = 21;
    if (!m_day.isValid())
        return;
    const QDateTime dayStart(m_day, QTime(0, 0), Qt::UTC);
    const QDateTime dayEnd = dayStart.addDays(1);
    auto add = [&](qint64 resourceId, const QDateTime &from, const QDateTime &to, bool mine, bool pending) {
        if (!(from < dayEnd && dayStart < to))
            return;
        Block block{minuteOfDay(dayStart, from), minuteOfDay(dayStart, to), mine, pending};
        if (block.to <= block.from)
            return;
        m_blocks[resourceId].append(block);
        m_firstHour = std::min(m_firstHour, block.from / 60);
        m_lastHour = std::max(m_lastHour, (block.to + 59) / 60);
    };
    // Mine first: where one of my bookings covers a busy time, the block is mine.
    for (const domain::Booking &booking : std::as_const(m_mine)) {
        if (!booking.cancelled)
            add(booking.resourceId, booking.from, booking.to, true, booking.pending);
    }
    for (const domain::BusySlot &slot : std::as_const(m_slots))
        add(slot.resourceId, slot.from, slot.to, false, false);
    for (QList<Block> &blocks : m_blocks)
        std::stable_sort(blocks.begin(), blocks.end(), [](const Block &a, const Block &b) { return a.from < b.from; });
}

QDate ScheduleModel::today() const
{
    return core::Clock::wallClockIn(m_zoneId).date();
}

int ScheduleModel::nowMinute() const
{
    const QDateTime now = core::Clock::wallClockIn(m_zoneId);
    if (now.date() != m_day)
        return -1;
    return now.time().hour() * 60 + now.time().minute();
}

qint64 ScheduleModel::resourceIdAt(int row) const
{
    if (!m_rooms || row < 0 || row >= rowCount())
        return 0;
    return m_rooms->index(row, 0).data(idRole).toLongLong();
}

int ScheduleModel::rowForResource(qint64 resourceId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (resourceIdAt(row) == resourceId)
            return row;
    }
    return -1;
}

QString ScheduleModel::roomNameAt(int row) const
{
    if (!m_rooms || row < 0 || row >= rowCount())
        return {};
    return m_rooms->index(row, 0).data(Qt::DisplayRole).toString();
}

QString ScheduleModel::clockText(int minuteOfDay)
{
    return minuteOfDay >= 24 * 60 ? QStringLiteral("24:00")
                                  : QTime(0, 0).addSecs(60 * qint64(minuteOfDay)).toString(QStringLiteral("HH:mm"));
}

QString ScheduleModel::spanText(const QDateTime &start, int minutes)
{
    const int from = start.time().hour() * 60 + start.time().minute();
    return clockText(from) + u'–' + clockText(from + minutes);
}

QDateTime ScheduleModel::slotStart(int column) const
{
    if (!m_day.isValid() || column < 0 || column >= columnCount())
        return {};
    return QDateTime(m_day, QTime(0, 0), Qt::UTC).addSecs(qint64(slotFromMinute(column)) * 60);
}

const ScheduleModel::Block *ScheduleModel::blockAt(int row, int column) const
{
    const auto found = m_blocks.constFind(resourceIdAt(row));
    if (found == m_blocks.cend())
        return nullptr;
    const int from = slotFromMinute(column);
    const int to = from + slotMinutes;
    for (const Block &block : *found) {
        if (block.from < to && from < block.to)
            return &block; // mine came first, so a slot under one of my bookings is mine
    }
    return nullptr;
}

ScheduleModel::State ScheduleModel::stateAt(int row, int column) const
{
    if (const Block *block = blockAt(row, column))
        return block->mine ? State::Mine : State::Busy;
    const int now = nowMinute();
    const bool past = m_day < today() || (now >= 0 && slotFromMinute(column) + slotMinutes <= now);
    return past ? State::Past : State::Free;
}

QString ScheduleModel::labelAt(int row, int column) const
{
    const Block *block = blockAt(row, column);
    switch (stateAt(row, column)) {
    case State::Mine:
        return block && block->pending ? tr("Your booking (waiting for approval)") : tr("Your booking");
    case State::Busy:
        return tr("Busy");
    case State::Past:
        return tr("Past");
    case State::Free:
        break;
    }
    return tr("Free");
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rooms ? 0 : m_rooms->rowCount();
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_day.isValid() ? 0 : (m_lastHour - m_firstHour) * 60 / slotMinutes;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return stateAt(row, column) == State::Mine ? labelAt(row, column) : QString();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        //: room, slot start–end: state (e.g. "Room 1, 09:00–09:30: Busy")
        return tr("%1, %2: %3").arg(roomNameAt(row), spanText(slotStart(column), slotMinutes), labelAt(row, column));
    }
    case StateRole:
        return int(stateAt(row, column));
    case ResourceIdRole:
        return resourceIdAt(row);
    case SlotStartRole:
        return slotStart(column);
    default:
        return {};
    }
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < rowCount() ? roomNameAt(section) : QVariant();
    if (section >= columnCount())
        return {};
    return clockText(slotFromMinute(section));
}

} // namespace models
