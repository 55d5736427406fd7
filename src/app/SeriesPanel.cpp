// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesPanel.h"

#include "ui_SeriesPanel.h"

#include "calendar/Recurrence.h"
#include "domain/BookingPolicyExplainer.h"
#include "models/SeriesOccurrenceModel.h"
#include "repository/SeriesBooking.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLocale>
#include <QSpinBox>
#include <QTimer>

using State = repository::SeriesBooking::State;

namespace {
//! Puts the words around a spin box's number: `text` is the translated phrase for its value
//! ("every 2 weeks"), so each language keeps its own order and plural.
void setAffixes(QSpinBox *spin, const QString &text)
{
    const QString number = QString::number(spin->value());
    const qsizetype at = text.indexOf(number);
    spin->setPrefix(at < 0 ? QString() : text.left(at));
    spin->setSuffix(at < 0 ? QString() : text.mid(at + number.size()));
}
} // namespace

SeriesPanel::SeriesPanel(const domain::BookingPolicy &policy, SeriesFactory factory, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SeriesPanel>()), m_policy(policy), m_factory(std::move(factory)),
      m_model(new models::SeriesOccurrenceModel(this)), m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(m_ui->weekdayBox);
        box->setObjectName(QStringLiteral("weekday%1").arg(day));
        m_ui->weekdayRow->addWidget(box);
        m_weekdays.append(box);
        connect(box, &QCheckBox::toggled, this, &SeriesPanel::scheduleExpansion);
    }
    m_ui->weekdayRow->addStretch();
    for (int i = 0; i < 3; ++i)
        m_ui->frequencyCombo->addItem(QString());
    m_ui->frequencyCombo->setCurrentIndex(1); // weekly: what members repeat most
    m_ui->occurrenceView->setModel(m_model);
    // A series holds at most 1,000 dates: measuring them is cheap, and dates are never cut short.
    QHeaderView *header = m_ui->occurrenceView->header();
    header->setStretchLastSection(true);
    for (int column : {models::SeriesOccurrenceModel::DayColumn, models::SeriesOccurrenceModel::TimeColumn,
                       models::SeriesOccurrenceModel::PriceColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
    retranslate();

    // Each change asks about every date again, after a pause so that a spin box does not flood the space.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &SeriesPanel::expandAndCheck);
    connect(m_ui->repeatCheck, &QCheckBox::toggled, this, [this] {
        updateRuleWidgets();
        scheduleExpansion();
    });
    connect(m_ui->frequencyCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateRuleWidgets();
        scheduleExpansion();
    });
    for (QSpinBox *spin : {m_ui->intervalSpin, m_ui->countSpin}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            updateAffixes(); // "1 week" / "2 weeks"
            scheduleExpansion();
        });
    }
    connect(m_ui->untilEdit, &QDateEdit::dateChanged, this, &SeriesPanel::scheduleExpansion);
    connect(m_ui->countRadio, &QRadioButton::toggled, this, [this] {
        updateRuleWidgets();
        scheduleExpansion();
    });
    if (m_policy.repeatBookingQuantityLimit && *m_policy.repeatBookingQuantityLimit > 0)
        m_ui->countSpin->setMaximum(qMax(2, *m_policy.repeatBookingQuantityLimit));
    updateRuleWidgets();
}

SeriesPanel::~SeriesPanel() = default;

void SeriesPanel::setFirst(const domain::BookingDraft &first, const QTimeZone &zone)
{
    const bool dayChanged = !m_first.from.isValid() || m_first.from.date() != first.from.date();
    m_first = first;
    m_zone = zone;
    if (dayChanged) {
        // The first day's weekday is ticked, and "until" starts a month later, as calendars propose.
        const QSignalBlocker blockUntil(m_ui->untilEdit);
        m_ui->untilEdit->setMinimumDate(first.from.date());
        m_ui->untilEdit->setDate(first.from.date().addMonths(1));
        for (QCheckBox *box : std::as_const(m_weekdays)) {
            const QSignalBlocker block(box);
            box->setChecked(m_weekdays.indexOf(box) + 1 == first.from.date().dayOfWeek());
        }
    }
    scheduleExpansion();
}

