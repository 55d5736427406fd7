// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingDialog.h"
#include "clock/Clock.h"
#include "domain/BookingErrors.h"
#include "domain/BookingPolicyCheck.h"

#include "ui_BookingDialog.h"

#include "domain/Money.h"
#include "repository/SeriesBooking.h"

#include <QPushButton>
#include <QTimeZone>
#include <QTimer>

namespace {
constexpr int durations[] = {30, 60, 90, 120, 180, 240, 480};
} // namespace

BookingDialog::BookingDialog(const domain::Resource &resource, repository::BookingCommands *commands, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BookingDialog>()), m_resource(resource), m_service(commands),
      m_checkDebounce(new QTimer(this))
{
    repository::BookingCommands *service = m_service;
    if (service)
        service->setParent(this);
    m_ui->setupUi(this);
    m_bookButton = m_ui->buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole);
    m_bookButton->setDefault(true);
    m_bookButton->setEnabled(false);
    connect(m_bookButton, &QPushButton::clicked, this, &BookingDialog::book);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->startEdit->setTime(QTime(9, 0));
    for (int minutes : durations)
        m_ui->durationCombo->addItem(QString(), minutes);
    retranslate();

    // Each change asks the space again, after a short pause so typing a time does not flood it.
    m_checkDebounce->setSingleShot(true);
    m_checkDebounce->setInterval(300);
    connect(m_checkDebounce, &QTimer::timeout, this, &BookingDialog::check);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &BookingDialog::scheduleCheck);
    connect(m_ui->startEdit, &QTimeEdit::timeChanged, this, &BookingDialog::scheduleCheck);
    connect(m_ui->durationCombo, &QComboBox::currentIndexChanged, this, &BookingDialog::scheduleCheck);

    if (service) {
        connect(service, &repository::BookingCommands::availabilityChecked, this,
                [this](bool available, const QString &, const QString &reason) {
                    // Only the answer to the latest window counts; older ones may arrive late.
                    if (--m_checksInFlight > 0 || m_checkDebounce->isActive() || m_bookingInFlight)
                        return;
                    setAvailability(available, available ? tr("Free at that time.") : reason);
                    if (available)
                        m_service->preview(draft());
                });
        connect(service, &repository::BookingCommands::previewed, this, [this](const domain::PriceQuote &quote) {
            const QString price = !quote.formatted.isEmpty() ? quote.formatted
                                                              : domain::formatMoney(quote.total, quote.currencyCode);
            m_ui->priceLabel->setText(tr("Price: %1").arg(price));
        });
        connect(service, &repository::BookingCommands::booked, this, [this](const domain::Booking &booking) {
            m_booking = booking;
            m_bookingInFlight = false;
            accept();
        });
        connect(service, &repository::BookingCommands::bookingOutcomeUnknown, this, [this](const QString &message) {
            m_bookingInFlight = false;
            // Not re-sent: the person checks "My bookings" and decides.
            setAvailability(false, message);
        });
        connect(service, &repository::BookingCommands::failed, this, [this](const QString &message) {
            const bool wasBooking = m_bookingInFlight;
            m_bookingInFlight = false;
            if (!wasBooking)
                m_checksInFlight = 0;
            setAvailability(false, message);
            // After a refused booking the person may try again, explicitly; a failed check needs a new window.
            m_singleAvailable = wasBooking;
            updateBookButton();
        });
    }
    proposeNextSlot();
}

BookingDialog::~BookingDialog() = default;

QDateTime BookingDialog::nowAtSpace(const QString &timeZoneId)
{
    return core::Clock::wallClockIn(timeZoneId);
}

void BookingDialog::proposeNextSlot()
{
    setWindow(domain::nextBookableStart(nowAtSpace(m_timeZoneId), m_resource.policy), 60);
    m_windowChosen = false;
}

void BookingDialog::setTimeZone(const QString &timeZoneId)
{
    m_timeZoneId = timeZoneId;
    retranslate();
    if (!m_windowChosen) // "now" was read in another zone: the proposal moves with it
        proposeNextSlot();
    else if (m_seriesPanel)
        m_seriesPanel->setFirst(draft(), core::Clock::zoneOrSystem(m_timeZoneId));
}

void BookingDialog::setWindow(const QDateTime &start, int minutes)
{
    m_windowChosen = true;
    m_ui->dateEdit->setDate(start.date());
    m_ui->startEdit->setTime(QTime(start.time().hour(), start.time().minute()));
    int index = m_ui->durationCombo->findData(minutes);
    if (index < 0 && minutes > 0) { // a window of its own length (from "free between") is offered as it is
        index = 0;
        while (index < m_ui->durationCombo->count() && m_ui->durationCombo->itemData(index).toInt() < minutes)
            ++index;
        m_ui->durationCombo->insertItem(index, QString(), minutes);
        retranslate();
    }
    m_ui->durationCombo->setCurrentIndex(index >= 0 ? index : 1);
    scheduleCheck();
}

