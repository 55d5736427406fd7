// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceReviewModel.h"

#include "api/ApiError.h"
#include "api/ListPage.h"

#include <QDateTime>

namespace models {

using Columns = domain::ResourceReviewColumns;

ResourceReviewModel::ResourceReviewModel(QObject *parent) : QAbstractTableModel(parent), m_feed(PageFeed::sourceOf(this))
{
    m_feed.forwardSignalsTo(this);
    m_feed.setPageSize(50);
}

ResourceReviewModel::~ResourceReviewModel() = default;

bool ResourceReviewModel::hasSource() const
{
    return !m_repository.isNull();
}

void ResourceReviewModel::setRepository(repository::ResourceReviewRepository *repository)
{
    if (m_repository == repository)
        return;
    m_repository = repository;
    m_feed.stop();
}

int ResourceReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Columns::Count);
}

QVariant ResourceReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::ReviewedResource &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return Columns::text(row, column);
    case Qt::AccessibleTextRole:
        return QString(Columns::title(column) + QStringLiteral(": ") + Columns::text(row, column));
    case Qt::ToolTipRole:
        return column == Columns::Name ? QVariant(row.resource.name) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Columns::Capacity ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        return Columns::sortValue(row, column);
    case IdRole:
        return row.resource.id;
    case RecordRole:
        return QVariant::fromValue(row);
    default:
        return {};
    }
}

QVariant ResourceReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        && section >= 0 && section < Columns::Count)
        return Columns::title(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> ResourceReviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{SortRole, "sortValue"}, {IdRole, "id"}, {RecordRole, "record"}});
    return names;
}

bool ResourceReviewModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_feed.canFetchMore();
}

void ResourceReviewModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_feed.fetchMore();
}

void ResourceReviewModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= Columns::Count || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_feed.restart();
}

api::ListQuery ResourceReviewModel::currentQuery() const
{
    return repository::ResourceReviewRepository::listQuery(
        m_filter, Columns::orderField(m_sortColumn),
        m_sortOrder == Qt::AscendingOrder ? api::SortDirection::Ascending : api::SortDirection::Descending);
}

domain::ReviewedResource ResourceReviewModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : domain::ReviewedResource();
}

int ResourceReviewModel::rowForId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).resource.id == id)
            return row;
    }
    return -1;
}

void ResourceReviewModel::setFilter(const domain::ResourceReviewFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_feed.restart();
}

void ResourceReviewModel::reload()
{
    m_feed.reload();
}

void ResourceReviewModel::retry()
{
    m_feed.retry();
}

void ResourceReviewModel::dropRows()
{
    m_ids.clear();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

bool ResourceReviewModel::readCopy(quint64 generation)
{
    if (!m_repository || !m_repository->hasOfflineStore())
        return false;
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // Runs on the store's thread: the column's raw value (numbers as numbers), then the name.
    auto order = [column, descending](const domain::ReviewedResource &a, const domain::ReviewedResource &b) {
        const QVariant x = Columns::sortValue(a, column);
        const QVariant y = Columns::sortValue(b, column);
        const QPartialOrdering c = QVariant::compare(x, y);
        if (c == QPartialOrdering::Less || c == QPartialOrdering::Greater)
            return descending ? c == QPartialOrdering::Greater : c == QPartialOrdering::Less;
        if (x.isNull() != y.isNull())
            return y.isNull(); // unset values last, whichever way
        return a.resource.name.localeAwareCompare(b.resource.name) < 0;
    };
    m_repository->loadFromCopy(
        m_filter, order, this, [this, generation](const QList<domain::ReviewedResource> &rows, const QDateTime &seenAt) {
            if (!m_feed.acceptCopy(generation, seenAt))
                return;
            if (!rows.isEmpty()) {
                beginInsertRows({}, 0, int(rows.size()) - 1);
                m_rows = rows;
                for (const domain::ReviewedResource &r : rows)
                    m_ids.insert(r.resource.id);
                endInsertRows();
            }
            m_feed.copyShown(int(rows.size()));
        });
    return true;
}

repository::Pending ResourceReviewModel::requestPage(quint64 generation, int page, int size)
{
    api::ListQuery query = currentQuery();
    query.page(page).size(size);
    return m_repository->loadPage(
        query, this,
        [this, generation](const QList<domain::ReviewedResource> &rows, const api::ListPageMeta &meta) {
            if (!m_feed.isCurrent(generation))
                return; // an answer to an older sort, filter or account
            const QList<domain::ReviewedResource> fresh =
                PageFeed::freshRows(rows, m_ids, [](const domain::ReviewedResource &r) { return r.resource.id; });
            if (!fresh.isEmpty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(fresh.size()) - 1);
                m_rows.append(fresh);
                endInsertRows();
            }
            m_feed.pageArrived(generation, int(fresh.size()), !rows.isEmpty() && meta.hasNextPage, meta.totalItems);
        },
        [this, generation](const api::ApiError &error) { m_feed.pageFailed(generation, error); });
}

} // namespace models
