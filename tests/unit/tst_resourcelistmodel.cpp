// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using domain::Amenity;
using domain::AmenitySet;
using domain::Resource;
using models::ResourceListModel;

namespace {
Resource makeResource(qint64 id, const QString &name, std::optional<int> capacity = std::nullopt)
{
    Resource r;
    r.id = id;
    r.name = name;
    r.resourceTypeName = QStringLiteral("Meeting Room");
    r.systemType = domain::SystemResourceType::MeetingRoom;
    r.businessId = 9;
    r.businessName = QStringLiteral("Madrid");
    r.groupName = QStringLiteral("Floor 2");
    r.policy.allocation = capacity;
    return r;
}

QList<Resource> threeRooms()
{
    return {makeResource(1, QStringLiteral("Alpha"), 6), makeResource(2, QStringLiteral("Beta"), 4),
            makeResource(3, QStringLiteral("Gamma"))};
}
} // namespace

class TestResourceListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setResourcesResetsOnce()
    {
        ResourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setResources(threeRooms());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowForId(3), 2);
        QCOMPARE(model.rowForId(42), -1);
        QCOMPARE(model.resourceAt(1).name, QStringLiteral("Beta"));
        QCOMPARE(model.resourceAt(7).id, 0);
        QCOMPARE(model.resourceAt(-1).id, 0);
    }

    void roleValues()
    {
        ResourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<Resource> rooms = threeRooms();
        rooms[0].amenities = AmenitySet::of({Amenity::Projector, Amenity::CCTV});
        rooms[0].policy.requiresConfirmation = true;
        rooms[0].priceFormatted = QStringLiteral("€20.00");
        rooms[0].descriptionHtml = QStringLiteral("<p>Hi</p>");
        rooms[0].archived = true;
        model.setResources(rooms);

        const QModelIndex alpha = model.index(0);
        QCOMPARE(alpha.data(Qt::DisplayRole).toString(), QStringLiteral("Alpha"));
        QCOMPARE(alpha.data(ResourceListModel::NameRole).toString(), QStringLiteral("Alpha"));
        QCOMPARE(alpha.data(ResourceListModel::IdRole).toLongLong(), 1);
        QCOMPARE(alpha.data(ResourceListModel::ResourceTypeNameRole).toString(), QStringLiteral("Meeting Room"));
        QCOMPARE(alpha.data(ResourceListModel::SystemTypeRole).toInt(), 1);
        QCOMPARE(alpha.data(ResourceListModel::BusinessIdRole).toLongLong(), 9);
        QCOMPARE(alpha.data(ResourceListModel::BusinessNameRole).toString(), QStringLiteral("Madrid"));
        QCOMPARE(alpha.data(ResourceListModel::GroupNameRole).toString(), QStringLiteral("Floor 2"));
        QCOMPARE(alpha.data(ResourceListModel::CapacityRole).toInt(), 6);
        QCOMPARE(alpha.data(ResourceListModel::CapacityRole).metaType(), QMetaType::fromType<int>());
        QCOMPARE(alpha.data(ResourceListModel::CapacityTextRole).toString(), QStringLiteral("6 people"));
        QCOMPARE(alpha.data(ResourceListModel::AmenitiesRole).toUInt(), rooms[0].amenities.bits());
        QCOMPARE(alpha.data(ResourceListModel::VisibleRole).toBool(), true);
        QCOMPARE(alpha.data(ResourceListModel::ArchivedRole).toBool(), true);
        QCOMPARE(alpha.data(ResourceListModel::HideInCalendarRole).toBool(), false);
        QCOMPARE(alpha.data(ResourceListModel::RequiresConfirmationRole).toBool(), true);
        QCOMPARE(alpha.data(ResourceListModel::PriceFormattedRole).toString(), QStringLiteral("€20.00"));
        QCOMPARE(alpha.data(ResourceListModel::DescriptionHtmlRole).toString(), QStringLiteral("<p>Hi</p>"));
        QCOMPARE(alpha.data(ResourceListModel::ResourceRole).value<Resource>(), rooms[0]);
        QCOMPARE(alpha.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Meeting Room · 6 people · Madrid, Floor 2"));

        // Gamma has no capacity: the raw role is invalid, the text is empty, the tooltip skips it.
        const QModelIndex gamma = model.index(2);
        QVERIFY(!gamma.data(ResourceListModel::CapacityRole).isValid());
        QVERIFY(gamma.data(ResourceListModel::CapacityTextRole).toString().isEmpty());
        QCOMPARE(gamma.data(Qt::ToolTipRole).toString(), QStringLiteral("Meeting Room · Madrid, Floor 2"));
    }

    void tooltipFallsBackToTheSystemTypeName()
    {
        Resource r = makeResource(1, QStringLiteral("Booth"), 1);
        r.resourceTypeName.clear();
        r.systemType = domain::SystemResourceType::PhoneBooth;
        r.groupName.clear();
        QCOMPARE(ResourceListModel::summaryText(r), QStringLiteral("Phone booth · 1 people · Madrid"));
    }

    void roleNamesCoverEveryRole()
    {
        ResourceListModel model;
        const QHash<int, QByteArray> names = model.roleNames();
        for (int role = ResourceListModel::IdRole; role <= ResourceListModel::ResourceRole; ++role)
            QVERIFY2(names.contains(role), qPrintable(QString::number(role)));
        QCOMPARE(names.value(ResourceListModel::NameRole), QByteArray("name"));
        // Named after the enum key: "Role" dropped, first letter lowercase.
        QCOMPARE(names.value(ResourceListModel::HideInCalendarRole), QByteArray("hideInCalendar"));
        QCOMPARE(names.value(ResourceListModel::ResourceRole), QByteArray("resource"));
        QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    }

    void upsertChangesInPlaceWithoutReset()
    {
        ResourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setResources(threeRooms());
        const QPersistentModelIndex selected = model.index(1); // "Beta", as a view's selection would hold it

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        Resource betaRenamed = makeResource(2, QStringLiteral("Beta Prime"), 8);
        model.upsert({betaRenamed, makeResource(1, QStringLiteral("Alpha"), 6) /* unchanged */,
                      makeResource(4, QStringLiteral("Delta"), 2)});

        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1); // only Beta changed
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), 3);

        QCOMPARE(model.rowCount(), 4);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 1);
        QCOMPARE(selected.data().toString(), QStringLiteral("Beta Prime"));
        QCOMPARE(selected.data(ResourceListModel::CapacityRole).toInt(), 8);
        QCOMPARE(model.rowForId(4), 3);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("Gamma"));
    }

    void upsertOfIdenticalDataEmitsNothing()
    {
        ResourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setResources(threeRooms());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsert(threeRooms());
        model.upsert({});
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowCount(), 3);
    }

    void upsertGroupsNeighbouringRowsIntoRanges()
    {
        ResourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<Resource> rooms = threeRooms();
        rooms.append(makeResource(4, QStringLiteral("Delta")));
        model.setResources(rooms);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Rows 3, 0 and 1 change (given out of order): two ranges, 0-1 and 3-3.
        model.upsert({makeResource(4, QStringLiteral("Delta 2")), makeResource(1, QStringLiteral("Alpha 2")),
                      makeResource(2, QStringLiteral("Beta 2"))});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 3);
        QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 3);
        QCOMPARE(model.index(3).data().toString(), QStringLiteral("Delta 2"));
    }

    void upsertIntoEmptyModelAndDuplicatesInOneBatch()
    {
        ResourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsert({makeResource(5, QStringLiteral("Old")), makeResource(6, QStringLiteral("Six")),
                      makeResource(5, QStringLiteral("New"))});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(model.rowForId(5)).data().toString(), QStringLiteral("New"));
        QCOMPARE(model.rowForId(6), 1);
        // A second page appends after the first without touching it.
        model.upsert({makeResource(7, QStringLiteral("Seven"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowForId(7), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowForId(5), -1);
    }
};

QTEST_GUILESS_MAIN(TestResourceListModel)
#include "tst_resourcelistmodel.moc"
