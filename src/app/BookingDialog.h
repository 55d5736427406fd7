// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SeriesPanel.h"
#include "domain/Resource.h"
#include "repository/BookingCommands.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QPushButton;

class QTimer;

namespace Ui {
class BookingDialog;
}

//! Books one room: a day, start and length in the space's time zone (labelled), the room's rules,
//! a live availability check with the reason when it cannot be booked, the price, and the booking
//! itself, which is sent once and never retried behind the person's back. With a series factory it
//! also books a series (SeriesPanel): every date checked and listed first, then the free ones.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    //! Talks to the space through `commands` (AccountContext::newBookingCommands()), which it takes
    //! over: its answers reach this dialog only. Null: nothing can be booked.
    BookingDialog(const domain::Resource &resource, repository::BookingCommands *commands, QWidget *parent = nullptr);
    ~BookingDialog() override;

    //! The space's IANA time zone; "now", the label and (until a window is set) the proposed slot follow it.
    void setTimeZone(const QString &timeZoneId);
    void setCoworkerId(qint64 id) { m_coworkerId = id; }
    //! Offers "Repeat this booking" (SeriesPanel); its series come from `factory`
    //! (AccountContext::newSeriesBooking()). Without one, only single bookings.
    void setSeriesFactory(SeriesPanel::SeriesFactory factory);
    //! How many dates of a series were booked (0 for a single booking).
    int seriesBookedCount() const { return m_seriesBooked; }
    //! Sets the window to book (the space's wall-clock time). Without one, the dialog proposes the next
    //! slot the room's rules allow (domain::nextBookableStart), as the filter panel does.
    void setWindow(const QDateTime &start, int minutes);
    domain::BookingDraft draft() const;
    //! The booking made, once accepted.
    domain::Booking booking() const { return m_booking; }
    //! The space's wall-clock time now (a Qt::UTC carrier), in `timeZoneId` (system zone when empty).
    static QDateTime nowAtSpace(const QString &timeZoneId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void proposeNextSlot();
    void scheduleCheck();
    void check();
    void book();
    void setAvailability(bool ok, const QString &text);
    //! One place decides the button: a single booking once its check passed, a series once every
    //! date was checked and one is free.
    void updateBookButton();
    void retranslate();

    std::unique_ptr<Ui::BookingDialog> m_ui;
    domain::Resource m_resource;
    QPointer<repository::BookingCommands> m_service;
    QPushButton *m_bookButton;
    QTimer *m_checkDebounce;
    QString m_timeZoneId;
    qint64 m_coworkerId = 0;
    int m_checksInFlight = 0;
    bool m_bookingInFlight = false;
    bool m_windowChosen = false;
    bool m_singleAvailable = false;
    domain::Booking m_booking;
    SeriesPanel *m_seriesPanel = nullptr;
    int m_seriesBooked = 0;
};
