// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/BlogPost.h"

#include <QJsonDocument>
#include <QTest>

using domain::BlogCategory;
using domain::BlogComment;
using domain::BlogPost;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestBlogPost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapedPortalRecordFromSeed000()
    {
        // Exactly the fields the seed's _shape asks for on /api/public/blogPosts.
        const BlogPost p = BlogPost::fromJson(parse(R"({
          "Id": 301, "Business": {"Id": 9, "WebAddress": "madrid", "Name": "Madrid Centro"},
          "Title": "New phone booths", "BlogCategories": [{"Id": 4, "Title": "News"}, {"Id": 5, "Title": "Spaces"}],
          "SummaryText": "Two more booths on floor 2.", "PublishDateUtc": "2025-03-01T09:30:00Z",
          "UpdatedOn": "2025-03-02T10:00:00Z", "PostedBy": {"FullName": "Ana Ruiz"}})"));
        QCOMPARE(p.id, 301);
        QCOMPARE(p.businessId, 9);
        QCOMPARE(p.businessName, QStringLiteral("Madrid Centro"));
        QCOMPARE(p.businessWebAddress, QStringLiteral("madrid"));
        QCOMPARE(p.title, QStringLiteral("New phone booths"));
        QCOMPARE(p.summaryText, QStringLiteral("Two more booths on floor 2."));
        QCOMPARE(p.postedByFullName, QStringLiteral("Ana Ruiz"));
        QCOMPARE(p.publishDateUtc, QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC));
        QCOMPARE(p.updatedOn, QDateTime(QDate(2025, 3, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(p.categories.size(), 2);
        QCOMPARE(p.categories.at(1).id, 5);
        QCOMPARE(p.categories.at(1).title, QStringLiteral("Spaces"));
        QVERIFY(p.comments.isEmpty());
        QCOMPARE(p.commentsCount, 0);
    }

    void adminRecordIsFlat()
    {
        const BlogPost p = BlogPost::fromJson(parse(R"({
          "Id": 12, "BusinessId": 7, "LanguageId": 2, "PostedById": 55, "PostedByFullName": "Luis Gil",
          "Title": "Opening hours", "SummaryText": "Summer", "FullText": "<p>From <b>8</b> to 20.</p>",
          "ImageFileName": "summer.png", "LargeImageFileName": null, "PublishDate": "2025-06-01T08:00:00",
          "UnpublishDate": "2025-09-01T08:00:00", "ShowInHomeBanner": true, "ShowInHomePage": false,
          "AllowComments": true, "BlogCategories": [4, 5, 6], "CommentsCount": 3,
          "OnlyForContacts": false, "OnlyForMembers": true})"));
        QCOMPARE(p.businessId, 7);
        QCOMPARE(p.languageId, 2);
        QCOMPARE(p.postedById, 55);
        QCOMPARE(p.postedByFullName, QStringLiteral("Luis Gil"));
        QCOMPARE(p.fullTextHtml, QStringLiteral("<p>From <b>8</b> to 20.</p>"));
        QVERIFY(p.hasImage);        // inferred from ImageFileName
        QVERIFY(!p.hasLargeImage);
        QCOMPARE(p.publishDate, QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(p.unpublishDate, QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC));
        QVERIFY(p.showInHomeBanner);
        QVERIFY(!p.showInHomePage);
        QVERIFY(p.allowComments);
        QVERIFY(p.onlyForMembers);
        QCOMPARE(p.commentsCount, 3);
        QCOMPARE(p.categories.size(), 3);
        QCOMPARE(p.categories.at(2), (BlogCategory{6, {}, 0, 0}));
    }

    void portalDetailWithComments()
    {
        const BlogPost p = BlogPost::fromJson(parse(R"({
          "Id": 1, "Title": "T", "HasImage": false, "ImageFileName": "x.png", "AllowComments": "true",
          "Language": {"Id": 3}, "Comments": [
            {"Id": 91, "Title": "Nice", "Text": "Great news", "PostedBy": {"FullName": "Eva"}, "BlogPostId": 1},
            {"Id": 92, "Text": "Hidden", "Published": false, "PostedByFullName": "Bo"},
            "not a comment"]})"));
        QVERIFY(!p.hasImage); // explicit HasImage wins over the file name
        QVERIFY(p.allowComments);
        QCOMPARE(p.languageId, 3);
        QCOMPARE(p.comments.size(), 2);
        QCOMPARE(p.commentsCount, 2); // no CommentsCount: counted
        const BlogComment &first = p.comments.at(0);
        QCOMPARE(first.id, 91);
        QCOMPARE(first.blogPostId, 1);
        QCOMPARE(first.postedByFullName, QStringLiteral("Eva"));
        QCOMPARE(first.text, QStringLiteral("Great news"));
        QVERIFY(first.published);
        QVERIFY(!p.comments.at(1).published);
        QCOMPARE(p.comments.at(1).postedByFullName, QStringLiteral("Bo"));
    }

    void garbageFieldsFallBack()
    {
        const BlogPost p = BlogPost::fromJson(parse(R"({"Id": "x", "Title": null, "Business": "Madrid",
          "BlogCategories": {"Id": 4}, "Comments": 3, "PublishDate": "yesterday", "PostedBy": [],
          "CommentsCount": "2", "Unknown": {"deep": [1]}})"));
        QCOMPARE(p.id, 0);
        QVERIFY(p.title.isEmpty());
        QCOMPARE(p.businessId, 0);
        QVERIFY(p.categories.isEmpty());
        QVERIFY(p.comments.isEmpty());
        QVERIFY(!p.publishDate.isValid());
        QVERIFY(p.postedByFullName.isEmpty());
        QCOMPARE(p.commentsCount, 2);
    }

    void categoryShapes()
    {
        QCOMPARE(BlogCategory::fromJson(QJsonValue(8)).id, 8);
        const BlogCategory c = BlogCategory::fromJson(QJsonObject{{QStringLiteral("Id"), 4},
                                                                  {QStringLiteral("Title"), QStringLiteral("News")},
                                                                  {QStringLiteral("BusinessId"), 7}});
        QCOMPARE(c.title, QStringLiteral("News"));
        QCOMPARE(c.businessId, 7);
        QCOMPARE(BlogCategory::fromJson(QJsonValue(QStringLiteral("News"))), BlogCategory());
        // Found by fuzz-records: a number no id can be (44 digits) overflowed; it is no category.
        QCOMPARE(BlogCategory::fromJson(QJsonValue(4.4e43)).id, 0);
        QCOMPARE(BlogCategory::fromJson(QJsonValue(-4.4e43)).id, 0);
    }
};

QTEST_GUILESS_MAIN(TestBlogPost)
#include "tst_blogpost.moc"
