// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Amenity.h"
#include "domain/BookingPolicy.h"
#include "domain/SystemResourceType.h"

#include <QSet>
#include <QTest>

using domain::Amenity;
using domain::AmenityGroup;
using domain::AmenitySet;
using domain::SystemResourceType;

class TestResourceEnums : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void systemResourceTypesAreTheDocumentedOnes()
    {
        QList<int> numbers;
        for (SystemResourceType type : domain::allSystemResourceTypes())
            numbers.append(static_cast<int>(type));
        QCOMPARE(numbers, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 99}));
        for (int n : numbers)
            QCOMPARE(static_cast<int>(domain::systemResourceTypeFromInt(n)), n);
    }

    void unknownSystemResourceTypeIsOther()
    {
        for (int n : {8, 13, 98, 100, -1})
            QCOMPARE(domain::systemResourceTypeFromInt(n), SystemResourceType::Other);
    }

    void systemResourceTypeNamesAreDistinct()
    {
        QSet<QString> names;
        for (SystemResourceType type : domain::allSystemResourceTypes()) {
            const QString name = domain::displayName(type);
            QVERIFY(!name.isEmpty());
            names.insert(name);
        }
        QCOMPARE(names.size(), domain::allSystemResourceTypes().size());
        QCOMPARE(domain::displayName(SystemResourceType::PhoneBooth), QStringLiteral("Phone booth"));
    }

    void cancellationFeeTypeFromInt()
    {
        QCOMPARE(domain::cancellationFeeTypeFromInt(0), domain::CancellationFeeType::None);
        QCOMPARE(domain::cancellationFeeTypeFromInt(1), domain::CancellationFeeType::Absolute);
        QCOMPARE(domain::cancellationFeeTypeFromInt(2), domain::CancellationFeeType::Percentage);
        QCOMPARE(domain::cancellationFeeTypeFromInt(3), domain::CancellationFeeType::None);
    }

    void amenityTablesAreComplete()
    {
        QCOMPARE(domain::allAmenities().size(), 28);
        QSet<QString> keys, icons, labels;
        for (Amenity amenity : domain::allAmenities()) {
            keys.insert(domain::amenityJsonKey(amenity).toString());
            const QString icon = domain::amenityIconName(amenity);
            QVERIFY2(icon.startsWith(u"amenity-"), qPrintable(icon));
            icons.insert(icon);
            labels.insert(domain::amenityLabel(amenity));
            QCOMPARE(domain::amenityFromJsonKey(domain::amenityJsonKey(amenity)), std::optional<Amenity>(amenity));
        }
        QCOMPARE(keys.size(), 28);
        QCOMPARE(icons.size(), 28);
        QCOMPARE(labels.size(), 28);
        QCOMPARE(domain::amenityJsonKey(Amenity::PaSystem), QStringView(u"PaSystem"));
        QCOMPARE(domain::amenityJsonKey(Amenity::TeaAndCoffee), QStringView(u"TeaAndCoffee"));
        QCOMPARE(domain::amenityJsonKey(Amenity::SecureStorage), QStringView(u"SecureStorage"));
    }

    void amenityKeysAreCaseInsensitiveOnLookup()
    {
        QCOMPARE(domain::amenityFromJsonKey(u"PASystem"), std::optional<Amenity>(Amenity::PaSystem));
        QCOMPARE(domain::amenityFromJsonKey(u"cctv"), std::optional<Amenity>(Amenity::CCTV));
        QVERIFY(!domain::amenityFromJsonKey(u"Jacuzzi"));
    }

    void everyAmenityIsInExactlyOneGroup()
    {
        int total = 0;
        QSet<QString> groupLabels;
        for (AmenityGroup group : domain::allAmenityGroups()) {
            const QList<Amenity> members = domain::amenitiesInGroup(group);
            QVERIFY(!members.isEmpty());
            for (Amenity amenity : members)
                QCOMPARE(domain::amenityGroup(amenity), group);
            total += int(members.size());
            groupLabels.insert(domain::amenityGroupLabel(group));
        }
        QCOMPARE(total, 28);
        QCOMPARE(groupLabels.size(), domain::allAmenityGroups().size());
        QCOMPARE(domain::amenityGroup(Amenity::Projector), AmenityGroup::AudioVisual);
        QCOMPARE(domain::amenityGroup(Amenity::Drinks), AmenityGroup::FoodAndDrink);
        QCOMPARE(domain::amenityGroup(Amenity::CCTV), AmenityGroup::Security);
    }

    void amenitySetBasics()
    {
        AmenitySet set;
        QVERIFY(set.isEmpty());
        set.set(Amenity::Projector);
        set.set(Amenity::SecureStorage);
        QVERIFY(set.has(Amenity::Projector));
        QVERIFY(set.has(Amenity::SecureStorage));
        QVERIFY(!set.has(Amenity::Internet));
        QCOMPARE(set.count(), 2);
        QCOMPARE(set.toList(), (QList<Amenity>{Amenity::Projector, Amenity::SecureStorage}));
        set.set(Amenity::Projector, false);
        QVERIFY(!set.has(Amenity::Projector));
        QCOMPARE(set.count(), 1);
        QCOMPARE(set.bits(), quint32(1) << 27);
    }

    void amenitySetContainsAll()
    {
        const AmenitySet room = AmenitySet::of({Amenity::Projector, Amenity::WhiteBoard, Amenity::Internet});
        QVERIFY(room.containsAll({}));
        QVERIFY(room.containsAll(AmenitySet::of({Amenity::Projector, Amenity::Internet})));
        QVERIFY(room.containsAll(room));
        QVERIFY(!room.containsAll(AmenitySet::of({Amenity::Projector, Amenity::CCTV})));
        QVERIFY(!AmenitySet().containsAll(AmenitySet::of({Amenity::CCTV})));
        QCOMPARE(AmenitySet::of({Amenity::Projector}) | AmenitySet::of({Amenity::CCTV}),
                 AmenitySet::of({Amenity::Projector, Amenity::CCTV}));
    }

    void amenitySetFromBitsDropsUnknownBits()
    {
        const AmenitySet set = AmenitySet::fromBits(0xFFFFFFFFu);
        QCOMPARE(set.count(), 28);
        QCOMPARE(AmenitySet::fromBits(set.bits()), set);
    }
};

QTEST_GUILESS_MAIN(TestResourceEnums)
#include "tst_resourceenums.moc"
