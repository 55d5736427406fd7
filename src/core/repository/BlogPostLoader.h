// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Datasets.h"
#include "ClientAndStore.h"
#include "domain/BlogPost.h"

#include <QObject>
#include <QPointer>

namespace api {
class JsonRequest;
}

namespace repository {

//! Loads one blog post in full (body and published comments) when the reader opens it.
//! The public API has no `GET /api/public/blogPosts/{id}` (not documented, the emulator does not
//! serve it), so this reads the portal's localized view model `GET /{lang}/blog/{id}/json`
//! (nexudus-api.md 5.5): `{BlogPost, Comments: [...], ...}`. One post at a time: a new load()
//! forgets the previous one, and answers for another post or language are dropped.
class BlogPostLoader : public QObject
{
    Q_OBJECT
public:
    //! Every article read is kept in `store`'s offline copy ("news-posts") and read from there
    //! when the space cannot be reached; `store` may be null (online only).
    BlogPostLoader(api::ApiClient *client, cache::AsyncOfflineStore *store, QObject *parent = nullptr);
    ~BlogPostLoader() override;

    static QString offlineDataset() { return Datasets::name(datasets::newsArticles); }
    void load(qint64 postId);
    void cancel();
    qint64 currentId() const { return m_postId; }
    bool isLoading() const;

    //! The post inside a `/{lang}/blog/{id}/json` answer, with the top-level Comments when the
    //! post itself carries none; unpublished comments are left out.
    static domain::BlogPost postFromViewModel(const QJsonObject &root);

Q_SIGNALS:
    void loaded(const domain::BlogPost &post);
    //! Translated text; `postId` is the post that failed.
    void failed(qint64 postId, const QString &message);
    void loadingChanged(bool loading);

private:
    void setRequest(api::JsonRequest *request);

    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
    QPointer<api::JsonRequest> m_request;
    qint64 m_postId = 0;
    quint64 m_generation = 0;
};

} // namespace repository
