// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Booking.h"

#include <QDate>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class BookingsView;
}
namespace models {
class BookingListModel;
class BookingSeriesTreeProxy;
}
namespace repository {
class MyBookingsRepository;
class SeriesCancellation;
}

//! "My bookings": upcoming, past and cancelled, a series as one item with its dates under it; cancel
//! with the late-cancellation fee shown first; export one booking, a series or every upcoming one as
//! an .ics file.
class BookingsView : public QWidget
{
    Q_OBJECT
public:
    //! Asks where to save a file; returns an empty path when the person cancels.
    using SavePathProvider = std::function<QString(const QString &suggestedName)>;
    //! Asks the person to confirm a cancellation with this text; true to go ahead.
    using Confirmer = std::function<bool(const QString &question)>;
    //! Asks which days of a series to cancel, between `earliest` and `latest` (both the series'
    //! upcoming days), starting at `suggested`; `countIn` says how many bookings a range holds.
    //! Returns false when the person cancels.
    using RangePicker = std::function<bool(QDate earliest, QDate latest, QDate suggested,
                                           const std::function<int(QDate, QDate)> &countIn, QDate *first, QDate *last)>;

    explicit BookingsView(QWidget *parent = nullptr);
    ~BookingsView() override;

    void setRepository(repository::MyBookingsRepository *service);
    //! IANA id of the space's zone, for the .ics files.
    void setTimeZone(const QString &timeZoneId);
    void setCurrencyCode(const QString &code) { m_currencyCode = code; }
    void setSavePathProvider(SavePathProvider provider) { m_savePath = std::move(provider); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setRangePicker(RangePicker picker) { m_pickRange = std::move(picker); }
    using SeriesCancellationFactory = std::function<repository::SeriesCancellation *(QObject *parent)>;
    //! Offers "Cancel this and later" on a booking of a series (AccountContext::newSeriesCancellation()).
    void setSeriesCancellationFactory(SeriesCancellationFactory factory);
    //! The flat list of bookings behind the tree.
    models::BookingListModel *model() const { return m_model; }
    //! The list's index of the flat model's `flatRow` (a child of its series' item, or top-level).
    QModelIndex indexOfRow(int flatRow) const;

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    //! The current booking; on a series' item, the series' next upcoming booking, if any.
    std::optional<domain::Booking> chosenBooking() const;
    bool seriesChosen() const;
    //! Lists only the bookings of `day` (the space's day); an invalid day lists every day.
    void showDay(QDate day);
    void updateMonth();
    void cancelSelected();
    //! The chosen booking of a series and every later one.
    void cancelSeriesFromSelected();
    //! The series' bookings on the days the person picks.
    void cancelSeriesRange();
    //! Several bookings of one series: their fees first, then one question, then one by one.
    void cancelSeriesBookings(const QList<domain::Booking> &picked);
    QList<domain::Booking> shownBookings() const;
    void exportBookings(bool onlySelected);
    void showStatus(const QString &text);

    std::unique_ptr<Ui::BookingsView> m_ui;
    models::BookingListModel *m_model;
    models::BookingSeriesTreeProxy *m_tree;
    QPointer<repository::MyBookingsRepository> m_service;
    QString m_timeZoneId;
    QString m_currencyCode;
    SavePathProvider m_savePath;
    Confirmer m_confirm;
    RangePicker m_pickRange;
    qint64 m_cancelling = 0;
    SeriesCancellationFactory m_seriesCancellation;
    //! One series cancellation at a time: a second would ask the same fees and cancel the same dates.
    bool m_seriesCancelling = false;
    QDate m_shownDay;
};
