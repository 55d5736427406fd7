// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QList>

namespace models {

//! Shows a one-column list model as a table: each column displays one role of the source rows.
//! Sorting uses each column's sort role (raw values), so capacities sort as numbers. sort() asks a
//! QSortFilterProxyModel source to sort by that role, so a filtering source sorts as well and one
//! proxy, not two, re-maps the rows when the filter changes.
class RoleColumnsProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    struct Column {
        QString title;    //!< translated header text
        int displayRole;  //!< source role shown as DisplayRole
        int sortRole = -1; //!< source role with the raw value for sorting; -1 = displayRole
    };

    explicit RoleColumnsProxy(QObject *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    //! Role of the proxy that gives a column's raw sort value.
    static constexpr int SortValueRole = Qt::UserRole + 1000;

    void setSourceModel(QAbstractItemModel *source) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    //! Rows never have children: a tree view then lays out 10,000 rows without asking each for them.
    bool hasChildren(const QModelIndex &parent = {}) const override;
    //! Read-only cells (enabled, selectable) without children, answered without mapping the index.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! By the column's sort role, done by the source when it is a QSortFilterProxyModel (else
    //! nothing); column -1 gives the source's own order back.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    //! Around a layout change of the source: views' persistent indexes (current room, selection)
    //! follow their rows, through the source's own persistent indexes.
    void rememberPersistentRows();
    void movePersistentRows();

    QList<Column> m_columns;
    QList<QMetaObject::Connection> m_connections;
    QModelIndexList m_persistentBefore;
    QList<QPersistentModelIndex> m_sourceRowsBefore;
};

} // namespace models
