// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BusySlot.h"

#include <QDate>
#include <QWidget>

//! One room's day as a bar: busy times hatched and labelled "Busy", free times plain, hours marked.
//! State is never shown by colour alone, and the accessible description lists the slots in words.
class DayTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit DayTimeline(QWidget *parent = nullptr);

    //! The busy slots of one room on `day` (others are ignored); an invalid day means "unknown".
    void setDay(QDate day, const QList<domain::BusySlot> &slots);
    void setRoomName(const QString &name);

    //! Busy and free stretches of the shown hours, in order: {start, end, busy}.
    struct Stretch {
        QTime from;
        QTime to;
        bool busy = false;
        bool operator==(const Stretch &) const = default;
    };
    QList<Stretch> stretches() const;
    //! "Busy 09:00–11:00. Free 07:00–09:00, 11:00–21:00."
    QString describe() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshAccessibility();
    //! Shown hours: 07:00–21:00, widened to take in any busy slot.
    int firstHour() const;
    int lastHour() const;

    QDate m_day;
    QString m_roomName;
    QList<QPair<int, int>> m_busy; //!< minutes of the day, [from, to), merged and sorted
};
