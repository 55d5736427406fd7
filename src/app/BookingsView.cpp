// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingsView.h"

#include "ui_BookingsView.h"

#include "SeriesRangeDialog.h"

#include "calendar/IcsWriter.h"
#include "clock/Clock.h"
#include "models/BookingListModel.h"
#include "models/BookingSeriesTreeProxy.h"
#include "repository/MyBookingsRepository.h"
#include "repository/SeriesCancellation.h"

#include "domain/Money.h"

#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>

BookingsView::BookingsView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BookingsView>()), m_model(new models::BookingListModel(this)),
      m_tree(new models::BookingSeriesTreeProxy(this))
{
    m_ui->setupUi(this);
    m_tree->setSourceModel(m_model);
    m_ui->bookingList->setModel(m_tree);
    // The dates of a series are what the person looks for: shown, not folded away.
    connect(m_tree, &QAbstractItemModel::modelReset, m_ui->bookingList, &QTreeView::expandAll);
    m_savePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export to calendar"), suggested, tr("Calendar files (*.ics)"));
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Cancel booking"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
               == QMessageBox::Yes;
    };
    m_pickRange = [this](QDate earliest, QDate latest, QDate suggested, const std::function<int(QDate, QDate)> &countIn,
                         QDate *first, QDate *last) {
        SeriesRangeDialog dialog(earliest, latest, suggested, countIn, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *first = dialog.first();
        *last = dialog.last();
        return true;
    };
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &BookingsView::reload);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &BookingsView::cancelSelected);
    connect(m_ui->cancelLaterButton, &QPushButton::clicked, this, &BookingsView::cancelSeriesFromSelected);
    connect(m_ui->cancelRangeButton, &QPushButton::clicked, this, &BookingsView::cancelSeriesRange);
    connect(m_ui->exportOneButton, &QPushButton::clicked, this, [this] { exportBookings(true); });
    connect(m_ui->exportAllButton, &QPushButton::clicked, this, [this] { exportBookings(false); });
    connect(m_ui->bookingList->selectionModel(), &QItemSelectionModel::currentChanged, this, &BookingsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookingsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookingsView::updateMonth);
    connect(m_ui->monthCalendar, &QCalendarWidget::clicked, this, &BookingsView::showDay);
    connect(m_ui->monthCalendar, &QCalendarWidget::activated, this, &BookingsView::showDay);
    connect(m_ui->allDaysButton, &QPushButton::clicked, this, [this] { showDay(QDate()); });
    m_ui->monthCalendar->setSelectedDate(core::Clock::wallClockIn(QString()).date());
}

BookingsView::~BookingsView() = default;

void BookingsView::setTimeZone(const QString &timeZoneId)
{
    m_timeZoneId = timeZoneId;
    m_model->setTimeZone(timeZoneId); // upcoming and past are the space's, not the computer's
    m_ui->monthCalendar->setSelectedDate(core::Clock::wallClockIn(timeZoneId).date());
}

void BookingsView::updateMonth()
{
    m_ui->monthCalendar->setCounts(m_model->countPerDay());
    showDay(m_shownDay);
}

void BookingsView::showDay(QDate day)
{
    m_shownDay = day;
    int shown = 0;
    QTreeView *list = m_ui->bookingList;
    for (int item = 0; item < m_tree->rowCount(); ++item) {
        const QModelIndex top = m_tree->index(item, 0);
        bool anyShown = false;
        for (int row : m_tree->sourceRowsOf(top)) {
            const bool hide = day.isValid() && m_model->bookingAt(row).from.date() != day;
            const QModelIndex at = indexOfRow(row);
            if (at.parent().isValid())
                list->setRowHidden(at.row(), at.parent(), hide);
            anyShown = anyShown || !hide;
            shown += hide ? 0 : 1;
        }
        // A series' item stays while one of its dates is listed.
        list->setRowHidden(item, QModelIndex(), !anyShown);
    }
    const QModelIndex current = list->currentIndex();
    if (current.isValid()
        && (list->isRowHidden(current.row(), current.parent())
            || (current.parent().isValid() && list->isRowHidden(current.parent().row(), QModelIndex()))))
        list->setCurrentIndex(QModelIndex());
    m_ui->allDaysButton->setEnabled(day.isValid());
    m_ui->dayLabel->setText(day.isValid() ? tr("%n booking(s) on %1.", nullptr, shown).arg(QLocale().toString(day, QLocale::LongFormat))
                                          : tr("Pick a day to list only its bookings."));
    updateButtons();
}

QModelIndex BookingsView::indexOfRow(int flatRow) const
{
    return m_tree->mapFromSource(m_model->index(flatRow));
}

bool BookingsView::seriesChosen() const
{
    return m_tree->isSeries(m_ui->bookingList->currentIndex());
}

