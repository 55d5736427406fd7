// SPDX-License-Identifier: GPL-3.0-or-later
// The news view offscreen, against the emulator: the list with featured posts marked, an article
// with its image and comments, the booby-trapped article shown without its script, links going to
// the (injected) system browser.
#include "../integration/TestSpace.h"
#include "NewsReader.h"
#include "NewsView.h"
#include "models/BlogPostListModel.h"
#include "repository/BlogPostLoader.h"
#include "repository/BlogPostRepository.h"
#include "repository/NewsImageLoader.h"
#include "repository/NewsSources.h"

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

namespace {
using Model = models::BlogPostListModel;
constexpr int kTimeout = 15000;

// Pages the list (as scrolling would) until the post is there.
bool pageUntil(Model *model, qint64 postId)
{
    while (model->rowForId(postId) < 0 && !model->isAtEnd()) {
        if (model->canFetchMore())
            model->fetchMore();
        if (!QTest::qWaitFor([model] { return !model->isLoading(); }, kTimeout) || model->hasFailed())
            return false;
    }
    return model->rowForId(postId) >= 0;
}

// Viewport position of the middle of `text` in the reader.
QPoint positionOf(QTextBrowser *reader, const QString &text)
{
    const QTextCursor found = reader->document()->find(text);
    if (found.isNull())
        return {-1, -1};
    QTextCursor middle(reader->document());
    middle.setPosition(found.selectionStart() + int(text.size() / 2));
    return reader->cursorRect(middle).center();
}
} // namespace

class TestNewsView : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSpace> m_space;
    std::unique_ptr<NewsView> m_view;
    std::unique_ptr<repository::BlogPostRepository> m_news;
    std::unique_ptr<repository::BlogPostLoader> m_articles;
    std::unique_ptr<repository::NewsImageLoader> m_images;
    QList<QUrl> m_opened;

    Model *model() const { return m_view->model(); }
    NewsReader *reader() const { return m_view->reader(); }

    bool open(qint64 postId)
    {
        if (!pageUntil(model(), postId))
            return false;
        QSignalSpy shown(m_view.get(), &NewsView::postShown);
        m_view->selectPost(postId);
        return (m_view->isPostComplete() && m_view->currentPostId() == postId) || shown.wait(kTimeout);
    }

private Q_SLOTS:
    void init()
    {
        m_space = std::make_unique<TestSpace>();
        QVERIFY(m_space->signIn(QStringLiteral("member@demo.test")));
        m_opened.clear();
        m_view = std::make_unique<NewsView>();
        m_view->setLinkOpener([this](const QUrl &url) {
            m_opened.append(url);
            return true;
        });
        m_news = std::make_unique<repository::BlogPostRepository>(m_space->api());
        m_articles = std::make_unique<repository::BlogPostLoader>(m_space->api(), nullptr);
        m_images = std::make_unique<repository::NewsImageLoader>(m_space->api());
        m_view->setNews({m_news.get(), m_articles.get(), m_images.get(), m_space->api()->baseUrl()});
        m_view->resize(1100, 720);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, kTimeout);
    }

    void cleanup()
    {
        m_view.reset();
        m_images.reset();
        m_articles.reset();
        m_news.reset();
        m_space.reset();
    }

    void showsPostsFeaturedFirstAndAccessible()
    {
        const QString first = model()->index(0).data(Qt::DisplayRole).toString();
        QVERIFY2(first.contains(Model::featuredLabel()), qPrintable(first)); // marked in text, not colour alone
        auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        QTRY_COMPARE(combo->count(), 6); // "All categories" + 5
        QCOMPARE(combo->currentIndex(), 0);
        for (QWidget *w : m_view->findChildren<QWidget *>()) {
            if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
                continue; // Qt's own parts (the combo's popup list...)
            if (qobject_cast<QComboBox *>(w) || qobject_cast<QListView *>(w) || qobject_cast<QTextBrowser *>(w)
                || qobject_cast<QPushButton *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }

        // Picking a category filters the list.
        combo->setCurrentIndex(combo->findText(QStringLiteral("Events")));
        QCOMPARE(model()->categoryId(), qint64(4002));
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0, kTimeout);
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(model()->index(row).data(Model::CategoriesRole).toStringList().contains(QStringLiteral("Events")));
    }

    void selectingAPostShowsBodyImageAndComments()
    {
        QVERIFY(open(5001));
        const QString text = reader()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Welcome to Portal Desk")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Dear members")));
        QVERIFY(text.contains(QStringLiteral("Comments (")));
        QVERIFY(text.contains(QStringLiteral("Great news, thanks!")) || text.contains(QStringLiteral("Can't wait")));
        // The space's image arrives asynchronously and replaces the placeholder.
        QUrl image = m_space->server->baseUrl();
        image.setPath(QStringLiteral("/en/blog/getImage/5001"));
        QTRY_VERIFY_WITH_TIMEOUT(reader()->hasImage(image), kTimeout);
        QCOMPARE(reader()->pendingImageCount(), 0);
        QTest::qWait(50);
        m_view->grab().save(QStringLiteral("/tmp/newsview.png"));
    }

    void scriptPostShowsNoScript()
    {
        QVERIFY(open(5028));
        const QString html = reader()->toHtml();
        QVERIFY(!html.contains(QLatin1String("document.cookie")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("onclick"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("onerror"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("evil.example")));
        QVERIFY(reader()->toPlainText().contains(QStringLiteral("Click to verify your account")));
        // The neutralised link is plain text: clicking it opens nothing.
        const QPoint trap = positionOf(reader(), QStringLiteral("Click to verify"));
        QTest::mouseClick(reader()->viewport(), Qt::LeftButton, {}, trap);
        QTest::qWait(100);
        QVERIFY(m_opened.isEmpty());
    }

    void linkClickGoesToTheSystemBrowser()
    {
        QVERIFY(open(5002));
        const QPoint link = positionOf(reader(), QStringLiteral("our site"));
        QVERIFY(link.x() >= 0);
        QTest::mouseClick(reader()->viewport(), Qt::LeftButton, {}, link);
        QTRY_COMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.first(), QUrl(QStringLiteral("https://portaldesk.example.com/news/5002")));
        QCOMPARE(m_view->currentPostId(), qint64(5002)); // the reader itself did not navigate
        QVERIFY(reader()->toPlainText().contains(QStringLiteral("Dear members")));
    }
};

QTEST_MAIN(TestNewsView)
#include "tst_newsview.moc"
