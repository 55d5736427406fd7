// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesCancellation.h"

#include "MyBookingsRepository.h"

#include "api/ApiClient.h"
#include "domain/Money.h"

#include <algorithm>

namespace repository {

SeriesCancellation::SeriesCancellation(api::ApiClient *client, QObject *parent)
    : QObject(parent), m_calls(new MyBookingsRepository(client, this))
{
    // Its own calls object, no offline copy: every answer here is about the booking asked last.
    connect(m_calls, &MyBookingsRepository::cancellationFeeLoaded, this,
            [this](qint64 id, bool hasFee, double amount, const QString &formatted) {
                if (m_step != Step::Fees || m_bookings.value(m_current).id != id)
                    return;
                m_fees.append({id, hasFee, amount, formatted});
                feeOf(m_current + 1);
            });
    connect(m_calls, &MyBookingsRepository::bookingCancelled, this, [this](qint64 id) {
        if (m_step != Step::Cancelling || m_bookings.value(m_current).id != id)
            return;
        m_cancelled.append(id);
        cancelFrom(m_current + 1);
    });
    connect(m_calls, &MyBookingsRepository::failed, this, [this](const QString &message) {
        if (m_step == Step::Fees) {
            // Without every fee the person cannot see what this costs: nothing is cancelled.
            m_step = Step::Idle;
            Q_EMIT failed(message);
        } else if (m_step == Step::Cancelling) {
            m_notCancelled.append({m_bookings.value(m_current).id, message});
            cancelFrom(m_current + 1);
        }
    });
}

QList<domain::Booking> SeriesCancellation::thisAndLater(const QList<domain::Booking> &all, const domain::Booking &chosen,
                                                        const QDateTime &nowWallClock)
{
    if (chosen.seriesId.isEmpty())
        return chosen.isUpcoming(nowWallClock) ? QList<domain::Booking>{chosen} : QList<domain::Booking>{};
    QList<domain::Booking> picked;
    for (const domain::Booking &b : all) {
        if (b.seriesId == chosen.seriesId && b.isUpcoming(nowWallClock) && b.from >= chosen.from)
            picked.append(b);
    }
    std::sort(picked.begin(), picked.end(), [](const domain::Booking &a, const domain::Booking &b) { return a.from < b.from; });
    return picked;
}

QList<domain::Booking> SeriesCancellation::inRange(const QList<domain::Booking> &all, const QString &seriesId, const QDate &first,
                                                   const QDate &last, const QDateTime &nowWallClock)
{
    QList<domain::Booking> picked;
    for (const domain::Booking &b : all) {
        if (!seriesId.isEmpty() && b.seriesId == seriesId && b.isUpcoming(nowWallClock) && b.from.date() >= first
            && b.from.date() <= last)
            picked.append(b);
    }
    std::sort(picked.begin(), picked.end(), [](const domain::Booking &a, const domain::Booking &b) { return a.from < b.from; });
    return picked;
}

void SeriesCancellation::loadFees(const QList<domain::Booking> &bookings)
{
    if (m_step != Step::Idle)
        return;
    m_bookings = bookings;
    m_fees.clear();
    m_step = Step::Fees;
    feeOf(0);
}

void SeriesCancellation::feeOf(int index)
{
    m_current = index;
    if (index >= m_bookings.size()) {
        m_step = Step::Idle;
        Q_EMIT feesLoaded();
        return;
    }
    m_calls->loadCancellationFee(m_bookings.at(index).id);
}

QString SeriesCancellation::totalFeeText(const QString &currencyCode) const
{
    double total = 0;
    int charged = 0;
    QString onlyFormatted;
    for (const Fee &fee : m_fees) {
        if (!fee.hasFee)
            continue;
        total += fee.amount;
        onlyFormatted = fee.formatted;
        ++charged;
    }
    if (charged == 0)
        return {};
    // One fee: the space's own words for it; several: their sum in the space's currency.
    return charged == 1 && !onlyFormatted.isEmpty() ? onlyFormatted : domain::formatMoney(total, currencyCode);
}

void SeriesCancellation::cancelAll()
{
    if (m_step != Step::Idle || m_bookings.isEmpty())
        return;
    m_cancelled.clear();
    m_notCancelled.clear();
    m_step = Step::Cancelling;
    cancelFrom(0);
}

void SeriesCancellation::cancelFrom(int index)
{
    m_current = index;
    if (index >= m_bookings.size()) {
        m_step = Step::Idle;
        Q_EMIT finished();
        return;
    }
    m_calls->cancel(m_bookings.at(index).id);
}

} // namespace repository
