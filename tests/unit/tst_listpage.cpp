// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ListPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    void everyPlausibleFormOfAListAnswer_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("envelopeKey");
        QTest::addColumn<int>("records");
        QTest::addColumn<bool>("hasNext");
        QTest::newRow("api-list-result") << QByteArray(R"({"Records":[{"Id":1},{"Id":2}],"HasNextPage":true,"CurrentPage":1})")
                                         << QString() << 2 << true;
        QTest::newRow("bare-array") << QByteArray(R"([{"Id":1},{"Id":2},{"Id":3}])") << QString() << 3 << false;
        QTest::newRow("named-array") << QByteArray(R"({"PublicResources":[{"Id":1}],"Culture":"en"})") << QString() << 1 << false;
        QTest::newRow("named-envelope") << QByteArray(R"({"Resources":{"Records":[{"Id":1}],"HasNextPage":true}})") << QString()
                                        << 1 << true;
        QTest::newRow("keyed-envelope") << QByteArray(R"({"BlogPosts":{"Records":[{"Id":1}]},"Categories":[{"Id":9}]})")
                                        << QStringLiteral("BlogPosts") << 1 << false;
        QTest::newRow("keyed-array") << QByteArray(R"({"BlogPosts":[{"Id":1},{"Id":2}],"Categories":[{"Id":9}]})")
                                     << QStringLiteral("BlogPosts") << 2 << false;
        QTest::newRow("key-absent-top-envelope") << QByteArray(R"({"Records":[{"Id":1}]})") << QStringLiteral("BlogPosts") << 1
                                                 << false;
        // One entry that is not a record is left out, not the page.
        QTest::newRow("a-bad-entry") << QByteArray(R"([{"Id":1},17,null,{"Id":2}])") << QString() << 2 << false;
        // A record whose Id has the wrong type cannot be keyed: that record goes, the others stay
        // (an Id written as a string is fine, and so is a wrong type in another field).
        QTest::newRow("wrong-typed-ids") << QByteArray(R"({"Records":[{"Id":1},{"Id":{"x":1}},{"Id":"abc"},{"Id":"3"},)"
                                                       R"({"Id":2.5},{"Id":null},{"Id":true},{"Id":4,"Name":7}],"HasNextPage":false})")
                                         << QString() << 3 << false;
    }

    void everyPlausibleFormOfAListAnswer()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, envelopeKey);
        QFETCH(int, records);
        QFETCH(bool, hasNext);
        api::ListPage page;
        QString error;
        QVERIFY2(api::ListPage::parseAnswer(QJsonDocument::fromJson(answer), envelopeKey, &page, &error), qPrintable(error));
        QCOMPARE(page.records.size(), records);
        QCOMPARE(page.meta.hasNextPage, hasNext);
        QCOMPARE(page.records.first().toObject().value(QStringLiteral("Id")).toInt(), 1);
        if (QTest::currentDataTag() == QByteArray("a-bad-entry"))
            QCOMPARE(page.skippedRecords, 2);
        else if (QTest::currentDataTag() == QByteArray("wrong-typed-ids"))
            QCOMPARE(page.skippedRecords, 5);
        else
            QCOMPARE(page.skippedRecords, 0);
        if (!hasNext)
            QCOMPARE(page.meta.totalPages, 1);
    }

    void answersWithoutAnUnambiguousListFail()
    {
        api::ListPage page;
        QString error;
        // Two arrays: which holds the records is a guess the client does not make.
        QVERIFY(!api::ListPage::parseAnswer(QJsonDocument::fromJson(R"({"A":[{"Id":1}],"B":[{"Id":2}]})"), {}, &page, &error));
        QCOMPARE(error, QStringLiteral("The list answer has no records."));
        QVERIFY(!api::ListPage::parseAnswer(QJsonDocument::fromJson(R"({"Message":"nothing"})"), {}, &page, &error));
        QVERIFY(!api::ListPage::parseAnswer(QJsonDocument(), {}, &page, &error));
    }
};

QTEST_GUILESS_MAIN(TestListPage)
#include "tst_listpage.moc"
