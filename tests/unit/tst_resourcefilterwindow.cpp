// SPDX-License-Identifier: GPL-3.0-or-later
// The "free between" facet of ResourceFilterProxy, and reading the busy times it is fed from.
#include "models/ResourceFilterProxy.h"
#include "models/ResourceListModel.h"
#include "repository/BusyTimesLoader.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using models::ResourceFilter;
using models::ResourceFilterProxy;

namespace {
using T = domain::SystemResourceType;

domain::Resource room(qint64 id, T type, qint64 location)
{
    domain::Resource r;
    r.id = id;
    r.name = QStringLiteral("Room %1").arg(id);
    r.systemType = type;
    r.businessId = location;
    r.policy.allocation = 4;
    return r;
}

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 9, day), QTime(hour, minute), Qt::UTC);
}

domain::BusySlot busy(qint64 id, QDateTime from, QDateTime to)
{
    return {id, from, to};
}

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(models::ResourceListModel::IdRole).toLongLong());
    std::sort(result.begin(), result.end());
    return result;
}

ResourceFilter window(QDateTime from, QDateTime to)
{
    ResourceFilter f;
    f.freeFrom = from;
    f.freeTo = to;
    return f;
}
} // namespace

class TestResourceFilterWindow : public QObject
{
    Q_OBJECT
    models::ResourceListModel m_source;

private Q_SLOTS:
    void init()
    {
        m_source.setResources({room(1, T::MeetingRoom, 1), room(2, T::MeetingRoom, 2), room(3, T::PhoneBooth, 1),
                               room(4, T::PhoneBooth, 2)});
    }

    void hidesRoomsBusyInTheWindow()
    {
        ResourceFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&m_source);
        proxy.setBusySlots({busy(1, at(1, 9), at(1, 11)), busy(2, at(1, 11), at(1, 12)), busy(3, at(2, 9), at(2, 17))});
        QCOMPARE(ids(proxy), (QList<qint64>{1, 2, 3, 4})); // no window: busy times change nothing
        QCOMPARE(proxy.freeInWindowCount(), 4);

        proxy.setFilter(window(at(1, 10), at(1, 11)));
        QCOMPARE(ids(proxy), (QList<qint64>{2, 3, 4})); // 1 is busy 9-11
        QCOMPARE(proxy.freeInWindowCount(), 3);
        QCOMPARE(proxy.busyInWindowCount(), 1);

        proxy.setFilter(window(at(1, 11), at(1, 12)));
        QCOMPARE(ids(proxy), (QList<qint64>{1, 3, 4})); // touching ends do not overlap: 1 ends at 11

