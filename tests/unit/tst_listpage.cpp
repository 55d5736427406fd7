// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ListPage.h"

#include <QJsonDocument>
#include <QTest>

using api::ListPage;
using api::SortDirection;

class TestListPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAllThirteenFields()
    {
        const auto doc = QJsonDocument::fromJson(R"({
          "Records": [{"Id": 1}, {"Id": 2}],
          "CurrentPageSize": 20, "CurrentPage": 3, "CurrentOrderField": "Name",
          "CurrentSortDirection": 1, "FirstItem": 41, "HasNextPage": true, "HasPreviousPage": true,
          "LastItem": 60, "PageNumber": 3, "PageSize": 20, "TotalItems": 150, "TotalPages": 8 })");
        ListPage page;
        QVERIFY(ListPage::parse(doc.object(), &page));
        QCOMPARE(page.records.size(), 2);
        QCOMPARE(page.meta.currentPageSize, 20);
        QCOMPARE(page.meta.currentPage, 3);
        QCOMPARE(page.meta.currentOrderField, QStringLiteral("Name"));
        QCOMPARE(page.meta.currentSortDirection, SortDirection::Descending);
        QCOMPARE(page.meta.firstItem, 41);
        QCOMPARE(page.meta.hasNextPage, true);
        QCOMPARE(page.meta.hasPreviousPage, true);
        QCOMPARE(page.meta.lastItem, 60);
        QCOMPARE(page.meta.pageNumber, 3);
        QCOMPARE(page.meta.pageSize, 20);
        QCOMPARE(page.meta.totalItems, 150);
        QCOMPARE(page.meta.totalPages, 8);
    }

    void sortDirectionForms_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<SortDirection>("expected");
        QTest::newRow("ASC") << QByteArray(R"("ASC")") << SortDirection::Ascending;
        QTest::newRow("DESC") << QByteArray(R"("DESC")") << SortDirection::Descending;
        QTest::newRow("Descending") << QByteArray(R"("Descending")") << SortDirection::Descending;
        QTest::newRow("asc lower") << QByteArray(R"("asc")") << SortDirection::Ascending;
        QTest::newRow("0") << QByteArray("0") << SortDirection::Ascending;
        QTest::newRow("1") << QByteArray("1") << SortDirection::Descending;
        QTest::newRow("-1") << QByteArray("-1") << SortDirection::Descending;
        QTest::newRow("null") << QByteArray("null") << SortDirection::Ascending;
        QTest::newRow("object") << QByteArray("{}") << SortDirection::Ascending;
    }
    void sortDirectionForms()
    {
        QFETCH(QByteArray, json);
        QFETCH(SortDirection, expected);
        const auto doc = QJsonDocument::fromJson("{\"Records\": [], \"CurrentSortDirection\": " + json + "}");
        QVERIFY(doc.isObject());
        ListPage page;
        QVERIFY(ListPage::parse(doc.object(), &page));
        QCOMPARE(page.meta.currentSortDirection, expected);
    }

    void missingNullWrongTypedAndUnknownFieldsFallBack()
    {
        const auto doc = QJsonDocument::fromJson(R"({
          "Records": [{"Id": 1}], "CurrentPage": null, "TotalItems": "12", "HasNextPage": "yes",
          "PageSize": {"x": 1}, "Surprise": [1,2,3] })");
        ListPage page;
        QVERIFY(ListPage::parse(doc.object(), &page));
        QCOMPARE(page.meta.currentPage, 1);      // null → default
        QCOMPARE(page.meta.totalItems, 12);      // numeric string accepted
        QCOMPARE(page.meta.hasNextPage, false);  // unreadable bool → default
        QCOMPARE(page.meta.pageSize, 1);         // wrong type → falls back to the record count
        QCOMPARE(page.meta.totalPages, 1);
    }

    void recordsMustBeAnArray()
    {
        ListPage page;
        QString error;
        QVERIFY(!ListPage::parse(QJsonDocument::fromJson(R"({"Records": {"Id": 1}})").object(), &page, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ListPage::parse(QJsonObject(), &page, &error));
    }
};

QTEST_GUILESS_MAIN(TestListPage)
#include "tst_listpage.moc"
