// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BookingDraft.h"
#include "domain/BookingPolicy.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QTimer;

namespace Ui {
class SeriesPanel;
}
namespace models {
class SeriesOccurrenceModel;
}
namespace repository {
class SeriesBooking;
}

//! The repeat part of the booking dialog: how the booking repeats, within the room's repeat limits
//! (said in words before anything is asked), every date of the series checked with the space and
//! listed with its price or, when it cannot be booked, the reason; then the free ones booked.
class SeriesPanel : public QWidget
{
    Q_OBJECT
public:
    using SeriesFactory = std::function<repository::SeriesBooking *(QObject *parent)>;

    SeriesPanel(const domain::BookingPolicy &policy, SeriesFactory factory, QWidget *parent = nullptr);
    ~SeriesPanel() override;

    //! The first booking of the series (the dialog's day, time and length) in the space's zone.
    void setFirst(const domain::BookingDraft &first, const QTimeZone &zone);
    bool isRepeating() const;
    //! Checked, nothing in flight, and at least one date free.
    bool canBook() const;
    int freeCount() const;
    bool isBusy() const;
    //! Once booking starts, the series is what was sent: the choices stay as they were.
    bool hasStartedBooking() const { return m_bookingStarted; }
    void bookFree(const QString &notes);
    repository::SeriesBooking *series() const;

Q_SIGNALS:
    //! Repeating on or off, a check or a booking step done: the dialog updates its button.
    void stateChanged();
    //! Every free date was asked for; `allBooked` when each of them is booked.
    void bookingFinished(bool allBooked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleExpansion();
    void expandAndCheck();
    void updateRuleWidgets();
    void updateSummary();
    //! The spin boxes' words around their numbers, which follow the number and the frequency.
    void updateAffixes();
    void retranslate();

    std::unique_ptr<Ui::SeriesPanel> m_ui;
    domain::BookingPolicy m_policy;
    SeriesFactory m_factory;
    models::SeriesOccurrenceModel *m_model;
    QList<QCheckBox *> m_weekdays;
    QTimer *m_debounce;
    QPointer<repository::SeriesBooking> m_series;
    domain::BookingDraft m_first;
    QTimeZone m_zone;
    bool m_cutByQuantity = false;
    bool m_cutByPeriod = false;
    bool m_bookingStarted = false;
};
