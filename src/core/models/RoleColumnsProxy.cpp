// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleColumnsProxy.h"

#include <QSortFilterProxyModel>

namespace models {

RoleColumnsProxy::RoleColumnsProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void RoleColumnsProxy::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void RoleColumnsProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // Rows map one to one, so the source's row signals can be forwarded as they are.
        m_connections = {
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(source, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); }),
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); }),
            connect(source, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); }),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); }),
            connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); }),
            connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
                    [this](const QModelIndex &, int first, int last, const QModelIndex &, int dest) {
                        beginMoveRows({}, first, last, {}, dest);
                    }),
            connect(source, &QAbstractItemModel::rowsMoved, this, [this] { endMoveRows(); }),
            connect(source, &QAbstractItemModel::dataChanged, this, &RoleColumnsProxy::onSourceDataChanged),
            // Views turn their selection into persistent indexes on layoutAboutToBeChanged: remember
            // them after it, move them before layoutChanged.
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    [this] {
                        Q_EMIT layoutAboutToBeChanged();
                        rememberPersistentRows();
                    }),
            connect(source, &QAbstractItemModel::layoutChanged, this,
                    [this] {
                        movePersistentRows();
                        Q_EMIT layoutChanged();
                    }),
        };
    }
    endResetModel();
}

void RoleColumnsProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &)
{
    if (m_columns.isEmpty())
        return;
    Q_EMIT dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), int(m_columns.size()) - 1));
}

void RoleColumnsProxy::rememberPersistentRows()
{
    m_persistentBefore = persistentIndexList();
    m_sourceRowsBefore.clear();
    m_sourceRowsBefore.reserve(m_persistentBefore.size());
    for (const QModelIndex &index : std::as_const(m_persistentBefore))
        m_sourceRowsBefore.append(QPersistentModelIndex(mapToSource(index)));
}

void RoleColumnsProxy::movePersistentRows()
{
    for (qsizetype i = 0; i < m_persistentBefore.size(); ++i) {
        const QPersistentModelIndex &source = m_sourceRowsBefore.at(i);
        const QModelIndex &before = m_persistentBefore.at(i);
        changePersistentIndex(before, source.isValid() ? index(source.row(), before.column()) : QModelIndex());
    }
    m_persistentBefore.clear();
    m_sourceRowsBefore.clear();
}

void RoleColumnsProxy::sort(int column, Qt::SortOrder order)
{
    auto *sorter = qobject_cast<QSortFilterProxyModel *>(sourceModel());
    if (!sorter)
        return;
    if (column < 0 || column >= m_columns.size()) {
        sorter->sort(-1, order);
        return;
    }
    const Column &chosen = m_columns.at(column);
    sorter->setSortRole(chosen.sortRole >= 0 ? chosen.sortRole : chosen.displayRole);
    sorter->sort(0, order);
}

QModelIndex RoleColumnsProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(proxyIndex.row(), 0);
}

QModelIndex RoleColumnsProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || m_columns.isEmpty())
        return {};
    return index(sourceIndex.row(), 0);
}

QModelIndex RoleColumnsProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RoleColumnsProxy::parent(const QModelIndex &) const
{
    return {};
}

int RoleColumnsProxy::rowCount(const QModelIndex &parent) const
{
    return (parent.isValid() || !sourceModel() || m_columns.isEmpty()) ? 0 : sourceModel()->rowCount();
}

int RoleColumnsProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool RoleColumnsProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

Qt::ItemFlags RoleColumnsProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant RoleColumnsProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !sourceModel())
        return {};
    const Column &column = m_columns.at(index.column());
    const QModelIndex source = sourceModel()->index(index.row(), 0);
    if (role == Qt::DisplayRole)
        return source.data(column.displayRole);
    if (role == SortValueRole)
        return source.data(column.sortRole >= 0 ? column.sortRole : column.displayRole);
    if (role == Qt::AccessibleTextRole)
        return QStringLiteral("%1: %2").arg(column.title, source.data(column.displayRole).toString());
    // Every other role (tooltip, custom roles) comes from the row.
    return source.data(role);
}

QVariant RoleColumnsProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).title;
    return {};
}

} // namespace models