std::optional<domain::Booking> BookingsView::chosenBooking() const
{
    const QModelIndex current = m_ui->bookingList->currentIndex();
    for (int row : m_tree->sourceRowsOf(current)) {
        const domain::Booking booking = m_model->bookingAt(row);
        const auto state = m_model->stateOf(booking);
        // A series' item stands for its next upcoming booking; a booking's row for itself.
        if (!seriesChosen() || state == models::BookingListModel::State::Upcoming
            || state == models::BookingListModel::State::Pending)
            return booking;
    }
    return std::nullopt;
}

void BookingsView::setRepository(repository::MyBookingsRepository *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (!service)
        return;
    // "my" holds upcoming and past; cancelled ones come from their own list, and both are merged.
    connect(service, &repository::MyBookingsRepository::myBookingsLoaded, this, [this](const QList<domain::Booking> &mine) {
        m_model->setBookings(mine);
        m_service->loadCancelledBookings();
    });
    connect(service, &repository::MyBookingsRepository::cancelledBookingsLoaded, this,
            [this](const QList<domain::Booking> &cancelled) {
                QList<domain::Booking> all;
                for (int row = 0; row < m_model->rowCount(); ++row)
                    all.append(m_model->bookingAt(row));
                all.append(cancelled);
                m_model->setBookings(all);
                showStatus(tr("%n booking(s)", nullptr, int(all.size())));
            });
    connect(service, &repository::MyBookingsRepository::cancellationFeeLoaded, this,
            [this](qint64 id, bool hasFee, double amount, const QString &formatted) {
                if (id != m_cancelling)
                    return;
                const QString fee = !formatted.isEmpty() ? formatted : domain::formatMoney(amount, m_currencyCode);
                const QString question = hasFee
                                             ? tr("Cancelling now is late and costs %1. Cancel the booking anyway?").arg(fee)
                                             : tr("Cancelling this booking is free. Cancel it?");
                if (!m_confirm(question)) {
                    m_cancelling = 0;
                    return;
                }
                showStatus(tr("Cancelling…"));
                m_service->cancel(id);
            });
    connect(service, &repository::MyBookingsRepository::bookingCancelled, this, [this] {
        m_cancelling = 0;
        showStatus(tr("The booking was cancelled."));
        reload();
    });
    connect(service, &repository::MyBookingsRepository::failed, this, [this](const QString &message, const api::ApiError &error) {
        m_cancelling = 0;
        // A list the space does not offer takes nothing away from the bookings already shown.
        if (error.isUnavailableHere() && m_model->rowCount() > 0)
            showStatus(tr("%n booking(s). %1", nullptr, m_model->rowCount()).arg(message));
        else
            showStatus(message);
    });
}

void BookingsView::reload()
{
    if (!m_service)
        return;
    showStatus(tr("Loading your bookings…"));
    m_service->loadMyBookings();
}

void BookingsView::updateButtons()
{
    const std::optional<domain::Booking> chosen = chosenBooking();
    const auto state = chosen ? m_model->stateOf(*chosen) : models::BookingListModel::State::Past;
    const bool upcoming = chosen
                          && (state == models::BookingListModel::State::Upcoming
                              || state == models::BookingListModel::State::Pending);
    // Cancelling is one booking's action; a series is cancelled with the series' buttons.
    m_ui->cancelButton->setEnabled(upcoming && !seriesChosen());
    const bool inSeries = upcoming && !chosen->seriesId.isEmpty();
    for (QPushButton *button : {m_ui->cancelLaterButton, m_ui->cancelRangeButton}) {
        button->setVisible(bool(m_seriesCancellation));
        button->setEnabled(inSeries && m_seriesCancellation && !m_seriesCancelling);
    }
    m_ui->exportOneButton->setEnabled(upcoming);
}

void BookingsView::cancelSelected()
{
    const std::optional<domain::Booking> chosen = chosenBooking();
    if (!chosen || seriesChosen() || !m_service)
        return;
    // The fee is asked first so the person sees what cancelling costs before deciding.
    m_cancelling = chosen->id;
    showStatus(tr("Checking the cancellation fee…"));
    m_service->loadCancellationFee(m_cancelling);
}

void BookingsView::setSeriesCancellationFactory(SeriesCancellationFactory factory)
{
    m_seriesCancellation = std::move(factory);
    updateButtons();
}

QList<domain::Booking> BookingsView::shownBookings() const
{
    QList<domain::Booking> all;
    for (int row = 0; row < m_model->rowCount(); ++row)
        all.append(m_model->bookingAt(row));
    return all;
}

void BookingsView::cancelSeriesFromSelected()
{
    const std::optional<domain::Booking> chosen = chosenBooking();
    if (!chosen || !m_seriesCancellation || m_seriesCancelling)
        return;
    cancelSeriesBookings(repository::SeriesCancellation::thisAndLater(shownBookings(), *chosen,
                                                                      core::Clock::wallClockIn(m_timeZoneId)));
}

