// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesOccurrenceModel.h"

#include "domain/Money.h"

#include <QLocale>

namespace models {

using State = repository::SeriesBooking::State;

SeriesOccurrenceModel::SeriesOccurrenceModel(QObject *parent) : QAbstractTableModel(parent) {}

void SeriesOccurrenceModel::setSeries(repository::SeriesBooking *series)
{
    beginResetModel();
    disconnect(m_changed);
    m_series = series;
    if (series)
        m_changed = connect(series, &repository::SeriesBooking::occurrenceChanged, this,
                            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    endResetModel();
}

int SeriesOccurrenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_series ? 0 : int(m_series->occurrences().size());
}

int SeriesOccurrenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SeriesOccurrenceModel::statusText(const repository::SeriesBooking::Occurrence &o)
{
    switch (o.state) {
    case State::Unchecked:
    case State::Checking: return tr("… Checking");
    case State::Free: return tr("✓ Free");
    case State::Refused: return tr("✗ %1").arg(o.reason);
    case State::CheckFailed: return tr("✗ Could not be checked: %1").arg(o.reason);
    case State::Booking: return tr("… Booking");
    case State::Booked: return o.booking.pending ? tr("✓ Booked, waiting for the space's approval") : tr("✓ Booked");
    case State::NotBooked: return tr("✗ Not booked: %1").arg(o.reason);
    case State::Unknown: return tr("? Unknown: %1").arg(o.reason);
    case State::NotSent: return tr("✗ %1").arg(o.reason);
    }
    return {};
}

QVariant SeriesOccurrenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_series || index.row() >= m_series->occurrences().size())
        return {};
    const repository::SeriesBooking::Occurrence &o = m_series->occurrences().at(index.row());
    if (role == StateRole)
        return int(o.state);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case DayColumn:
        return QStringLiteral("%1 %2").arg(locale.dayName(o.draft.from.date().dayOfWeek(), QLocale::ShortFormat),
                                           locale.toString(o.draft.from.date(), QLocale::ShortFormat));
    case TimeColumn: return tr("%1–%2").arg(locale.toString(o.draft.from.time(), QStringLiteral("HH:mm")),
                                             locale.toString(o.draft.to.time(), QStringLiteral("HH:mm")));
    case PriceColumn:
        if (o.price)
            return domain::formatMoney(o.price->total, o.price->currencyCode);
        return o.state == State::Free ? tr("unknown") : QString();
    case StatusColumn: return statusText(o);
    }
    return {};
}

QVariant SeriesOccurrenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn: return tr("Day");
    case TimeColumn: return tr("Time");
    case PriceColumn: return tr("Price");
    case StatusColumn: return tr("Can it be booked?");
    }
    return {};
}

} // namespace models
