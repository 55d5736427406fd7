// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BlogPost.h"
#include "domain/SpaceWords.h"

#include <QAbstractListModel>
#include <QList>
#include <QDateTime>
#include <QPointer>
#include <QSet>

namespace api {
class ApiClient;
class ListRequest;
struct ListPage;
}

namespace cache {
class AsyncOfflineStore;
}

namespace models {

//! The space's news (public blog posts) as a list that pages itself (anchors.md practice 8).
//! Order (decision): featured posts first, then all the others, each part newest first as the
//! server sorts them. It asks `featured=true` pages until they run out, then the plain list,
//! skipping the ids it already holds. Only the fields a list needs are requested (`_shape`,
//! seed 000); the full text and comments come from repository::BlogPostLoader when a post opens.
class BlogPostListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool atEnd READ isAtEnd NOTIFY atEndChanged)
    Q_PROPERTY(qint64 categoryId READ categoryId WRITE setCategory NOTIFY categoryChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, //!< qint64: BlogPost.Id
        TitleRole,                 //!< QString: title, in the chosen language when the space has it
        SummaryRole,               //!< QString: SummaryText, plain text, likewise
        AuthorRole,                //!< QString: PostedBy.FullName
        PublishDateRole,           //!< QDateTime: the post's date, raw (sort by this)
        PublishDateTextRole,       //!< QString: that date in the current locale
        CategoriesRole,            //!< QStringList: category titles
        FeaturedRole,              //!< bool: featured (ShowInHomePage; set for posts of the featured pages)
        CommentsCountRole,         //!< int: published comments
        PostRole,                  //!< domain::BlogPost: the list value (no body, no comment texts)
    };
    Q_ENUM(Role)

    //! Public list path; the answer is `{BlogPosts: ApiListResult, Category, Categories}`.
    static constexpr auto kPath = "/api/public/blogPosts";

    explicit BlogPostListModel(QObject *parent = nullptr);
    ~BlogPostListModel() override;

    //! Changing the client (account switch) clears the list; fetching starts on fetchMore().
    void setApiClient(api::ApiClient *client);
    api::ApiClient *apiClient() const { return m_client; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    //! Not at the end, not loading, and not stopped by an error (see retry()).
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    bool isLoading() const { return m_request != nullptr; }
    bool isAtEnd() const { return m_atEnd; }
    //! An error stops automatic paging (so a view cannot hammer a failing server) until retry().
    bool hasFailed() const { return m_failed; }
    qint64 categoryId() const { return m_categoryId; }
    //! The space's categories, as the last answer listed them.
    QList<domain::BlogCategory> categories() const { return m_categories; }

    domain::BlogPost postAt(int row) const;
    int rowForId(qint64 id) const;
    //! Titles and summaries in the chosen language over the default-language records (the
    //! posts of `words`; the rest is ignored). Empty words show the records as they are.
    void setSpaceWords(const domain::SpaceWords &words);

    //! "★ Featured" style text marker (not colour alone) for featured rows, translated.
    static QString featuredLabel();

public Q_SLOTS:
    //! Filters by category (0 = all): clears the rows, forgets answers in flight, fetches page 1.
    void setCategory(qint64 categoryId);
    //! Starts over from the first page, same category.
    void reload();
    //! Asks again for the page that failed.
    void retry();
    //! The display texts depend on the language (the "Featured" marker, dates): repaint them.
    void refreshDisplayTexts();
    //! Keeps every page seen in the offline copy's "news" dataset, and shows that copy when the
    //! space cannot be reached (may be null: then a failure is only reported).
    void setOfflineStore(cache::AsyncOfflineStore *store);
    static QString offlineDataset() { return QStringLiteral("news"); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void atEndChanged(bool atEnd);
    void categoryChanged(qint64 categoryId);
    void categoriesChanged();
    //! A page could not be loaded; the rows already shown stay. Translated text.
    void errorOccurred(const QString &message);
    //! The space could not be reached: the rows are the offline copy from `fetchedAt`.
    void offlineCopyShown(const QDateTime &fetchedAt);

private:
    enum class Phase { Featured, Rest };
    void resetState();
    void requestPage();
    void onDocument(quint64 generation, const QJsonObject &root);
    void onPage(quint64 generation, const api::ListPage &page);
    void setLoading(api::ListRequest *request);
    //! The post as people read it: title and summary in the chosen language.
    domain::BlogPost shown(const domain::BlogPost &post) const;
    static QString displayText(const domain::BlogPost &post, const QString &separator);
    void setAtEnd(bool atEnd);

    void showOfflineCopy(const QList<domain::BlogPost> &posts, const QDateTime &fetchedAt);

    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
    QList<domain::BlogPost> m_posts;
    QSet<qint64> m_ids;
    QList<domain::BlogCategory> m_categories;
    domain::SpaceWords m_words;
    QPointer<api::ListRequest> m_request;  //!< the page in flight, if any
    quint64 m_generation = 0;              //!< bumped whenever the context changes; older answers are dropped
    qint64 m_categoryId = 0;
    Phase m_phase = Phase::Featured;
    int m_nextPage = 1;
    int m_pageSize = 10;
    bool m_atEnd = false;
    bool m_failed = false;
};

} // namespace models
