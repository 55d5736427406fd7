// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceFilterProxy.h"
#include "models/ResourceListModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using domain::Amenity;
using models::ResourceFilter;
using models::ResourceFilterProxy;

namespace {
domain::Resource room(qint64 id, domain::SystemResourceType type, qint64 location, std::optional<int> capacity,
                      domain::AmenitySet amenities)
{
    domain::Resource r;
    r.id = id;
    r.name = QStringLiteral("Room %1").arg(id);
    r.systemType = type;
    r.businessId = location;
    r.policy.allocation = capacity;
    r.amenities = amenities;
    return r;
}

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(models::ResourceListModel::IdRole).toLongLong());
    std::sort(result.begin(), result.end());
    return result;
}
} // namespace

class TestResourceFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachFacetAndTheirCombination()
    {
        using T = domain::SystemResourceType;
        models::ResourceListModel source;
        domain::Resource hidden = room(9, T::MeetingRoom, 1, 6, domain::AmenitySet::of({Amenity::Projector}));
        hidden.visible = false;
        domain::Resource archived = hidden;
        archived.id = 10;
        archived.visible = true;
        archived.archived = true;
        domain::Resource calendarHidden = archived;
        calendarHidden.id = 11;
        calendarHidden.archived = false;
        calendarHidden.hideInCalendar = true;
        source.setResources({
            room(1, T::MeetingRoom, 1, 6, domain::AmenitySet::of({Amenity::Projector, Amenity::WhiteBoard})),
            room(2, T::MeetingRoom, 2, 10, domain::AmenitySet::of({Amenity::Projector})),
            room(3, T::PhoneBooth, 1, 1, domain::AmenitySet::of({Amenity::Soundproof})),
            room(4, T::HotDesk, 2, std::nullopt, {}),
            hidden, archived, calendarHidden,
        });
        ResourceFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&source);
        QCOMPARE(ids(proxy), QList<qint64>({1, 2, 3, 4})); // hidden, archived, calendar-hidden never listed

        ResourceFilter filter;
        filter.amenities = domain::AmenitySet::of({Amenity::Projector});
        proxy.setFilter(filter);
        QCOMPARE(ids(proxy), QList<qint64>({1, 2}));
        filter.amenities = domain::AmenitySet::of({Amenity::Projector, Amenity::WhiteBoard}); // all must match
        proxy.setFilter(filter);
        QCOMPARE(ids(proxy), QList<qint64>({1}));

        filter = {};
        filter.minCapacity = 6;
        proxy.setFilter(filter);
        QCOMPARE(ids(proxy), QList<qint64>({1, 2})); // unknown capacity does not pass a minimum
        filter.locations = {2};
        proxy.setFilter(filter);
        QCOMPARE(ids(proxy), QList<qint64>({2}));
        filter = {};
        filter.systemTypes = {int(T::PhoneBooth), int(T::HotDesk)};
        proxy.setFilter(filter);
        QCOMPARE(ids(proxy), QList<qint64>({3, 4}));

        // Facet counts: each choice counted with the other facets applied (here: the type filter).
        QCOMPARE(proxy.locationCounts().value(1), 1);
        QCOMPARE(proxy.locationCounts().value(2), 1);
        QCOMPARE(proxy.systemTypeCounts().value(int(T::MeetingRoom)), 2); // what picking it would add
        QCOMPARE(proxy.amenityCounts().value(Amenity::Soundproof), 1);
        QCOMPARE(proxy.amenityCounts().value(Amenity::Projector), 0);

        // The source changing in place is followed.
        source.upsert({room(5, T::HotDesk, 1, 2, {})});
        QCOMPARE(ids(proxy), QList<qint64>({3, 4, 5}));
    }

    // A view lays itself out again for every removed or inserted range; a filter change over
    // scattered rows must reach it as one layout change, and what stays listed keeps its index.
    void aFilterChangeIsOneLayoutChange()
    {
        using T = domain::SystemResourceType;
        models::ResourceListModel source;
        QList<domain::Resource> rooms;
        for (qint64 id = 1; id <= 200; ++id) // every third room has a projector: 67 scattered ranges
            rooms.append(room(id, T::MeetingRoom, 1, 4,
                              id % 3 == 0 ? domain::AmenitySet::of({Amenity::Projector}) : domain::AmenitySet{}));
        source.setResources(rooms);
        ResourceFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&source);
        const QPersistentModelIndex kept = proxy.index(29, 0); // room 30, which has a projector
        QCOMPARE(kept.data(models::ResourceListModel::IdRole).toLongLong(), 30);
        const QPersistentModelIndex dropped = proxy.index(30, 0); // room 31, which has none
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);

        ResourceFilter filter;
        filter.amenities = domain::AmenitySet::of({Amenity::Projector});
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 66);
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(removed.count(), 0);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), 9); // the tenth room with a projector
        QCOMPARE(kept.data(models::ResourceListModel::IdRole).toLongLong(), 30);
        QVERIFY(!dropped.isValid());

        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), 200);
        QCOMPARE(layouts.count(), 2);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(kept.row(), 29);
    }

    void facetCountsMatchABruteForceCount()
    {
        QRandomGenerator rng(7);
        QList<domain::Resource> resources;
        for (int i = 1; i <= 400; ++i) {
            const auto type = domain::allSystemResourceTypes().at(int(rng.bounded(domain::allSystemResourceTypes().size())));
            resources.append(room(i, type, 1 + rng.bounded(3), rng.bounded(5) == 0 ? std::nullopt : std::optional<int>(1 + rng.bounded(30)),
                                  domain::AmenitySet::fromBits(rng.generate())));
        }
        models::ResourceListModel source;
        source.setResources(resources);
        ResourceFilterProxy proxy;
        proxy.setSourceModel(&source);
        ResourceFilter filter;
        filter.minCapacity = 4;
        filter.amenities = domain::AmenitySet::of({Amenity::Internet});
        filter.locations = {2};
        QSignalSpy counted(&proxy, &ResourceFilterProxy::facetCountsChanged);
        proxy.setFilter(filter);
        QCOMPARE(counted.count(), 1);
        for (qint64 location = 1; location <= 3; ++location) {
            ResourceFilter picked = filter;
            picked.locations = {location};
            ResourceFilterProxy check;
            check.setSourceModel(&source);
            check.setFilter(picked);
            QCOMPARE(proxy.locationCounts().value(location), check.rowCount());
        }
        for (int threshold : ResourceFilterProxy::capacityThresholds()) {
            ResourceFilter picked = filter;
            picked.minCapacity = threshold;
            ResourceFilterProxy check;
            check.setSourceModel(&source);
            check.setFilter(picked);
            QCOMPARE(proxy.capacityCounts().value(threshold), check.rowCount());
        }
        for (Amenity amenity : domain::allAmenities()) {
            ResourceFilter picked = filter;
            picked.amenities = picked.amenities | domain::AmenitySet::of({amenity});
            ResourceFilterProxy check;
            check.setSourceModel(&source);
            check.setFilter(picked);
            QCOMPARE(proxy.amenityCounts().value(amenity), check.rowCount());
        }
    }
};

QTEST_GUILESS_MAIN(TestResourceFilterProxy)
#include "tst_resourcefilterproxy.moc"
