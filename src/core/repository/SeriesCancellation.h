// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Booking.h"

#include <QDate>
#include <QObject>
#include <QPointer>

namespace api {
class ApiClient;
}

namespace repository {

class MyBookingsRepository;

//! Cancels several bookings of a series (docs/emulator.md, "Series": one DELETE per occurrence).
//! loadFees() asks the late-cancellation fee of each first, so the person sees the total before
//! deciding; cancelAll() then cancels them one after another and says which were cancelled and
//! which not (with the space's reason).
class SeriesCancellation : public QObject
{
    Q_OBJECT
public:
    struct Fee {
        qint64 bookingId = 0;
        bool hasFee = false;
        double amount = 0;
        QString formatted; //!< the space's own formatting, when it sends one
    };

    explicit SeriesCancellation(api::ApiClient *client, QObject *parent = nullptr);

    //! The upcoming bookings of `chosen`'s series from `chosen` on ("this and all later ones").
    static QList<domain::Booking> thisAndLater(const QList<domain::Booking> &all, const domain::Booking &chosen,
                                               const QDateTime &nowWallClock);
    //! The upcoming bookings of the series `seriesId` whose day is within [first, last].
    static QList<domain::Booking> inRange(const QList<domain::Booking> &all, const QString &seriesId, const QDate &first,
                                          const QDate &last, const QDateTime &nowWallClock);

    void loadFees(const QList<domain::Booking> &bookings);
    const QList<domain::Booking> &bookings() const { return m_bookings; }
    const QList<Fee> &fees() const { return m_fees; }
    //! The fees in all, when every one is known ("" when none costs anything).
    QString totalFeeText(const QString &currencyCode) const;
    void cancelAll();
    const QList<qint64> &cancelled() const { return m_cancelled; }
    //! Booking ids the space did not cancel, with its reason in words.
    const QList<QPair<qint64, QString>> &notCancelled() const { return m_notCancelled; }

Q_SIGNALS:
    void feesLoaded();
    void finished();
    //! A fee could not be read: nothing was cancelled.
    void failed(const QString &message);

private:
    void feeOf(int index);
    void cancelFrom(int index);

    MyBookingsRepository *m_calls;
    QList<domain::Booking> m_bookings;
    QList<Fee> m_fees;
    QList<qint64> m_cancelled;
    QList<QPair<qint64, QString>> m_notCancelled;
    int m_current = -1;
    enum class Step { Idle, Fees, Cancelling } m_step = Step::Idle;
};

} // namespace repository