domain::BookingDraft BookingDialog::draft() const
{
    domain::BookingDraft draft;
    draft.resourceId = m_resource.id;
    draft.from = QDateTime(m_ui->dateEdit->date(), m_ui->startEdit->time(), Qt::UTC);
    draft.to = draft.from.addSecs(60LL * m_ui->durationCombo->currentData().toInt());
    draft.notes = m_ui->notesEdit->text().trimmed();
    draft.coworkerId = m_coworkerId;
    return draft;
}

void BookingDialog::scheduleCheck()
{
    m_ui->priceLabel->clear();
    setAvailability(false, tr("Checking…"));
    m_checkDebounce->start();
    if (m_seriesPanel)
        m_seriesPanel->setFirst(draft(), core::Clock::zoneOrSystem(m_timeZoneId));
}

void BookingDialog::check()
{
    const domain::BookingDraft window = draft();
    // The room's own rules first: a booking they forbid is explained at once and never sent.
    const QString broken = domain::bookingPolicyViolation(m_resource.policy, window.from, window.to, nowAtSpace(m_timeZoneId));
    if (!broken.isEmpty()) {
        setAvailability(false, domain::bookingErrorText(broken));
        return;
    }
    if (m_service) {
        ++m_checksInFlight;
        m_service->checkAvailability(window);
    }
}

void BookingDialog::book()
{
    if (m_seriesPanel && m_seriesPanel->isRepeating()) {
        m_seriesPanel->bookFree(draft().notes);
        return;
    }
    if (!m_service || m_bookingInFlight)
        return;
    m_bookingInFlight = true;
    setAvailability(true, tr("Booking…"));
    m_service->book(draft());
}

void BookingDialog::setAvailability(bool ok, const QString &text)
{
    // A sign as well as words, so the state never rests on colour.
    m_ui->availabilityLabel->setText(text.isEmpty() ? QString() : (ok ? u"✓ " : u"✗ ") + text);
    m_singleAvailable = ok;
    updateBookButton();
}

void BookingDialog::updateBookButton()
{
    if (m_seriesPanel && m_seriesPanel->isRepeating()) {
        // The dates being booked are the ones sent: day, time and length stay as they are.
        for (QWidget *input : {static_cast<QWidget *>(m_ui->dateEdit), static_cast<QWidget *>(m_ui->startEdit),
                               static_cast<QWidget *>(m_ui->durationCombo)})
            input->setEnabled(!m_seriesPanel->hasStartedBooking());
        const int free = m_seriesPanel->freeCount();
        m_bookButton->setText(tr("&Book %n free date(s)", nullptr, free));
        m_bookButton->setEnabled(m_seriesPanel->canBook());
        return;
    }
    m_bookButton->setText(tr("&Book"));
    m_bookButton->setEnabled(m_singleAvailable && !m_bookingInFlight);
}

void BookingDialog::setSeriesFactory(SeriesPanel::SeriesFactory factory)
{
    if (m_seriesPanel || !factory)
        return;
    m_seriesPanel = new SeriesPanel(m_resource.policy, std::move(factory), this);
    m_seriesPanel->setObjectName(QStringLiteral("seriesPanel"));
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->buttons), m_seriesPanel);
    connect(m_seriesPanel, &SeriesPanel::stateChanged, this, &BookingDialog::updateBookButton);
    connect(m_seriesPanel, &SeriesPanel::bookingFinished, this, [this](bool allBooked) {
        repository::SeriesBooking *series = m_seriesPanel->series();
        m_seriesBooked = series ? series->count(repository::SeriesBooking::State::Booked) : 0;
        for (const auto &occurrence : series ? series->occurrences() : QList<repository::SeriesBooking::Occurrence>()) {
            if (occurrence.state == repository::SeriesBooking::State::Booked) {
                m_booking = occurrence.booking;
                break;
            }
        }
        // Everything asked for is booked: done. Otherwise the list stays, saying what happened to each date.
        if (allBooked)
            accept();
    });
    m_seriesPanel->setFirst(draft(), core::Clock::zoneOrSystem(m_timeZoneId));
}

void BookingDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->roomLabel->setText(tr("%1 — %2").arg(m_resource.name, m_resource.businessName));
    const QString zone = QString::fromUtf8(core::Clock::zoneOrSystem(m_timeZoneId).id());
    m_ui->timeZoneLabel->setText(tr("Times are the space's local time (%1).").arg(zone));
    const QLocale locale;
    for (int i = 0; i < m_ui->durationCombo->count(); ++i) {
        const int minutes = m_ui->durationCombo->itemData(i).toInt();
        const int hours = minutes / 60;
        const int rest = minutes % 60;
        QString text;
        if (hours == 0)
            text = tr("%n minute(s)", nullptr, rest);
        else if (rest == 0)
            text = tr("%n hour(s)", nullptr, hours);
        else
            text = tr("%1 h %2 min").arg(hours).arg(rest);
        m_ui->durationCombo->setItemText(i, text);
    }
}

void BookingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
