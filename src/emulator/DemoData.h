// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmulatorClock.h"
#include "Entities.h"

#include <QRandomGenerator>

namespace emulator {

// All emulator data, generated deterministically from a seed: locations, resource types with booking
// rates, resources, blog categories/posts/comments and applications.
class DemoData
{
public:
    DemoData(quint32 seed, int resourceCount, const EmulatorClock &clock); // resourceCount 0 = curated demo set

    QList<Business> businesses;
    QList<BookingRate> bookingRates;
    // Declaration order matters: computed fields of later tables read earlier ones.
    BlogPostCommentTable blogPostComments;
    BlogPostTable blogPosts;
    BlogCategoryTable blogCategories;
    ResourceTypeTable resourceTypes;
    ResourceTable resources;
    ApplicationTable applications;

    const Business *business(qint64 id) const;
    QList<BookingRate> ratesForType(qint64 resourceTypeId) const;
    QString newGuid();                  // deterministic per seed
    QString randomHex(int bytes);
    QDateTime now() const;              // the emulator clock's UTC time (publish dates are compared to it)

    // Re-resolves read-only names (BusinessName, ResourceTypeName, ...) after a write.
    void resolveNames(const QString &entity, int row);

    static QString staffName(qint64 id);

private:
    void makeBusinesses();
    void makeResourceTypes();
    void makeResources(int count, bool curated);
    void makeBlog();
    void makeApplications();
    void makeAuditCases(); // DemoAuditCases.cpp: suspicious settings for the resource review

    const EmulatorClock &m_clock;
    QRandomGenerator m_rng;
    QDateTime m_epoch;                  // fixed base for generated timestamps
};

} // namespace emulator
