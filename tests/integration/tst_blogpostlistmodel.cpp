// SPDX-License-Identifier: GPL-3.0-or-later
// The self-paging news list and the post loader against the in-process emulator.
#include "TestSpace.h"
#include "models/BlogPostListModel.h"
#include "repository/BlogPostRepository.h"
#include "repository/BlogPostLoader.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSet>

namespace {
using Model = models::BlogPostListModel;

// Drives the model the way a view does: fetchMore whenever it may, until the end (or an error).
bool fetchAll(Model &model)
{
    QElapsedTimer timer;
    timer.start();
    while (!model.isAtEnd() && !model.hasFailed() && timer.elapsed() < 30000) {
        if (model.canFetchMore())
            model.fetchMore();
        if (!QTest::qWaitFor([&model] { return !model.isLoading(); }, 10000))
            return false;
    }
    return model.isAtEnd();
}

QStringList categoriesAt(const Model &model, int row)
{
    return model.index(row).data(Model::CategoriesRole).toStringList();
}
} // namespace

class TestBlogPostListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSpace> m_space;

private Q_SLOTS:
    void init()
    {
        m_space = std::make_unique<TestSpace>();
        QVERIFY(m_space->signIn(QStringLiteral("member@demo.test")));
    }
    void cleanup() { m_space.reset(); }

    void pagesFeaturedFirstUntilAtEnd()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(!model.canFetchMore()); // no client yet
        model.setPageSize(4);
        repository::BlogPostRepository news(m_space->api());
        model.setRepository(&news);
        QSignalSpy categoriesSpy(&model, &Model::categoriesChanged);
        QSignalSpy errors(&model, &Model::errorOccurred);
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore()); // one page at a time
        QVERIFY(fetchAll(model));
        QCOMPARE(errors.count(), 0);
        QVERIFY(!model.canFetchMore());

        // 28 demo posts: one scheduled and one withdrawn are not public; the members-only one is
        // listed because we are signed in.
        QCOMPARE(model.rowCount(), 26);
        QSet<qint64> ids;
        int featured = 0;
        bool featuredPart = true;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            ids.insert(index.data(Model::IdRole).toLongLong());
            const bool isFeatured = index.data(Model::FeaturedRole).toBool();
            featured += isFeatured ? 1 : 0;
            QVERIFY2(featuredPart || !isFeatured, "featured posts come first");
            featuredPart = isFeatured;
            QVERIFY(!index.data(Model::TitleRole).toString().isEmpty());
            QVERIFY(index.data(Model::PublishDateRole).toDateTime().isValid());
            QVERIFY(!index.data(Model::PublishDateTextRole).toString().isEmpty());
            QVERIFY(!categoriesAt(model, row).isEmpty());
            QVERIFY(!index.data(Model::AuthorRole).toString().isEmpty());
            QCOMPARE(index.data(Qt::DisplayRole).toString().contains(Model::featuredLabel()), isFeatured);
            const auto post = index.data(Model::PostRole).value<domain::BlogPost>();
            QVERIFY2(post.fullTextHtml.isEmpty(), "the list asks only for list fields");
        }
        QCOMPARE(ids.size(), 26); // de-duplicated: featured posts are not listed twice
        QCOMPARE(featured, 7);
        // Newest first within each part.
        for (int row = 1; row < featured; ++row)
            QVERIFY(model.index(row - 1).data(Model::PublishDateRole).toDateTime() >= model.index(row).data(Model::PublishDateRole).toDateTime());
        QVERIFY(model.index(featured).data(Model::CommentsCountRole).toInt() >= 0);
        QCOMPARE(model.categories().size(), 5);
        QCOMPARE(categoriesSpy.count(), 1);
    }

    void filtersByCategory()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPageSize(5);
        repository::BlogPostRepository news(m_space->api());
        model.setRepository(&news);
        QSignalSpy resets(&model, &Model::modelReset);
        model.fetchMore();
        QVERIFY(fetchAll(model));
        const int all = model.rowCount();

        model.setCategory(4002); // "Events"
        QCOMPARE(model.categoryId(), qint64(4002));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 1);
        QVERIFY(model.isLoading()); // setCategory reloads by itself
        QVERIFY(fetchAll(model));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(categoriesAt(model, row).contains(QStringLiteral("Events")));

        model.setCategory(0);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), all);
    }

    void dropsRepliesOfAnOldCategory()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPageSize(3);
        repository::BlogPostRepository news(m_space->api());
        model.setRepository(&news);
        m_space->server->setLatency(300);
        model.setCategory(4001); // "Community": its first page is now on its way
        QVERIFY(model.isLoading());
        QTest::qWait(100);
        model.setCategory(4003); // "Announcements", before Community's answer arrives
        QSignalSpy inserted(&model, &Model::rowsInserted);
        QVERIFY(fetchAll(model));
        QVERIFY(inserted.count() > 0);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY2(categoriesAt(model, row).contains(QStringLiteral("Announcements")),
                     qPrintable(categoriesAt(model, row).join(u',')));
    }

    void errorKeepsRowsAndStopsUntilRetry()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPageSize(4);
        repository::BlogPostRepository news(m_space->api());
        model.setRepository(&news);
        model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 4);

        QSignalSpy errors(&model, &Model::errorOccurred);
        QSignalSpy resets(&model, &Model::modelReset);
        QSignalSpy removed(&model, &Model::rowsRemoved);
        m_space->server->failNext(1, 404, QStringLiteral("/api/public/blogposts"));
        model.fetchMore();
        QVERIFY(errors.wait(10000));
        QVERIFY(!errors.first().first().toString().isEmpty());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 0);
        QVERIFY(model.hasFailed());
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore()); // a view must not hammer a failing server

        model.retry(); // the same page again
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.hasFailed());
        QVERIFY(model.rowCount() > 4);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 26);
    }

    void loaderReadsTheFullPostAndComments()
    {
        repository::BlogPostLoader loader(m_space->api(), nullptr);
        QSignalSpy loaded(&loader, &repository::BlogPostLoader::loaded);
        QSignalSpy failed(&loader, &repository::BlogPostLoader::failed);

        loader.load(5001);
        QVERIFY(loader.isLoading());
        QVERIFY(loaded.wait(10000));
        auto post = loaded.takeFirst().first().value<domain::BlogPost>();
        QCOMPARE(post.id, qint64(5001));
        QVERIFY(post.fullTextHtml.contains(QLatin1String("Dear members")));
        QVERIFY(!post.comments.isEmpty());
        QCOMPARE(post.commentsCount, int(post.comments.size()));
        for (const domain::BlogComment &comment : post.comments) {
            QVERIFY(!comment.text.isEmpty());
            QVERIFY(!comment.postedByFullName.isEmpty());
            QVERIFY(comment.published);
        }

        // A newer load wins; the older answer is dropped.
        loader.load(5002);
        loader.load(5028);
        QVERIFY(loaded.wait(10000));
        QTest::qWait(200);
        QCOMPARE(loaded.count(), 1);
        post = loaded.takeFirst().first().value<domain::BlogPost>();
        QCOMPARE(post.id, qint64(5028));
        QVERIFY(post.fullTextHtml.contains(QLatin1String("<script>"))); // raw: the view sanitises

        loader.load(4242);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toLongLong(), qint64(4242));
        QVERIFY(!loader.isLoading());
    }
};

QTEST_GUILESS_MAIN(TestBlogPostListModel)
#include "tst_blogpostlistmodel.moc"
