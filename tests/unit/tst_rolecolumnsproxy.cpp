// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RoleColumnsProxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using models::RoleColumnsProxy;

namespace {
//! A list of (name, capacity) rows with a role for each.
class RoomList : public QAbstractListModel
{
public:
    enum Roles { NameRole = Qt::UserRole + 1, CapacityRole, CapacityTextRole };
    QList<QPair<QString, int>> rows;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto &row = rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return row.first;
        case CapacityRole:
            return row.second;
        case CapacityTextRole:
            return QStringLiteral("%1 people").arg(row.second);
        case Qt::ToolTipRole:
            return QString(QStringLiteral("tip ") + row.first);
        }
        return {};
    }
    void append(const QString &name, int capacity)
    {
        beginInsertRows({}, int(rows.size()), int(rows.size()));
        rows.append({name, capacity});
        endInsertRows();
    }
    void removeFirst()
    {
        beginRemoveRows({}, 0, 0);
        rows.removeFirst();
        endRemoveRows();
    }
    void setCapacity(int row, int capacity)
    {
        rows[row].second = capacity;
        Q_EMIT dataChanged(index(row), index(row));
    }
    void replaceAll(const QList<QPair<QString, int>> &newRows)
    {
        beginResetModel();
        rows = newRows;
        endResetModel();
    }
};
} // namespace

class TestRoleColumnsProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsRolesAsColumnsAndFollowsTheSource()
    {
        RoomList source;
        source.append(QStringLiteral("Board Room"), 12);
        RoleColumnsProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setColumns({{QStringLiteral("Name"), RoomList::NameRole},
                          {QStringLiteral("Capacity"), RoomList::CapacityTextRole, RoomList::CapacityRole}});
        proxy.setSourceModel(&source);

        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.columnCount(), 2);
        QCOMPARE(proxy.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Capacity"));
        QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("12 people"));
        QCOMPARE(proxy.index(0, 1).data(RoleColumnsProxy::SortValueRole).toInt(), 12);
        QCOMPARE(proxy.index(0, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("tip Board Room"));
        QCOMPARE(proxy.mapToSource(proxy.index(0, 1)), source.index(0));

        source.append(QStringLiteral("Phone Booth"), 1);
        QCOMPARE(proxy.rowCount(), 2);
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        source.setCapacity(1, 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), 1); // the whole row changed
        QCOMPARE(proxy.index(1, 1).data().toString(), QStringLiteral("2 people"));
        source.removeFirst();
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Phone Booth"));
        source.replaceAll({{QStringLiteral("A"), 3}, {QStringLiteral("B"), 20}, {QStringLiteral("C"), 8}});
        QCOMPARE(proxy.rowCount(), 3);
    }

    void capacitySortsAsNumbers()
    {
        RoomList source;
        source.append(QStringLiteral("A"), 12);
        source.append(QStringLiteral("B"), 2);
        source.append(QStringLiteral("C"), 100);
        RoleColumnsProxy columns;
        columns.setColumns({{QStringLiteral("Name"), RoomList::NameRole},
                            {QStringLiteral("Capacity"), RoomList::CapacityTextRole, RoomList::CapacityRole}});
        columns.setSourceModel(&source);
        QSortFilterProxyModel sorter;
        QAbstractItemModelTester tester(&sorter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        sorter.setSortRole(RoleColumnsProxy::SortValueRole);
        sorter.setSourceModel(&columns);
        sorter.sort(1, Qt::AscendingOrder);
        QCOMPARE(sorter.index(0, 0).data().toString(), QStringLiteral("B"));
        QCOMPARE(sorter.index(1, 0).data().toString(), QStringLiteral("A")); // 12 after 2, unlike text order
        QCOMPARE(sorter.index(2, 0).data().toString(), QStringLiteral("C"));
    }
};

QTEST_GUILESS_MAIN(TestRoleColumnsProxy)
#include "tst_rolecolumnsproxy.moc"
