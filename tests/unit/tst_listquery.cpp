// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ListQuery.h"

#include <QTest>

using api::ListQuery;

class TestListQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagingSortingAndFilters()
    {
        ListQuery query(QStringLiteral("Resource"));
        query.page(2).size(50).orderBy(QStringLiteral("Name"), api::SortDirection::Descending)
            .where(QStringLiteral("Visible"), true)
            .where(QStringLiteral("Business"), 12)
            .where(QStringLiteral("Name"), QStringLiteral("Board Room & Co"))
            .between(QStringLiteral("CreatedOn"), QDateTime(QDate(2024, 1, 1), QTime(0, 0)), QVariant())
            .between(QStringLiteral("Allocation"), 4, 10)
            .shape(api::Shape{QStringLiteral("Records.Id"), QStringLiteral("TotalItems")});
        const QUrlQuery q = query.toUrlQuery();
        QCOMPARE(q.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
        QCOMPARE(q.queryItemValue(QStringLiteral("size")), QStringLiteral("50"));
        QCOMPARE(q.queryItemValue(QStringLiteral("orderBy")), QStringLiteral("Name"));
        QCOMPARE(q.queryItemValue(QStringLiteral("dir")), QStringLiteral("Descending"));
        QCOMPARE(q.queryItemValue(QStringLiteral("Resource_Visible")), QStringLiteral("true"));
        QCOMPARE(q.queryItemValue(QStringLiteral("Resource_Business")), QStringLiteral("12"));
        QCOMPARE(q.queryItemValue(QStringLiteral("Resource_Name"), QUrl::FullyDecoded), QStringLiteral("Board Room & Co"));
        QCOMPARE(q.queryItemValue(QStringLiteral("from_Resource_CreatedOn")), QStringLiteral("2024-01-01T00:00"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("to_Resource_CreatedOn")));
        QCOMPARE(q.queryItemValue(QStringLiteral("from_Resource_Allocation")), QStringLiteral("4"));
        QCOMPARE(q.queryItemValue(QStringLiteral("to_Resource_Allocation")), QStringLiteral("10"));
        QCOMPARE(q.queryItemValue(QStringLiteral("_shape")), QStringLiteral("Records.Id,TotalItems"));

        // The ampersand must not split the query into a bogus parameter.
        QUrl url(QStringLiteral("https://x.test/api/spaces/resources"));
        url.setQuery(q);
        QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral(" Co")));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("Resource_Name"), QUrl::FullyDecoded),
                 QStringLiteral("Board Room & Co"));
    }

    void emptyQueryAddsNothing()
    {
        QVERIFY(ListQuery().toUrlQuery().isEmpty());
    }

    void ascendingIsSpelledOut()
    {
        QCOMPARE(ListQuery().orderBy(QStringLiteral("Id")).toUrlQuery().queryItemValue(QStringLiteral("dir")),
                 QStringLiteral("Ascending"));
    }
};

QTEST_GUILESS_MAIN(TestListQuery)
#include "tst_listquery.moc"
