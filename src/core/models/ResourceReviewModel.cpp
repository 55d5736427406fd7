// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceReviewModel.h"

#include "api/ApiRequest.h"

#include <QDateTime>

namespace models {

using Columns = domain::ResourceReviewColumns;

ResourceReviewModel::ResourceReviewModel(QObject *parent) : QAbstractTableModel(parent) {}

ResourceReviewModel::~ResourceReviewModel()
{
    if (m_request)
        m_request->abandon();
}

void ResourceReviewModel::setRepository(repository::ResourceReviewRepository *repository)
{
    if (m_repository == repository)
        return;
    m_repository = repository;
    m_started = false;
    m_offline = false;
    clearRows();
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
    return !parent.isValid() && m_repository && m_started && !m_resetting && !m_atEnd && !isLoading() && !m_failed;
}

void ResourceReviewModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void ResourceReviewModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= Columns::Count || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    restart();
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
    restart();
}

void ResourceReviewModel::reload()
{
    clearRows();
    m_started = true;
    if (m_repository)
        requestPage();
}

void ResourceReviewModel::restart()
{
    if (!m_started)
        return;
    if (!m_offline || !m_repository) {
        reload();
        return;
    }
    // The space was out of reach a moment ago: sort and filter the copy rather than wait for it again.
    clearRows();
    m_atEnd = true; // no page may be asked meanwhile
    showOfflineCopy(tr("The space cannot be reached."), 0);
}

void ResourceReviewModel::showOfflineCopy(const QString &failure, int httpStatus)
{
    const quint64 generation = m_generation;
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
        m_filter, order, this,
        [this, generation, failure, httpStatus](const QList<domain::ReviewedResource> &rows, const QDateTime &seenAt) {
            if (generation != m_generation)
                return; // another sort, filter, reload or account meanwhile
            if (!seenAt.isValid() || !m_rows.isEmpty()) {
                m_offline = false;
                Q_EMIT errorOccurred(failure, httpStatus); // never read while online: nothing to show
                return;
            }
            m_offline = true;
            m_offlineSince = seenAt;
            m_atEnd = true; // no paging offline; reload() asks the space again
            m_failed = false;
            m_totalItems = int(rows.size());
            if (!rows.isEmpty()) {
                beginInsertRows({}, 0, int(rows.size()) - 1);
                m_rows = rows;
                endInsertRows();
            }
            Q_EMIT offlineCopyShown(seenAt);
        });
}

void ResourceReviewModel::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    fetchMore();
}

void ResourceReviewModel::clearRows()
{
    // A new generation first: whatever is still on its way belongs to another query or account.
    ++m_generation;
    if (m_request)
        m_request->abandon();
    setRequest(nullptr);
    m_nextPage = 1;
    m_totalItems = 0;
    m_atEnd = false;
    m_failed = false;
    if (!m_rows.isEmpty()) {
        // Views (and QAbstractItemModelTester) may call fetchMore() on the reset; the caller asks
        // for the first page itself, so none may start meanwhile.
        m_resetting = true;
        beginResetModel();
        m_rows.clear();
        endResetModel();
        m_resetting = false;
    }
}

void ResourceReviewModel::requestPage()
{
    const quint64 generation = m_generation;
    api::ListQuery query = currentQuery();
    query.page(m_nextPage).size(m_pageSize);
    api::ApiRequest *request = m_repository->loadPage(
        query, this,
        [this, generation](const QList<domain::ReviewedResource> &rows, const api::ListPageMeta &meta) {
            if (generation != m_generation)
                return; // an answer to an older sort, filter or account
            m_offline = false;
            QList<domain::ReviewedResource> fresh;
            for (const domain::ReviewedResource &r : rows) {
                if (rowForId(r.resource.id) < 0)
                    fresh.append(r); // an edit meanwhile can shift a record into the next page
            }
            if (!fresh.isEmpty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(fresh.size()) - 1);
                m_rows.append(fresh);
                endInsertRows();
            }
            m_totalItems = meta.totalItems;
            const int page = m_nextPage++;
            m_atEnd = rows.isEmpty() || !meta.hasNextPage;
            setRequest(nullptr);
            Q_EMIT pageLoaded(page);
        },
        [this, generation](const api::ApiError &error) {
            if (generation != m_generation)
                return;
            m_failed = true;
            setRequest(nullptr);
            if (error.isUnreachable() && m_rows.isEmpty() && m_repository && m_repository->hasOfflineStore()) {
                showOfflineCopy(error.message(), error.httpStatus()); // nothing shown yet: the copy instead
                return;
            }
            Q_EMIT errorOccurred(error.message(), error.httpStatus());
        });
    if (!request)
        return;
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        if (m_request == request)
            setRequest(nullptr);
    });
    setRequest(request);
}

void ResourceReviewModel::setRequest(api::ApiRequest *request)
{
    const bool was = isLoading();
    m_request = request;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

} // namespace models