void BookingsView::cancelSeriesRange()
{
    const std::optional<domain::Booking> current = chosenBooking();
    if (!current || !m_seriesCancellation || m_seriesCancelling)
        return;
    const domain::Booking chosen = *current;
    const QList<domain::Booking> all = shownBookings();
    const QDateTime now = core::Clock::wallClockIn(m_timeZoneId);
    const auto inRange = [&all, &chosen, now](QDate first, QDate last) {
        return repository::SeriesCancellation::inRange(all, chosen.seriesId, first, last, now);
    };
    const QList<domain::Booking> upcoming = inRange(QDate(1, 1, 1), QDate(9999, 12, 31));
    if (upcoming.isEmpty())
        return;
    QDate first;
    QDate last;
    const auto countIn = [&inRange](QDate from, QDate to) { return int(inRange(from, to).size()); };
    if (!m_pickRange(upcoming.first().from.date(), upcoming.last().from.date(), chosen.from.date(), countIn, &first, &last))
        return;
    cancelSeriesBookings(inRange(first, last));
}

void BookingsView::cancelSeriesBookings(const QList<domain::Booking> &picked)
{
    repository::SeriesCancellation *cancellation = picked.isEmpty() ? nullptr : m_seriesCancellation(this);
    if (!cancellation)
        return;
    m_seriesCancelling = true;
    updateButtons();
    const auto finish = [this, cancellation] {
        m_seriesCancelling = false;
        cancellation->deleteLater();
        updateButtons();
    };
    connect(cancellation, &repository::SeriesCancellation::feesLoaded, this, [this, cancellation, finish] {
        const QList<domain::Booking> &bookings = cancellation->bookings();
        const QLocale locale;
        const QString first = locale.toString(bookings.first().from.date(), QLocale::ShortFormat);
        const QString last = locale.toString(bookings.last().from.date(), QLocale::ShortFormat);
        const QString fee = cancellation->totalFeeText(m_currencyCode);
        const int count = int(bookings.size());
        const QString question = fee.isEmpty()
                                     ? tr("Cancel %n booking(s) of this series, from %1 to %2? Cancelling them is free.", nullptr, count)
                                           .arg(first, last)
                                     : tr("Cancel %n booking(s) of this series, from %1 to %2? Some are late: cancelling costs %3 in all.",
                                          nullptr, count)
                                           .arg(first, last, fee);
        if (!m_confirm(question)) {
            showStatus(QString());
            finish();
            return;
        }
        showStatus(tr("Cancelling…"));
        cancellation->cancelAll();
    });
    connect(cancellation, &repository::SeriesCancellation::finished, this, [this, cancellation, finish] {
        const int done = int(cancellation->cancelled().size());
        const auto &left = cancellation->notCancelled();
        showStatus(left.isEmpty() ? tr("%n booking(s) cancelled.", nullptr, done)
                                  : tr("%n booking(s) cancelled; %1 could not be: %2", nullptr, done)
                                        .arg(left.size())
                                        .arg(left.first().second));
        finish();
        reload();
    });
    connect(cancellation, &repository::SeriesCancellation::failed, this, [this, finish](const QString &message) {
        showStatus(tr("Nothing was cancelled: %1").arg(message));
        finish();
    });
    showStatus(tr("Checking the cancellation fees…"));
    cancellation->loadFees(picked);
}

void BookingsView::exportBookings(bool onlySelected)
{
    QList<domain::Booking> bookings;
    bool series = false;
    if (onlySelected) {
        const std::optional<domain::Booking> current = chosenBooking();
        if (!current)
            return;
        const domain::Booking chosen = *current;
        // A booking of a series goes out with its series: one event that repeats.
        for (const domain::Booking &b : chosen.seriesId.isEmpty() ? QList<domain::Booking>{} : shownBookings()) {
            if (b.seriesId == chosen.seriesId && !b.cancelled)
                bookings.append(b);
        }
        series = bookings.size() > 1;
        if (!series)
            bookings = {chosen};
    } else {
        bookings = m_model->upcoming();
    }
    if (bookings.isEmpty()) {
        showStatus(tr("There are no upcoming bookings to export."));
        return;
    }
    const QString path = m_savePath(series ? tr("series.ics") : onlySelected ? tr("booking.ics") : tr("bookings.ics"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const calendar::IcsWriter writer(m_timeZoneId);
    const QByteArray ics = series ? writer.writeBookedSeries(bookings, core::Clock::nowUtc()) : writer.write(bookings, core::Clock::nowUtc());
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        showStatus(tr("Could not save %1: %2").arg(path, file.errorString()));
        return;
    }
    showStatus(tr("Saved %n booking(s) to %1.", nullptr, int(bookings.size())).arg(path));
}

void BookingsView::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

void BookingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showDay(m_shownDay); // the day's words are not the form's
    }
    QWidget::changeEvent(event);
}
