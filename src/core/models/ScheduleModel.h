// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Booking.h"
#include "domain/BusySlot.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>

namespace models {

//! One day of the space as a grid: a row per room of the rooms model it follows (the filtered
//! rooms of the list and the cards), a column per 30-minute slot of the shown hours, in the space's
//! wall clock. A slot is free, busy (anyone's booking, never said whose), mine (labelled), or past.
class ScheduleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class State { Free, Busy, Mine, Past };
    Q_ENUM(State)
    enum Role {
        StateRole = Qt::UserRole + 1, //!< int: State
        ResourceIdRole,               //!< qint64: the row's room
        SlotStartRole,                //!< QDateTime: the slot's start, wall-clock digits in a Qt::UTC carrier
    };
    static constexpr int slotMinutes = 30;

    explicit ScheduleModel(QObject *parent = nullptr);

    //! The rooms to show as rows (not owned), column 0 carrying the room id at Qt::UserRole + 1
    //! and its name as DisplayRole; the rows follow its filter and order.
    void setRooms(QAbstractItemModel *rooms);
    //! The space's IANA zone: "now" (the past, the time line, today) is read in it.
    void setTimeZone(const QString &zoneId);
    void setDay(QDate day);
    QDate day() const { return m_day; }
    //! The space's busy times of the day (anyone's), as BusyTimesLoader reads them.
    void setBusySlots(const QList<domain::BusySlot> &slots);
    //! The member's own bookings: the busy times they cover are shown as mine.
    void setMyBookings(const QList<domain::Booking> &bookings);

    //! The day at the space today, by core::Clock.
    QDate today() const;
    //! Minutes after midnight of the space's "now" when the day shown is today; -1 otherwise.
    int nowMinute() const;
    //! Shown hours: 07:00–21:00, widened to take in every busy time of the day.
    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }

    qint64 resourceIdAt(int row) const;
    //! The row of a room among the rows shown; -1 when it is filtered out.
    int rowForResource(qint64 resourceId) const;
    QString roomNameAt(int row) const;
    QDateTime slotStart(int column) const;
    //! "09:30", "24:00": a time of the shown day as the room details' day strip writes it.
    static QString clockText(int minuteOfDay);
    //! "09:00–10:30": `minutes` from `start` (a slot's start).
    static QString spanText(const QDateTime &start, int minutes);
    State stateAt(int row, int column) const;
    //! "Your booking" on mine (with "waiting for approval" when pending), "Busy", "Past" or "Free".
    QString labelAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Block {
        int from = 0; //!< minutes after midnight of the day shown, [from, to)
        int to = 0;
        bool mine = false;
        bool pending = false;
    };
    void rebuild();
    const Block *blockAt(int row, int column) const;
    int slotFromMinute(int column) const { return m_firstHour * 60 + column * slotMinutes; }

    QPointer<QAbstractItemModel> m_rooms;
    QList<QMetaObject::Connection> m_roomConnections;
    QString m_zoneId;
    QDate m_day;
    QList<domain::BusySlot> m_slots;
    QList<domain::Booking> m_mine;
    QHash<qint64, QList<Block>> m_blocks; //!< per room, sorted by start
    int m_firstHour = 7;
    int m_lastHour = 21;
};

} // namespace models
