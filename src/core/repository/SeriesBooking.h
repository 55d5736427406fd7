// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/Recurrence.h"
#include "domain/Booking.h"
#include "domain/BookingDraft.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace api {
class ApiClient;
}

namespace repository {

class BookingCommands;

//! Books a series (docs/emulator.md, "Series"): every occurrence is one booking of the basket
//! flow carrying the series' GUID. check() asks about every occurrence first (availability, then
//! one priced basket of the free ones); bookFree() then sends the free ones one after another,
//! each once and never retried. When the answer about one is lost, nothing more is sent: the
//! person sees which are booked, which are not and which are unknown, and decides.
class SeriesBooking : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Unchecked,
        Checking,
        Free,        //!< may be booked (price known when the space priced it)
        Refused,     //!< the space (or the clock) says no: `reason`
        CheckFailed, //!< the question could not be asked: `reason`
        Booking,
        Booked,
        NotBooked,   //!< the space refused it when booking: `reason`
        Unknown,     //!< sent, answer lost: it may or may not be booked
        NotSent,     //!< left unsent after an unknown outcome
    };
    struct Occurrence {
        domain::BookingDraft draft;
        State state = State::Unchecked;
        QString reason;
        std::optional<domain::PriceQuote> price;
        domain::Booking booking; //!< when Booked
    };

    explicit SeriesBooking(api::ApiClient *client, QObject *parent = nullptr);

    //! The occurrences of `rule` from `first` (its room, day, times, notes, coworker), each with its
    //! own GUID and the series' fields; a start that does not exist that day is already Refused.
    static QList<Occurrence> occurrencesOf(const domain::BookingDraft &first, const calendar::Recurrence &rule,
                                           const calendar::Recurrence::Expansion &expansion);

    void setOccurrences(const QList<Occurrence> &occurrences);
    const QList<Occurrence> &occurrences() const { return m_occurrences; }
    int count(State state) const;
    bool isBusy() const { return m_busy; }

    void check();
    //! Books every free occurrence with these notes for the space (the dialog's, as they are now).
    void bookFree(const QString &notes = {});

Q_SIGNALS:
    void occurrenceChanged(int index);
    void checkFinished();
    void bookingFinished();

private:
    void checkNext();
    void priceFree();
    void bookNext();
    void setState(int index, State state, const QString &reason = {});
    int nextIn(State state) const;
    BookingCommands *newCommands();

    QPointer<api::ApiClient> m_client;
    QList<Occurrence> m_occurrences;
    bool m_busy = false;
};

} // namespace repository
