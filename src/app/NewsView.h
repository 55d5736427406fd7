// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BlogPost.h"
#include "domain/SpaceWords.h"
#include "html/HtmlSanitizer.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class NewsView;
}
namespace models {
class BlogPostListModel;
}
namespace repository {
struct NewsSources;
class BlogPostLoader;
}
class NewsReader;

//! News for members: a category filter, the space's articles (featured first, marked in text)
//! and a reader pane with the sanitised article and its comments. Links open in the system
//! browser; images come only from the space.
class NewsView : public QWidget
{
    Q_OBJECT
public:
    //! Opens a link outside the app; returns false when it could not. Injectable for tests.
    using LinkOpener = std::function<bool(const QUrl &url)>;

    explicit NewsView(QWidget *parent = nullptr);
    ~NewsView() override;

    //! The current account's news (AccountContext::news()); the list starts over with it (no
    //! sources empty the view). What was seen stays readable offline through them.
    void setNews(const repository::NewsSources &news);
    //! Post titles and summaries in the chosen language, where the space has them.
    void setSpaceWords(const domain::SpaceWords &words);
    void setLinkOpener(LinkOpener opener) { m_openLink = std::move(opener); }

    models::BlogPostListModel *model() const { return m_model; }
    NewsReader *reader() const;
    //! The article in the reader, 0 when none.
    qint64 currentPostId() const { return m_post.id; }
    //! True once the reader shows the full article (body and comments), not just its summary.
    bool isPostComplete() const { return m_postComplete; }
    //! The list has what it will show for now: rows, the end, or an error; nothing on its way.
    bool isListSettled() const;

public Q_SLOTS:
    void reload();
    //! Selects the article with this id if it is in the list; returns through the selection.
    void selectPost(qint64 postId);

Q_SIGNALS:
    //! The reader now shows a complete article.
    void postShown(qint64 postId);
    //! The list started or stopped loading (see isListSettled()).
    void listProgressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildCategories();
    void onCategoryPicked(int index);
    void onCurrentRowChanged(const QModelIndex &current);
    void onPostLoaded(const domain::BlogPost &post);
    void onPostFailed(qint64 postId, const QString &message);
    void onLinkClicked(const QUrl &url);
    void render();
    void updateStatus();

    std::unique_ptr<Ui::NewsView> m_ui;
    models::BlogPostListModel *m_model;
    QPointer<repository::BlogPostLoader> m_loader;
    html::HtmlSanitizer m_sanitizer;
    LinkOpener m_openLink;
    domain::BlogPost m_post;
    bool m_postComplete = false;
    QString m_postNotice;   //!< "Loading…" or the error of the open article
    QString m_listError;    //!< the last paging error, until the next page arrives
};
