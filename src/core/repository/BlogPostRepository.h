// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Datasets.h"
#include "ClientAndStore.h"
#include "Pending.h"

#include "api/ApiError.h"
#include "domain/BlogPost.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace repository {

//! The space's news list on the public API (`/api/public/blogPosts`, seed 000): pages of posts with
//! only the fields a list shows (`_shape`), and the categories the answer lists beside them. Every
//! page read is kept in the offline copy's "news" dataset and can be read back when the space cannot
//! be reached. The full text and comments come from BlogPostLoader when a post opens.
class BlogPostRepository : public QObject
{
    Q_OBJECT
public:
    //! The answer is `{BlogPosts: ApiListResult, Category, Categories}`.
    static constexpr auto kPath = datasets::news.route;
    static QString offlineDataset() { return Datasets::name(datasets::news); }

    struct Page {
        QList<domain::BlogPost> posts; //!< featured ones with showInHomePage set
        bool hasNextPage = false;
        int totalItems = 0;
        bool listsCategories = false; //!< the answer had a Categories list (then `categories` is it)
        QList<domain::BlogCategory> categories;
    };
    using PageHandler = std::function<void(const Page &page)>;
    using ErrorHandler = std::function<void(const api::ApiError &error)>;
    //! The copy's posts, featured first; `seenAt` invalid when there is no copy.
    using CopyHandler = std::function<void(const QList<domain::BlogPost> &posts, const QDateTime &seenAt)>;

    explicit BlogPostRepository(api::ApiClient *client, QObject *parent = nullptr);

    //! One page (1-based) of the featured posts (`featured=true`) or of all of them; `categoryId`
    //! 0 asks every category. Callbacks run only while `context` lives.
    Pending loadPage(bool featured, int page, int size, qint64 categoryId, QObject *context, PageHandler onPage,
                     ErrorHandler onError);

    //! Keeps what is read in the offline copy and reads it back (may be null: online only).
    void setOfflineStore(cache::AsyncOfflineStore *store);
    bool hasOfflineStore() const;
    //! Every post of the copy, featured first and otherwise as they were seen (read on the store's thread).
    void loadFromCopy(QObject *context, CopyHandler onLoaded) const;

private:
    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
};

} // namespace repository
