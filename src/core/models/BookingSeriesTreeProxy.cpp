// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingSeriesTreeProxy.h"
#include "BookingListModel.h"
#include "SeriesRuleWords.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace models {

namespace {
// internalId of a top-level index; a child's is its group's index + 1.
constexpr quintptr kTopLevel = 0;
} // namespace

BookingSeriesTreeProxy::BookingSeriesTreeProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void BookingSeriesTreeProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_list = qobject_cast<BookingListModel *>(source);
    QAbstractProxyModel::setSourceModel(m_list);
    if (m_list) {
        // BookingListModel only resets and changes data; any other change is taken as a reset too.
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            rebuild();
            endResetModel();
        };
        connect(m_list, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(m_list, &QAbstractItemModel::modelReset, this, end);
        connect(m_list, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
        connect(m_list, &QAbstractItemModel::rowsInserted, this, end);
        connect(m_list, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(m_list, &QAbstractItemModel::rowsRemoved, this, end);
        connect(m_list, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
        connect(m_list, &QAbstractItemModel::rowsMoved, this, end);
        connect(m_list, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(m_list, &QAbstractItemModel::layoutChanged, this, end);
        connect(m_list, &QAbstractItemModel::dataChanged, this, &BookingSeriesTreeProxy::forwardDataChanged);
    }
    rebuild();
    endResetModel();
}

void BookingSeriesTreeProxy::rebuild()
{
    m_groups.clear();
    const int rows = m_list ? m_list->rowCount() : 0;
    m_groupOfRow.fill(0, rows);
    m_placeOfRow.fill(0, rows);
    QHash<QString, int> groupOfSeries;
    for (int row = 0; row < rows; ++row) {
        const QString seriesId = m_list->bookingAt(row).seriesId;
        const auto found = seriesId.isEmpty() ? groupOfSeries.cend() : groupOfSeries.constFind(seriesId);
        if (found != groupOfSeries.cend()) {
            m_groups[*found].rows.append(row);
            continue;
        }
        if (!seriesId.isEmpty())
            groupOfSeries.insert(seriesId, int(m_groups.size()));
        m_groups.append({seriesId, {row}});
    }
    // A series of one booking in the list is shown as that booking: there is nothing to fold.
    for (Group &group : m_groups) {
        if (group.rows.size() < 2)
            group.seriesId.clear();
        std::stable_sort(group.rows.begin(), group.rows.end(),
                         [this](int a, int b) { return m_list->bookingAt(a).from < m_list->bookingAt(b).from; });
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int place = 0; place < m_groups.at(g).rows.size(); ++place) {
            m_groupOfRow[m_groups.at(g).rows.at(place)] = g;
            m_placeOfRow[m_groups.at(g).rows.at(place)] = place;
        }
    }
}

void BookingSeriesTreeProxy::forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // Rows of one range may sit under different items: each is told apart; a series' text follows its bookings.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex mapped = mapFromSource(m_list->index(row));
        Q_EMIT dataChanged(mapped, mapped, roles);
        if (mapped.parent().isValid())
            Q_EMIT dataChanged(mapped.parent(), mapped.parent());
    }
}

int BookingSeriesTreeProxy::sourceRow(const QModelIndex &index) const
{
    return mapToSource(index).row();
}

QList<int> BookingSeriesTreeProxy::sourceRowsOf(const QModelIndex &index) const
{
    if (isSeries(index))
        return m_groups.at(index.row()).rows;
    const int row = sourceRow(index);
    return row < 0 ? QList<int>{} : QList<int>{row};
}

bool BookingSeriesTreeProxy::isSeries(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() == kTopLevel
           && !m_groups.at(index.row()).seriesId.isEmpty();
}

QModelIndex BookingSeriesTreeProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kTopLevel) : QModelIndex();
    if (!isSeries(parent) || row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex BookingSeriesTreeProxy::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int BookingSeriesTreeProxy::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    return isSeries(parent) ? int(m_groups.at(parent.row()).rows.size()) : 0;
}

int BookingSeriesTreeProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && !isSeries(parent) ? 0 : 1;
}

bool BookingSeriesTreeProxy::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex BookingSeriesTreeProxy::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column, index.parent()) : QModelIndex();
}

QModelIndex BookingSeriesTreeProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_list || !proxyIndex.isValid() || isSeries(proxyIndex))
        return {};
    const bool topLevel = proxyIndex.internalId() == kTopLevel;
    const Group &group = m_groups.at(topLevel ? proxyIndex.row() : int(proxyIndex.internalId() - 1));
    return m_list->index(group.rows.at(topLevel ? 0 : proxyIndex.row()));
}

QModelIndex BookingSeriesTreeProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_list || sourceIndex.row() >= m_groupOfRow.size())
        return {};
    const int group = m_groupOfRow.at(sourceIndex.row());
    if (m_groups.at(group).seriesId.isEmpty())
        return createIndex(group, 0, kTopLevel);
    return createIndex(m_placeOfRow.at(sourceIndex.row()), 0, quintptr(group) + 1);
}

Qt::ItemFlags BookingSeriesTreeProxy::flags(const QModelIndex &index) const
{
    if (isSeries(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return QAbstractProxyModel::flags(index);
}

QString BookingSeriesTreeProxy::seriesText(const Group &group) const
{
    const int count = int(group.rows.size());
    const QString room = m_list->bookingAt(group.rows.first()).resourceName;
    // The rule in words when the space gave it back with the bookings; else just "series".
    QList<QDate> days;
    std::optional<domain::BookingDraft::Series> series;
    for (int row : group.rows) {
        const domain::Booking booking = m_list->bookingAt(row);
        days.append(booking.from.date());
        if (!series)
            series = booking.series;
    }
    const QString rule = series ? SeriesRuleWords::of(*series, days) : tr("series");
    for (int row : group.rows) {
        const domain::Booking booking = m_list->bookingAt(row);
        const BookingListModel::State state = m_list->stateOf(booking);
        if (state == BookingListModel::State::Upcoming || state == BookingListModel::State::Pending) {
            const QLocale locale;
            const QString next = locale.toString(booking.from.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                                 + locale.toString(booking.from.time(), QLocale::ShortFormat);
            return tr("%1 — %2, %n booking(s), next %3", nullptr, count).arg(room, rule, next);
        }
    }
    return tr("%1 — %2, %n booking(s), all past or cancelled", nullptr, count).arg(room, rule);
}

QVariant BookingSeriesTreeProxy::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (!isSeries(index))
        return QAbstractProxyModel::data(index, role);
    const Group &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return seriesText(group);
    case BookingListModel::ResourceNameRole:
        return m_list->bookingAt(group.rows.first()).resourceName;
    }
    return {};
}

} // namespace models
