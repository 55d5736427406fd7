// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Booking.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace models {

//! The member's bookings, one list: upcoming, past and cancelled, told apart by a role and by the
//! text shown, never by colour alone.
class BookingListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, //!< qint64 booking id
        ResourceNameRole,          //!< room name
        LocationRole,              //!< location (business) name
        FromRole,                  //!< QDateTime, the space's wall clock (sort by this)
        ToRole,                    //!< QDateTime
        WhenTextRole,              //!< "Fri 4 Dec, 14:00–15:00" in the app's locale
        StateRole,                 //!< State value
        StateTextRole,             //!< "Upcoming", "Pending approval", "Past", "Cancelled"
        BookingRole,               //!< the whole domain::Booking
    };
    Q_ENUM(Role)
    enum class State { Upcoming, Pending, Past, Cancelled };
    Q_ENUM(State)

    explicit BookingListModel(QObject *parent = nullptr);

    //! The space's IANA zone: "now" there (core::Clock) tells upcoming from past, whatever the
    //! computer's own zone. Empty means the computer's zone.
    void setTimeZone(const QString &timeZoneId);
    //! Reads the clock again (time passes while the list is open); states that changed are signalled.
    void refreshNow();
    void setBookings(QList<domain::Booking> bookings);
    domain::Booking bookingAt(int row) const { return m_bookings.value(row); }
    QList<domain::Booking> upcoming() const;
    //! How many bookings that are not cancelled start on each of the space's days.
    QHash<QDate, int> countPerDay() const;
    State stateOf(const domain::Booking &booking) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString whenText(const domain::Booking &booking) const;

    QList<domain::Booking> m_bookings;
    QString m_timeZoneId;
    QDateTime m_now; //!< the space's wall clock, Qt::UTC carrier like the bookings
};

} // namespace models