bool SeriesPanel::isRepeating() const
{
    return m_ui->repeatCheck->isChecked() && m_factory;
}

int SeriesPanel::freeCount() const
{
    return m_series ? m_series->count(State::Free) : 0;
}

bool SeriesPanel::isBusy() const
{
    return m_debounce->isActive() || (m_series && m_series->isBusy());
}

bool SeriesPanel::canBook() const
{
    return isRepeating() && !isBusy() && freeCount() > 0;
}

void SeriesPanel::bookFree(const QString &notes)
{
    if (!canBook())
        return;
    m_bookingStarted = true;
    m_ui->repeatCheck->setEnabled(false);
    m_ui->ruleBox->setEnabled(false);
    m_series->bookFree(notes);
    Q_EMIT stateChanged();
}

void SeriesPanel::scheduleExpansion()
{
    if (m_bookingStarted) // never a new series behind the one being booked
        return;
    if (!isRepeating()) {
        m_debounce->stop();
        Q_EMIT stateChanged();
        return;
    }
    m_debounce->start();
    m_ui->summaryLabel->setText(tr("Checking every date…"));
    Q_EMIT stateChanged();
}

void SeriesPanel::expandAndCheck()
{
    if (!isRepeating() || !m_first.from.isValid())
        return;
    calendar::Recurrence rule;
    rule.frequency = calendar::Recurrence::Frequency(m_ui->frequencyCombo->currentIndex());
    rule.interval = m_ui->intervalSpin->value();
    for (QCheckBox *box : std::as_const(m_weekdays)) {
        if (box->isChecked())
            rule.weekdays.append(Qt::DayOfWeek(m_weekdays.indexOf(box) + 1));
    }
    if (m_ui->countRadio->isChecked())
        rule.count = m_ui->countSpin->value();
    else
        rule.until = m_ui->untilEdit->date();
    calendar::Recurrence::Limits limits;
    if (m_policy.repeatBookingQuantityLimit && *m_policy.repeatBookingQuantityLimit > 0)
        limits.maxOccurrences = m_policy.repeatBookingQuantityLimit;
    if (m_policy.repeatBookingPeriodLimitInMonths && *m_policy.repeatBookingPeriodLimitInMonths > 0)
        limits.maxMonthsAhead = m_policy.repeatBookingPeriodLimitInMonths;
    const int minutes = int(m_first.from.secsTo(m_first.to) / 60);
    const calendar::Recurrence::Expansion expansion = rule.expand(m_first.from.date(), m_first.from.time(), minutes, m_zone, limits);
    m_cutByQuantity = expansion.cutByQuantityLimit;
    m_cutByPeriod = expansion.cutByPeriodLimit;

    // A new question gets a new series: answers to the old one (still in flight) go nowhere.
    if (m_series) {
        disconnect(m_series, nullptr, this, nullptr);
        m_series->deleteLater();
    }
    m_series = m_factory(this);
    m_series->setOccurrences(repository::SeriesBooking::occurrencesOf(m_first, rule, expansion));
    m_model->setSeries(m_series);
    connect(m_series, &repository::SeriesBooking::occurrenceChanged, this, &SeriesPanel::updateSummary);
    connect(m_series, &repository::SeriesBooking::checkFinished, this, [this] {
        updateSummary();
        Q_EMIT stateChanged();
    });
    connect(m_series, &repository::SeriesBooking::bookingFinished, this, [this] {
        updateSummary();
        Q_EMIT stateChanged();
        const bool allBooked = m_series->count(State::NotBooked) + m_series->count(State::Unknown) + m_series->count(State::NotSent) == 0;
        Q_EMIT bookingFinished(allBooked && m_series->count(State::Booked) > 0);
    });
    m_series->check();
    updateSummary();
    Q_EMIT stateChanged();
}

void SeriesPanel::updateRuleWidgets()
{
    const bool on = m_ui->repeatCheck->isChecked();
    m_ui->ruleBox->setVisible(on);
    m_ui->occurrenceView->setVisible(on);
    m_ui->summaryLabel->setVisible(on);
    const bool weekly = m_ui->frequencyCombo->currentIndex() == int(calendar::Recurrence::Frequency::Weekly);
    m_ui->weekdaysCaption->setVisible(weekly);
    m_ui->weekdayBox->setVisible(weekly);
    m_ui->countSpin->setEnabled(m_ui->countRadio->isChecked());
    m_ui->untilEdit->setEnabled(!m_ui->countRadio->isChecked());
    updateAffixes(); // "every N weeks" follows the frequency
}

