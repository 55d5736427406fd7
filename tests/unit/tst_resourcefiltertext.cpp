// SPDX-License-Identifier: GPL-3.0-or-later
// The text and "who may book" facets of ResourceFilterProxy, alone and with the other facets.
#include "models/ResourceFilterProxy.h"
#include "models/ResourceListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using models::ResourceFilter;
using models::ResourceFilterProxy;

namespace {
domain::Resource room(qint64 id, const QString &name, const QString &group, const QString &description, qint64 location = 1)
{
    domain::Resource r;
    r.id = id;
    r.name = name;
    r.groupName = group;
    r.descriptionHtml = description;
    r.businessId = location;
    r.businessName = location == 1 ? QStringLiteral("Madrid") : QStringLiteral("Lisboa");
    r.resourceTypeName = QStringLiteral("Meeting Room");
    r.systemType = domain::SystemResourceType::MeetingRoom;
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

class TestResourceFilterText : public QObject
{
    Q_OBJECT
    models::ResourceListModel m_source;

private Q_SLOTS:
    void init()
    {
        m_source.setResources({
            room(1, QStringLiteral("Boardroom Retiro"), QStringLiteral("Floor 3"),
                 QStringLiteral("<p>Big <b>oak</b> table &amp; a view of the park</p>")),
            room(2, QStringLiteral("Huddle Prado"), QStringLiteral("Floor 2"), QStringLiteral("Quiet, with a whiteboard")),
            room(3, QStringLiteral("Phone Booth Oriente"), QStringLiteral("Floor 2"), QString(), 2),
        });
    }

    void matchesNameDescriptionAndGroup()
    {
        ResourceFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&m_source);
        proxy.setText(QStringLiteral("retiro"));
        QCOMPARE(ids(proxy), (QList<qint64>{1}));
        proxy.setText(QStringLiteral("OAK")); // in the description's markup-free text, any case
        QCOMPARE(ids(proxy), (QList<qint64>{1}));
        proxy.setText(QStringLiteral("floor 2")); // every word, anywhere
        QCOMPARE(ids(proxy), (QList<qint64>{2, 3}));
        proxy.setText(QStringLiteral("table park"));
        QCOMPARE(ids(proxy), (QList<qint64>{1}));
        proxy.setText(QStringLiteral("lisboa"));
        QCOMPARE(ids(proxy), (QList<qint64>{3}));
        proxy.setText(QStringLiteral("b>")); // markup is not text
        QCOMPARE(ids(proxy), QList<qint64>{});
        proxy.setText(QStringLiteral("  "));
        QCOMPARE(proxy.rowCount(), 3);
    }

    void combinesWithTheOtherFacetsAndCountsKeepIt()
    {
        ResourceFilterProxy proxy;
        proxy.setSourceModel(&m_source);
        proxy.setText(QStringLiteral("floor 2"));
        QCOMPARE(proxy.locationCounts().value(1), 1);
        QCOMPARE(proxy.locationCounts().value(2), 1);
        ResourceFilter f = proxy.filter();
        QCOMPARE(f.text, QStringLiteral("floor 2"));
        f.locations = {2};
        proxy.setFilter(f);
        QCOMPARE(ids(proxy), (QList<qint64>{3}));
        proxy.setText(QStringLiteral("huddle")); // the location stays chosen
        QCOMPARE(ids(proxy), QList<qint64>{});
        QCOMPARE(proxy.filter().locations, (QSet<qint64>{2}));
        QCOMPARE(proxy.locationCounts().value(1), 1);

        // With the time window too.
        proxy.setBusySlots({{3, QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC), QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC)}});
        f = proxy.filter();
        f.text = QStringLiteral("floor");
        f.freeFrom = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
        f.freeTo = QDateTime(QDate(2026, 9, 1), QTime(9, 30), Qt::UTC);
        proxy.setFilter(f);
        QCOMPARE(ids(proxy), QList<qint64>{});
        QCOMPARE(proxy.busyInWindowCount(), 1);
        f.locations.clear();
        proxy.setFilter(f);
        QCOMPARE(ids(proxy), (QList<qint64>{1, 2}));
    }

    void roomsAddedLaterAreSearchedToo()
    {
        ResourceFilterProxy proxy;
        proxy.setSourceModel(&m_source);
        proxy.setText(QStringLiteral("terrace"));
        QCOMPARE(proxy.rowCount(), 0);
        m_source.upsert({room(4, QStringLiteral("Sky Room"), QStringLiteral("Roof"), QStringLiteral("Opens onto the terrace"))});
        QCOMPARE(ids(proxy), (QList<qint64>{4}));
    }

    void whoMayBook()
    {
        using models::BookingAccess;
        QCOMPARE(models::bookingAccessOf({}), BookingAccess::Anyone);
        domain::BookingPolicy p;
        p.onlyForMembers = true;
        QCOMPARE(models::bookingAccessOf(p), BookingAccess::MembersOnly);
        p.onlyForContacts = true; // both: everyone with an account
        QCOMPARE(models::bookingAccessOf(p), BookingAccess::Anyone);
        p.onlyForMembers = false;
        QCOMPARE(models::bookingAccessOf(p), BookingAccess::ContactsOnly);
        p.onlyForInvoicingBusiness = true;
        QCOMPARE(models::bookingAccessOf(p), BookingAccess::InvoicedCustomers);
        p.tariffIds = {3};
        QCOMPARE(models::bookingAccessOf(p), BookingAccess::TeamsOrPlans);
        p = {};
        p.teamIds = {8};
        QCOMPARE(models::bookingAccessOf(p), BookingAccess::TeamsOrPlans);
        for (BookingAccess a : models::allBookingAccess())
            QVERIFY(!models::bookingAccessLabel(a).isEmpty());

        domain::Resource members = room(5, QStringLiteral("Members Lounge"), QStringLiteral("Floor 2"), {});
        members.policy.onlyForMembers = true;
        domain::Resource team = room(6, QStringLiteral("Team Room"), QStringLiteral("Floor 2"), {}, 2);
        team.policy.teamIds = {1};
        m_source.upsert({members, team});
        ResourceFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&m_source);
        QCOMPARE(proxy.accessCounts().value(int(BookingAccess::Anyone)), 3);
        QCOMPARE(proxy.accessCounts().value(int(BookingAccess::MembersOnly)), 1);
        QCOMPARE(proxy.accessCounts().value(int(BookingAccess::TeamsOrPlans)), 1);
        ResourceFilter f;
        f.access = {int(BookingAccess::Anyone)};
        proxy.setFilter(f);
        QCOMPARE(ids(proxy), (QList<qint64>{1, 2, 3}));
        QCOMPARE(proxy.accessCounts().value(int(BookingAccess::MembersOnly)), 1); // its own choice is not narrowed
        f.access = {int(BookingAccess::Anyone), int(BookingAccess::MembersOnly)};
        proxy.setFilter(f);
        QCOMPARE(ids(proxy), (QList<qint64>{1, 2, 3, 5}));
        // With the text and location facets.
        proxy.setText(QStringLiteral("floor 2"));
        QCOMPARE(ids(proxy), (QList<qint64>{2, 3, 5}));
        QCOMPARE(proxy.accessCounts().value(int(BookingAccess::TeamsOrPlans)), 1);
        f = proxy.filter();
        f.locations = {1};
        proxy.setFilter(f);
        QCOMPARE(ids(proxy), (QList<qint64>{2, 5}));
        QCOMPARE(proxy.accessCounts().value(int(BookingAccess::TeamsOrPlans)), 0); // the team room is in Lisboa
    }
};

QTEST_GUILESS_MAIN(TestResourceFilterText)
#include "tst_resourcefiltertext.moc"
