// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QList>

namespace models {

class BookingListModel;


//! My bookings as a tree over the flat BookingListModel: the bookings of one series under one
//! item that names the room, the count and the next date; single bookings stay top-level rows.
//! Top-level items keep the flat list's order (a series sits where its first flat row is);
//! a series' bookings are in date order. One column.
class BookingSeriesTreeProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit BookingSeriesTreeProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    //! The flat model's row behind `index`; -1 for a series item.
    int sourceRow(const QModelIndex &index) const;
    //! The flat rows under a series item, in date order; the one row of any other index.
    QList<int> sourceRowsOf(const QModelIndex &index) const;
    bool isSeries(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    //! One top-level item: a single booking's row, or a series' rows (seriesId non-empty).
    struct Group {
        QString seriesId;
        QList<int> rows;
    };
    void rebuild();
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    QString seriesText(const Group &group) const;

    BookingListModel *m_list = nullptr;
    QList<Group> m_groups;
    QList<int> m_groupOfRow; //!< flat row → index in m_groups
    QList<int> m_placeOfRow; //!< flat row → row under its series item (0 for a single booking)
};

} // namespace models
