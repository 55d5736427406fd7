// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QWidget>
#include <memory>

class BusyTimesFeed;
class QAbstractItemModel;
class ScheduleView;

namespace Ui {
class SchedulePage;
}
namespace models {
class ScheduleModel;
}
namespace repository {
class AccountContext;
}

//! The Schedule tab (`--view schedule`): one day of the space across the filtered rooms, the day's
//! busy times in one request, the member's own bookings marked, and the day picked with buttons or
//! keys. Booking a slot is asked of whoever books rooms (bookRequested): one booking flow.
class SchedulePage : public QWidget
{
    Q_OBJECT
public:
    explicit SchedulePage(QWidget *parent = nullptr);
    ~SchedulePage() override;

    //! The rooms of the current filter (the list's and the cards' proxy); not owned.
    void setRooms(QAbstractItemModel *rooms);
    //! The account whose busy times and bookings show; null shows nothing.
    void setContext(repository::AccountContext *context);
    void setTimeZone(const QString &zoneId);
    //! Non-empty: booking is not possible now (offline); Enter and double-click say why instead.
    void setBookingBlockedReason(const QString &reason);
    void showDay(QDate day);
    //! Asks again for the day's busy times (after a booking).
    void reload();

    QDate day() const;
    ScheduleView *view() const;
    models::ScheduleModel *model() const { return m_model; }
    //! The day's busy times have arrived or failed (for --screenshot).
    bool isSettled() const;

Q_SIGNALS:
    void bookRequested(qint64 resourceId, const QDateTime &start, int minutes);
    //! isSettled() may have changed.
    void progressed();

protected:
    void changeEvent(QEvent *event) override;
    //! The day's busy times are asked for only once the schedule is looked at.
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showState(const QString &text);
    //! Asks for the shown day's busy times unless they are here or on their way.
    void loadIfShown();

    std::unique_ptr<Ui::SchedulePage> m_ui;
    models::ScheduleModel *m_model;
    BusyTimesFeed *m_busyTimes;
    QPointer<repository::AccountContext> m_context;
    QMetaObject::Connection m_bookingsConnection;
    QString m_blockedReason;
    QString m_zoneId;
    QDate m_answeredDay; //!< the day whose busy times (or failure) came last
};
