// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCalendarWidget>
#include <QDate>
#include <QHash>

//! My bookings' month overview: a month grid whose days carry how many bookings they hold.
//! The counts are the space's days (the bookings' wall clock), handed in by the view.
class BookingMonthCalendar : public QCalendarWidget
{
    Q_OBJECT
public:
    explicit BookingMonthCalendar(QWidget *parent = nullptr);

    void setCounts(const QHash<QDate, int> &countPerDay);
    int countOn(QDate day) const { return m_counts.value(day); }

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;
    void changeEvent(QEvent *event) override;

private:
    //! Bold days with a tooltip ("2 bookings"), so the count is also read out and hovered.
    void applyFormats(const QHash<QDate, int> &previous);

    QHash<QDate, int> m_counts;
};
