// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Booking.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class BookingsView;
}
namespace models {
class BookingListModel;
}
namespace repository {
class MyBookingsRepository;
class SeriesCancellation;
}

//! "My bookings": upcoming, past and cancelled; cancel with the late-cancellation fee shown first;
//! export one booking or every upcoming one as an .ics file.
class BookingsView : public QWidget
{
    Q_OBJECT
public:
    //! Asks where to save a file; returns an empty path when the person cancels.
    using SavePathProvider = std::function<QString(const QString &suggestedName)>;
    //! Asks the person to confirm a cancellation with this text; true to go ahead.
    using Confirmer = std::function<bool(const QString &question)>;

    explicit BookingsView(QWidget *parent = nullptr);
    ~BookingsView() override;

    void setRepository(repository::MyBookingsRepository *service);
    //! IANA id of the space's zone, for the .ics files.
    void setTimeZone(const QString &timeZoneId);
    void setCurrencyCode(const QString &code) { m_currencyCode = code; }
    void setSavePathProvider(SavePathProvider provider) { m_savePath = std::move(provider); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    using SeriesCancellationFactory = std::function<repository::SeriesCancellation *(QObject *parent)>;
    //! Offers "Cancel this and later" on a booking of a series (AccountContext::newSeriesCancellation()).
    void setSeriesCancellationFactory(SeriesCancellationFactory factory);
    models::BookingListModel *model() const { return m_model; }

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void cancelSelected();
    //! The chosen booking of a series and every later one: their fees first, then one question.
    void cancelSeriesFromSelected();
    QList<domain::Booking> shownBookings() const;
    void exportBookings(bool onlySelected);
    void showStatus(const QString &text);

    std::unique_ptr<Ui::BookingsView> m_ui;
    models::BookingListModel *m_model;
    QPointer<repository::MyBookingsRepository> m_service;
    QString m_timeZoneId;
    QString m_currencyCode;
    SavePathProvider m_savePath;
    Confirmer m_confirm;
    qint64 m_cancelling = 0;
    SeriesCancellationFactory m_seriesCancellation;
};
