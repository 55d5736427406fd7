// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RoleColumnsProxy.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
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
        // A flat, read-only table: views need not ask each row for children.
        QCOMPARE(proxy.flags(proxy.index(0, 1)), Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
        QVERIFY(proxy.hasChildren());
        QVERIFY(!proxy.hasChildren(proxy.index(0, 0)));

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

    void sortingAColumnSortsTheSourceByItsRole()
    {
        RoomList source;
        source.append(QStringLiteral("gamma"), 100);
        source.append(QStringLiteral("Beta"), 2);
        source.append(QStringLiteral("alpha"), 12);
        QSortFilterProxyModel sorter; // a filtering source, as the rooms' ResourceFilterProxy
        sorter.setSourceModel(&source);
        sorter.setSortCaseSensitivity(Qt::CaseInsensitive);
        RoleColumnsProxy columns;
        QAbstractItemModelTester tester(&columns, QAbstractItemModelTester::FailureReportingMode::Fatal);
        columns.setColumns({{QStringLiteral("Name"), Qt::DisplayRole, RoomList::NameRole},
                            {QStringLiteral("Capacity"), RoomList::CapacityTextRole, RoomList::CapacityRole}});
        columns.setSourceModel(&sorter);
        const auto names = [&columns] {
            QStringList shown;
            for (int row = 0; row < columns.rowCount(); ++row)
                shown << columns.index(row, 0).data().toString();
            return shown;
        };

        columns.sort(1, Qt::AscendingOrder);
        QCOMPARE(names(), (QStringList{QStringLiteral("Beta"), QStringLiteral("alpha"), QStringLiteral("gamma")})); // 12 after 2: numbers
        columns.sort(0, Qt::AscendingOrder);
        QCOMPARE(sorter.sortRole(), int(RoomList::NameRole)); // the column's sort role, not what it displays
        QCOMPARE(names(), (QStringList{QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("gamma")})); // any case
        columns.sort(0, Qt::DescendingOrder);
        QCOMPARE(names(), (QStringList{QStringLiteral("gamma"), QStringLiteral("Beta"), QStringLiteral("alpha")}));
        columns.sort(-1);
        QCOMPARE(names(), (QStringList{QStringLiteral("gamma"), QStringLiteral("Beta"), QStringLiteral("alpha")})); // the source's order
        columns.sort(1, Qt::DescendingOrder);
        columns.sort(-1);
        QCOMPARE(names().first(), QStringLiteral("gamma"));
        QCOMPARE(names().last(), QStringLiteral("alpha"));
    }

    void theCurrentRowFollowsItsRoomThroughALayoutChange()
    {
        RoomList source;
        source.append(QStringLiteral("A"), 12);
        source.append(QStringLiteral("B"), 2);
        source.append(QStringLiteral("C"), 100);
        QSortFilterProxyModel sorter;
        sorter.setSourceModel(&source);
        RoleColumnsProxy columns;
        QAbstractItemModelTester tester(&columns, QAbstractItemModelTester::FailureReportingMode::Fatal);
        columns.setColumns({{QStringLiteral("Name"), RoomList::NameRole},
                            {QStringLiteral("Capacity"), RoomList::CapacityTextRole, RoomList::CapacityRole}});
        columns.setSourceModel(&sorter);
        QItemSelectionModel selection(&columns);
        selection.setCurrentIndex(columns.index(2, 1), QItemSelectionModel::ClearAndSelect); // C, capacity
        const QPersistentModelIndex kept(columns.index(0, 0)); // A

        columns.sort(1, Qt::DescendingOrder); // a layout change: C first, then A, then B
        QCOMPARE(selection.currentIndex(), columns.index(0, 1));
        QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("100 people"));
        QVERIFY(selection.isSelected(columns.index(0, 1)));
        QCOMPARE(kept.row(), 1);
        QCOMPARE(kept.column(), 0);

        sorter.setFilterRole(RoomList::NameRole);
        sorter.setFilterFixedString(QStringLiteral("B")); // C and A leave
        QVERIFY(!kept.isValid());
        QCOMPARE(columns.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRoleColumnsProxy)
#include "tst_rolecolumnsproxy.moc"