        proxy.setFilter(window(at(1, 8), at(1, 13)));
        QCOMPARE(ids(proxy), (QList<qint64>{3, 4}));
        proxy.setFilter(window(at(2, 16, 30), at(2, 18)));
        QCOMPARE(ids(proxy), (QList<qint64>{1, 2, 4}));
    }

    void anEmptyOrReversedWindowIsNoWindow()
    {
        ResourceFilterProxy proxy;
        proxy.setSourceModel(&m_source);
        proxy.setBusySlots({busy(1, at(1, 9), at(1, 11))});
        proxy.setFilter(window(at(1, 10), at(1, 10)));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setFilter(window(at(1, 11), at(1, 9)));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setFilter(window(at(1, 9), QDateTime()));
        QCOMPARE(proxy.rowCount(), 4);
    }

    void newBusySlotsApplyToTheCurrentWindow()
    {
        ResourceFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&m_source);
        proxy.setFilter(window(at(1, 10), at(1, 11)));
        QCOMPARE(proxy.rowCount(), 4);
        QSignalSpy counts(&proxy, &ResourceFilterProxy::facetCountsChanged);
        proxy.setBusySlots({busy(4, at(1, 10, 30), at(1, 10, 45))});
        QCOMPARE(ids(proxy), (QList<qint64>{1, 2, 3}));
        QVERIFY(counts.count() >= 1);
        proxy.setBusySlots({});
        QCOMPARE(proxy.rowCount(), 4);
        // A room added later is checked against the slots already known.
        proxy.setBusySlots({busy(5, at(1, 9), at(1, 12))});
        m_source.upsert({room(5, T::MeetingRoom, 1)});
        QCOMPARE(ids(proxy), (QList<qint64>{1, 2, 3, 4}));
    }

    void facetCountsKeepTheWindowAndTheOtherFacets()
    {
        ResourceFilterProxy proxy;
        proxy.setSourceModel(&m_source);
        proxy.setBusySlots({busy(1, at(1, 9), at(1, 11)), busy(4, at(1, 9), at(1, 11))});
        ResourceFilter f = window(at(1, 9), at(1, 10));
        proxy.setFilter(f);
        // Type counts count only rooms free in the window...
        QCOMPARE(proxy.systemTypeCounts().value(int(T::MeetingRoom)), 1);
        QCOMPARE(proxy.systemTypeCounts().value(int(T::PhoneBooth)), 1);
        QCOMPARE(proxy.locationCounts().value(1), 1);
        QCOMPARE(proxy.locationCounts().value(2), 1);
        // ...and the window's own count keeps the other facets.
        f.systemTypes = {int(T::MeetingRoom)};
        proxy.setFilter(f);
        QCOMPARE(ids(proxy), (QList<qint64>{2}));
        QCOMPARE(proxy.freeInWindowCount(), 1);
        QCOMPARE(proxy.busyInWindowCount(), 1);
        QCOMPARE(proxy.systemTypeCounts().value(int(T::PhoneBooth)), 1); // room 3; room 4 is busy
        f.locations = {2};
        proxy.setFilter(f);
        QCOMPARE(ids(proxy), (QList<qint64>{2}));
        QCOMPARE(proxy.freeInWindowCount(), 1);
        QCOMPARE(proxy.busyInWindowCount(), 0);
    }

    void busyTimesAreReadTolerantly()
    {
        const QByteArray body = R"([
            {"id": 1, "resourceId": 11, "start": "2026-09-01T09:00:00", "end": "2026-09-01T10:30:00", "private": true},
            {"id": 2, "resourceId": "12", "start": "2026-09-01T14:00:00.000Z", "end": "2026-09-01T15:00:00Z"},
            {"id": 3, "resourceId": 13, "start": "not a date", "end": "2026-09-01T15:00:00"},
            {"id": 4, "start": "2026-09-01T09:00:00", "end": "2026-09-01T10:00:00"},
            {"id": 5, "resourceId": 14, "start": "2026-09-01T12:00:00", "end": "2026-09-01T11:00:00"},
            {"id": 6, "resourceId": 15, "start": "2026-09-03T09:00:00", "end": "2026-09-03T10:00:00"},
            {"id": 7, "resourceId": 7777777777777777777777777777777777777, "start": "2026-09-01T09:00:00", "end": "2026-09-01T10:00:00"},
            {"id": 8, "resourceId": "7777777777777777777777777777777777777", "start": "2026-09-01T09:00:00", "end": "2026-09-01T10:00:00"},
            "garbage", null
        ])";
        const QList<domain::BusySlot> slots
            = repository::BusyTimesLoader::parse(QJsonDocument::fromJson(body), at(1, 0), at(2, 0));
        QCOMPARE(slots.size(), 2); // bad times, no resource, an impossible id (found by fuzz-busy-times), reversed and out-of-window rows dropped
        QCOMPARE(slots.at(0), busy(11, at(1, 9), at(1, 10, 30)));
        QCOMPARE(slots.at(1), busy(12, at(1, 14), at(1, 15))); // the literal Z is the space's wall clock
        QCOMPARE(slots.at(1).from.timeSpec(), Qt::UTC);
        QVERIFY(repository::BusyTimesLoader::parse(QJsonDocument::fromJson("{}"), at(1, 0), at(2, 0)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResourceFilterWindow)
#include "tst_resourcefilterwindow.moc"
