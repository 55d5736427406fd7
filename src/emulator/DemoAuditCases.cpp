// SPDX-License-Identifier: GPL-3.0-or-later
// Resources with suspicious settings, so the staff's resource review has something to flag. Added
// after the curated set (ids from 10064) without the data's RNG, so every earlier id, GUID and key
// stays as it was.
#include "DemoData.h"

#include <QUuid>

namespace emulator {

namespace {

constexpr qint64 kMadrid = 1001, kLisboa = 1002, kLondon = 1003;
constexpr int kTypesPerLocation = 13;

qint64 typeId(qint64 business, int typeIndex) // typeIndex: see kTypes in DemoResources.cpp
{
    return 2001 + (business - kMadrid) * kTypesPerLocation + typeIndex;
}

QString stableGuid(const QString &name)
{
    static const QUuid ns(QStringLiteral("{0b7f4d52-8c1e-4d7a-a3c4-51f0e6b2d9a7}"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

} // namespace

void DemoData::makeAuditCases()
{
    // A resource type without any booking rate (nothing can be charged for it).
    ResourceTypeRec pod;
    pod.BusinessId = kMadrid;
    pod.Name = QStringLiteral("Quiet Pod");
    pod.UniqueId = stableGuid(pod.Name);
    pod.CreatedOn = m_epoch.addDays(-20);
    pod.UpdatedOn = pod.CreatedOn;
    pod.UpdatedBy = QStringLiteral("admin@demo.test");
    const qint64 podType = resourceTypes.add(pod).Id;
    resolveNames(QStringLiteral("ResourceType"), resourceTypes.rowCount() - 1);

    auto add = [this](qint64 business, qint64 type, int systemType, const char *name, const char *group,
                      std::optional<int> allocation, auto &&tweak) {
        ResourceRec r;
        r.BusinessId = business;
        r.ResourceTypeId = type;
        r.SystemResourceType = systemType;
        r.Name = QString::fromUtf8(name);
        r.GroupName = QString::fromUtf8(group);
        r.Description = QStringLiteral("<p>%1</p>").arg(r.Name);
        r.Visible = true;
        r.Allocation = allocation;
        r.Internet = true;
        r.DisplayOrder = 30 + resources.rowCount() % 10;
        r.UniqueId = stableGuid(r.Name);
        r.CreatedOn = m_epoch.addDays(300 + resources.rowCount() % 10);
        r.UpdatedOn = r.CreatedOn.addDays(14);
        r.UpdatedBy = QStringLiteral("admin@demo.test");
        tweak(r);
        resources.add(std::move(r));
        resolveNames(QStringLiteral("Resource"), resources.rowCount() - 1);
    };
    // Minimum booking length above the maximum: nobody can book it.
    add(kMadrid, typeId(kMadrid, 0), 1, "Long Focus Room Retiro", "Floor 2", 4, [](ResourceRec &r) {
        r.MinBookingLength = 120;
        r.MaxBookingLength = 60;
    });
    // Multiple bookings allowed, but no allocation to cap them (null, then 0).
    add(kMadrid, typeId(kMadrid, 1), 2, "Coworking Lounge Sol", "Ground floor", std::nullopt,
        [](ResourceRec &r) { r.AllowMultipleBookings = true; });
    add(kLisboa, typeId(kLisboa, 1), 2, "Open Desk Area Chiado", "Floor 1", 0,
        [](ResourceRec &r) { r.AllowMultipleBookings = true; });
    // A resource of the type without booking rates.
    add(kMadrid, podType, 12, "Quiet Pod Chamberí", "Floor 3", 1, [](ResourceRec &) {});
    // Cancellation fees charged with nothing to charge.
    add(kLondon, typeId(kLondon, 0), 1, "Workshop Room Hackney", "Floor 2", 10, [](ResourceRec &r) {
        r.ChargeCancellationFee = true;
        r.CancellationFeeType = 1; // absolute, no amount
        r.LateCancellationLimit = 1440;
        r.CancellationFeeProductId = 9101;
    });
    add(kMadrid, typeId(kMadrid, 3), 4, "Seminar Hall Prado", "Floor 1", 60, [](ResourceRec &r) {
        r.ChargeCancellationFee = true;
        r.CancellationFeeType = 2; // percentage of 0
        r.CancellationFeePercentage = 0.0;
        r.LateCancellationLimit = 2880;
        r.CancellationFeeProductId = 9101;
    });
    // Visitors limited to an allocation that is not set.
    add(kLisboa, typeId(kLisboa, 12), 0, "Recording Studio Graça", "Basement", std::nullopt,
        [](ResourceRec &r) { r.LimitVisitorsToAllocation = true; });
}

} // namespace emulator
