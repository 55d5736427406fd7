// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlogPostLoader.h"

#include "cache/AsyncOfflineStore.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"

#include <QJsonArray>

namespace repository {

BlogPostLoader::BlogPostLoader(api::ApiClient *client, cache::AsyncOfflineStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    // The localized routes answer in the account's language: read the open article again in the new one.
    if (client)
        connect(client, &api::ApiClient::languageChanged, this, [this] {
            if (m_postId > 0)
                load(m_postId);
        });
}

BlogPostLoader::~BlogPostLoader()
{
    if (m_request)
        m_request->abandon();
}

domain::BlogPost BlogPostLoader::postFromViewModel(const QJsonObject &root)
{
    domain::BlogPost post = domain::BlogPost::fromJson(root.value(QLatin1String("BlogPost")).toObject());
    if (post.comments.isEmpty()) {
        for (const QJsonValue &value : root.value(QLatin1String("Comments")).toArray()) {
            if (value.isObject())
                post.comments.append(domain::BlogComment::fromJson(value.toObject()));
        }
    }
    // The portal hides unpublished comments; do the same if a server sends them anyway.
    post.comments.removeIf([](const domain::BlogComment &comment) { return !comment.published; });
    post.commentsCount = int(post.comments.size());
    return post;
}

void BlogPostLoader::cancel()
{
    ++m_generation;
    if (m_request)
        m_request->abandon();
    setRequest(nullptr);
    m_postId = 0;
}

void BlogPostLoader::load(qint64 postId)
{
    cancel();
    m_postId = postId;
    if (!m_client || postId <= 0)
        return;
    const QUrl url = m_client->localizedUrl(QStringLiteral("blog/%1/json").arg(postId));
    api::JsonRequest *request = m_client->json("GET", url);
    const quint64 generation = m_generation;
    connect(request, &api::JsonRequest::jsonReceived, this, [this, generation, postId](const QJsonDocument &document) {
        if (generation != m_generation)
            return;
        setRequest(nullptr);
        domain::BlogPost post = postFromViewModel(document.object());
        if (post.id == 0) {
            Q_EMIT failed(postId, tr("The article could not be read."));
            return;
        }
        if (m_store)
            m_store->upsert(offlineDataset(), {{postId, document.object()}}); // readable offline from now on
        Q_EMIT loaded(post);
    });
    connect(request, &api::ApiRequest::failed, this, [this, generation, postId](const api::ApiError &error) {
        if (generation != m_generation)
            return;
        setRequest(nullptr);
        if (Datasets::copyAnswers(datasets::newsArticles, error) && m_store) {
            m_store->load(
                offlineDataset(),
                [postId](const cache::CachedDataset &data) {
                    for (const QJsonObject &root : data.records) {
                        const domain::BlogPost post = postFromViewModel(root);
                        if (post.id == postId)
                            return QVariant::fromValue(post);
                    }
                    return QVariant();
                },
                this,
                [this, generation, postId, failure = error.message()](const QVariant &decoded, const QDateTime &) {
                    if (generation != m_generation)
                        return; // another article was opened meanwhile
                    if (!decoded.isValid()) {
                        Q_EMIT failed(postId, failure); // never read while online
                        return;
                    }
                    Q_EMIT loaded(decoded.value<domain::BlogPost>());
                });
            return;
        }
        Q_EMIT failed(postId, error.message());
    });
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        if (m_request == request)
            setRequest(nullptr);
    });
    setRequest(request);
}

bool BlogPostLoader::isLoading() const
{
    return !m_request.isNull();
}

void BlogPostLoader::setRequest(api::JsonRequest *request)
{
    const bool was = isLoading();
    m_request = request;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

} // namespace repository