void SeriesPanel::updateSummary()
{
    if (!m_series)
        return;
    const auto &all = m_series->occurrences();
    const int total = int(all.size());
    QStringList parts;
    if (total == 0)
        parts << tr("These choices give no date: choose an end after the first day.");
    const int booked = m_series->count(State::Booked);
    const int unknown = m_series->count(State::Unknown);
    const int notBooked = m_series->count(State::NotBooked) + m_series->count(State::NotSent);
    const int refused = m_series->count(State::Refused) + m_series->count(State::CheckFailed);
    if (booked + unknown + notBooked > 0) {
        parts << tr("%n date(s) booked.", nullptr, booked);
        if (notBooked > 0)
            parts << tr("%n date(s) not booked.", nullptr, notBooked);
        if (unknown > 0)
            parts << tr("%n date(s) unknown: check My bookings before booking them again.", nullptr, unknown);
    } else if (total > 0 && !m_series->isBusy()) {
        parts << tr("%1 of %n date(s) can be booked.", nullptr, total).arg(m_series->count(State::Free));
        if (refused > 0)
            parts << tr("%n date(s) cannot be booked; the list says why.", nullptr, refused);
    } else if (total > 0) {
        parts << tr("Checking every date…");
    }
    if (m_cutByQuantity && m_policy.repeatBookingQuantityLimit)
        parts << tr("The room allows %n date(s) in one series; the later ones are left out.", nullptr, *m_policy.repeatBookingQuantityLimit);
    if (m_cutByPeriod && m_policy.repeatBookingPeriodLimitInMonths)
        parts << tr("A series of this room may run for %n month(s); the later dates are left out.", nullptr,
                    *m_policy.repeatBookingPeriodLimitInMonths);
    m_ui->summaryLabel->setText(parts.join(QLatin1Char(' ')));
}

void SeriesPanel::updateAffixes()
{
    const int every = m_ui->intervalSpin->value();
    switch (m_ui->frequencyCombo->currentIndex()) {
    case 0: setAffixes(m_ui->intervalSpin, tr("every %n day(s)", nullptr, every)); break;
    case 2: setAffixes(m_ui->intervalSpin, tr("every %n month(s)", nullptr, every)); break;
    default: setAffixes(m_ui->intervalSpin, tr("every %n week(s)", nullptr, every)); break;
    }
    setAffixes(m_ui->countSpin, tr("%n time(s)", nullptr, m_ui->countSpin->value()));
}

void SeriesPanel::retranslate()
{
    const int frequency = m_ui->frequencyCombo->currentIndex();
    m_ui->retranslateUi(this);
    m_ui->frequencyCombo->setItemText(0, tr("Daily"));
    m_ui->frequencyCombo->setItemText(1, tr("Weekly"));
    m_ui->frequencyCombo->setItemText(2, tr("Monthly, on this day"));
    m_ui->frequencyCombo->setCurrentIndex(frequency);
    updateAffixes();
    const QLocale locale;
    for (int i = 0; i < m_weekdays.size(); ++i) {
        m_weekdays.at(i)->setText(locale.dayName(i + 1, QLocale::ShortFormat));
        m_weekdays.at(i)->setAccessibleName(locale.dayName(i + 1, QLocale::LongFormat));
    }
    QStringList limits;
    for (const domain::PolicySentence &sentence : domain::BookingPolicyExplainer().explain(m_policy)) {
        if (sentence.rule == domain::PolicyRule::RepeatQuantity || sentence.rule == domain::PolicyRule::RepeatPeriod)
            limits << sentence.text + QLatin1Char('.');
    }
    m_ui->limitLabel->setText(limits.join(QLatin1Char(' ')));
    m_ui->limitLabel->setVisible(!limits.isEmpty());
    updateSummary();
}

void SeriesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

repository::SeriesBooking *SeriesPanel::series() const
{
    return m_series;
}
