// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesBooking.h"

#include "BookingCommands.h"

#include "api/ApiClient.h"
#include "clock/Clock.h"

#include <QLocale>
#include <QUuid>

namespace repository {

namespace {
QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int repeatsCode(calendar::Recurrence::Frequency frequency)
{
    switch (frequency) {
    case calendar::Recurrence::Frequency::Daily: return 1;
    case calendar::Recurrence::Frequency::Weekly: return 2;
    case calendar::Recurrence::Frequency::Monthly: return 3;
    }
    return 2;
}
} // namespace

SeriesBooking::SeriesBooking(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

QList<SeriesBooking::Occurrence> SeriesBooking::occurrencesOf(const domain::BookingDraft &first, const calendar::Recurrence &rule,
                                                              const calendar::Recurrence::Expansion &expansion)
{
    domain::BookingDraft::Series series;
    series.uniqueId = newGuid();
    series.repeats = repeatsCode(rule.frequency);
    series.every = qMax(1, rule.interval);
    series.until = expansion.occurrences.isEmpty() ? rule.until : expansion.occurrences.last().day;
    series.on = rule.weekdays;
    if (rule.frequency == calendar::Recurrence::Frequency::Weekly && series.on.isEmpty() && first.from.isValid())
        series.on = {Qt::DayOfWeek(first.from.date().dayOfWeek())};
    const qint64 seconds = first.from.secsTo(first.to);
    QList<Occurrence> occurrences;
    occurrences.reserve(expansion.occurrences.size());
    for (const calendar::Recurrence::Occurrence &when : expansion.occurrences) {
        Occurrence occurrence;
        occurrence.draft = first;
        occurrence.draft.uniqueId = newGuid();
        occurrence.draft.series = series;
        if (when.startExists) {
            occurrence.draft.from = core::Clock::wallClockOf(when.start);
            occurrence.draft.to = core::Clock::wallClockOf(when.end);
        } else {
            // Shown on its day at the time asked for; never sent.
            occurrence.draft.from = QDateTime(when.day, first.from.time(), Qt::UTC);
            occurrence.draft.to = occurrence.draft.from.addSecs(seconds);
            occurrence.state = State::Refused;
            occurrence.reason = tr("The clocks go forward that night: %1 does not exist on that day.")
                                    .arg(QLocale().toString(first.from.time(), QStringLiteral("HH:mm")));
        }
        occurrences.append(occurrence);
    }
    return occurrences;
}

void SeriesBooking::setOccurrences(const QList<Occurrence> &occurrences)
{
    m_occurrences = occurrences;
}

int SeriesBooking::count(State state) const
{
    return int(std::count_if(m_occurrences.cbegin(), m_occurrences.cend(), [state](const Occurrence &o) { return o.state == state; }));
}

int SeriesBooking::nextIn(State state) const
{
    for (int i = 0; i < m_occurrences.size(); ++i) {
        if (m_occurrences.at(i).state == state)
            return i;
    }
    return -1;
}

void SeriesBooking::setState(int index, State state, const QString &reason)
{
    Occurrence &occurrence = m_occurrences[index];
    occurrence.state = state;
    occurrence.reason = reason;
    Q_EMIT occurrenceChanged(index);
}

BookingCommands *SeriesBooking::newCommands()
{
    // One per question, so each answer reaches the occurrence it is about; gone with its answer.
    return new BookingCommands(m_client, this);
}

void SeriesBooking::check()
{
    if (m_busy)
        return;
    m_busy = true;
    for (Occurrence &occurrence : m_occurrences) {
        if (occurrence.state == State::CheckFailed || occurrence.state == State::Free)
            occurrence.state = State::Unchecked; // asked again
    }
    checkNext();
}

void SeriesBooking::checkNext()
{
    const int index = nextIn(State::Unchecked);
    if (index < 0) {
        priceFree();
        return;
    }
    setState(index, State::Checking);
    BookingCommands *commands = newCommands();
    connect(commands, &BookingCommands::availabilityChecked, this, [this, commands, index](bool available, const QString &, const QString &reason) {
        commands->deleteLater();
        setState(index, available ? State::Free : State::Refused, reason);
        checkNext();
    });
    connect(commands, &BookingCommands::failed, this, [this, commands, index](const QString &message) {
        commands->deleteLater();
        setState(index, State::CheckFailed, message);
        checkNext();
    });
    commands->checkAvailability(m_occurrences.at(index).draft);
}

void SeriesBooking::priceFree()
{
    QList<domain::BookingDraft> free;
    for (const Occurrence &occurrence : std::as_const(m_occurrences)) {
        if (occurrence.state == State::Free)
            free.append(occurrence.draft);
    }
    const auto finish = [this] {
        m_busy = false;
        Q_EMIT checkFinished();
    };
    if (free.isEmpty()) {
        finish();
        return;
    }
    BookingCommands *commands = newCommands();
    connect(commands, &BookingCommands::previewedLines, this, [this, commands, finish](const QHash<QString, domain::PriceQuote> &prices) {
        commands->deleteLater();
        for (int i = 0; i < m_occurrences.size(); ++i) {
            Occurrence &occurrence = m_occurrences[i];
            if (occurrence.state == State::Free && prices.contains(occurrence.draft.uniqueId)) {
                occurrence.price = prices.value(occurrence.draft.uniqueId);
                Q_EMIT occurrenceChanged(i);
            }
        }
        finish();
    });
    // Without prices the free ones stay free: the price is shown as unknown, booking is still possible.
    connect(commands, &BookingCommands::failed, this, [commands, finish] {
        commands->deleteLater();
        finish();
    });
    commands->previewLines(free);
}

void SeriesBooking::bookFree(const QString &notes)
{
    if (m_busy || nextIn(State::Free) < 0)
        return;
    for (Occurrence &occurrence : m_occurrences)
        occurrence.draft.notes = notes;
    m_busy = true;
    bookNext();
}

void SeriesBooking::bookNext()
{
    const int index = nextIn(State::Free);
    if (index < 0) {
        m_busy = false;
        Q_EMIT bookingFinished();
        return;
    }
    setState(index, State::Booking);
    BookingCommands *commands = newCommands();
    connect(commands, &BookingCommands::booked, this, [this, commands, index](const domain::Booking &booking) {
        commands->deleteLater();
        m_occurrences[index].booking = booking;
        setState(index, State::Booked);
        bookNext();
    });
    // A definite refusal (taken meanwhile, a rule): this one is not booked, the next is asked.
    connect(commands, &BookingCommands::failed, this, [this, commands, index](const QString &message) {
        commands->deleteLater();
        setState(index, State::NotBooked, message);
        bookNext();
    });
    connect(commands, &BookingCommands::bookingOutcomeUnknown, this, [this, commands, index](const QString &message) {
        commands->deleteLater();
        setState(index, State::Unknown, message);
        const QDateTime lost = m_occurrences.at(index).draft.from;
        const QString when = QLocale().toString(lost.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                             + QLocale().toString(lost.time(), QStringLiteral("HH:mm"));
        for (int i = 0; i < m_occurrences.size(); ++i) {
            if (m_occurrences.at(i).state == State::Free)
                setState(i, State::NotSent, tr("Not sent: the answer about %1 was lost. Check your bookings, then book the rest again.").arg(when));
        }
        m_busy = false;
        Q_EMIT bookingFinished();
    });
    commands->book(m_occurrences.at(index).draft);
}

} // namespace repository
