// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceReviewModel.h"

namespace models {

template class RepositoryPagedModel<repository::ResourceReviewRepository, domain::ReviewedResource>;

using Columns = domain::ResourceReviewColumns;

ResourceReviewModel::ResourceReviewModel(QObject *parent)
    : RepositoryPagedModel(repository::datasets::reviewResources, 50, Start::OnReload, parent)
{
}

ResourceReviewModel::~ResourceReviewModel() = default;

int ResourceReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Columns::Count);
}

QVariant ResourceReviewModel::rowData(const domain::ReviewedResource &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return Columns::text(row, column);
    case Qt::AccessibleTextRole:
        return QString(Columns::title(column) + QStringLiteral(": ") + Columns::text(row, column));
    case Qt::ToolTipRole:
        return column == Columns::Name ? QVariant(row.resource.name) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Columns::Capacity ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortValueRole:
        return Columns::sortValue(row, column);
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
    return PagedModel::headerData(section, orientation, role);
}

void ResourceReviewModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= Columns::Count || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    feed().restart();
}

api::ListQuery ResourceReviewModel::currentQuery() const
{
    return repository::ResourceReviewRepository::listQuery(
        m_filter, Columns::orderField(m_sortColumn),
        m_sortOrder == Qt::AscendingOrder ? api::SortDirection::Ascending : api::SortDirection::Descending);
}

void ResourceReviewModel::setFilter(const domain::ResourceReviewFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    feed().restart();
}

bool ResourceReviewModel::readCopy(quint64 generation)
{
    if (!repository() || !repository()->hasOfflineStore())
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
    repository()->loadFromCopy(m_filter, order, this, copyReceiver(generation));
    return true;
}

repository::Pending ResourceReviewModel::requestPage(quint64 generation, int page, int size)
{
    api::ListQuery query = currentQuery();
    query.page(page).size(size);
    return repository()->loadPage(query, this, pageReceiver(generation), failureReceiver(generation));
}

} // namespace models
