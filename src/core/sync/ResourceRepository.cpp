// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceRepository.h"

#include "DatasetRefresh.h"
#include "api/ApiClient.h"
#include "api/ListQuery.h"
#include "cache/AsyncOfflineStore.h"
#include "cache/ParallelMap.h"

#include <QJsonArray>

namespace repository {

QString ResourceRepository::datasetName()
{
    return QStringLiteral("resources");
}

ResourceRepository::ResourceRepository(api::ApiClient *client, cache::AsyncOfflineStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
}

ResourceRepository::~ResourceRepository() = default;

QList<domain::Resource> ResourceRepository::bookableListings(const QList<QJsonObject> &records)
{
    QList<domain::Resource> all = cache::parallelMap<domain::Resource>(records, &domain::Resource::fromJson);
    all.removeIf([](const domain::Resource &resource) { return !resource.isBookableListing(); });
    return all;
}

void ResourceRepository::load()
{
    if (m_store) {
        // Decoded on the store's thread: thousands of records never hold up the window.
        m_store->load(
            datasetName(),
            [](const cache::CachedDataset &data) { return QVariant::fromValue(bookableListings(data.records)); }, this,
            [this](const QVariant &decoded, const QDateTime &fetchedAt) {
                // The copy may answer after a refresh already completed: the newer time stands.
                if (!m_fetchedAt.isValid() || fetchedAt > m_fetchedAt)
                    m_fetchedAt = fetchedAt;
                Q_EMIT cachedLoaded(decoded.value<QList<domain::Resource>>(), fetchedAt);
            });
    }
    refresh();
}

DatasetRefresh::Source ResourceRepository::source()
{
    return {datasetName(), QStringLiteral("/api/public/resources/published/details"),
            api::ListQuery().size(pageSize).orderBy(QStringLiteral("DisplayOrder")), QString()};
}

void ResourceRepository::refresh()
{
    cancel();
    if (!m_client)
        return;
    m_listedIds.clear();
    m_refresh = new DatasetRefresh(m_client, m_store, source(), this);
    connect(m_refresh, &DatasetRefresh::pageReceived, this, &ResourceRepository::onPage);
    connect(m_refresh, &DatasetRefresh::progress, this, &ResourceRepository::progress);
    connect(m_refresh, &DatasetRefresh::retryScheduled, this, &ResourceRepository::retryScheduled);
    connect(m_refresh, &DatasetRefresh::completed, this, [this](int, const QDateTime &fetchedAt) {
        m_fetchedAt = fetchedAt;
        Q_EMIT refreshed(m_listedIds, m_fetchedAt);
    });
    connect(m_refresh, &DatasetRefresh::failed, this, [this](const api::ApiError &error) {
                Q_EMIT refreshFailed(error, error.isUnreachable());
    });
    m_refresh->start();
}

void ResourceRepository::onPage(const QJsonArray &records)
{
    QList<QJsonObject> objects;
    objects.reserve(records.size());
    for (const QJsonValue &value : records)
        objects.append(value.toObject());
    const QList<domain::Resource> listings = bookableListings(objects);
    for (const domain::Resource &resource : listings)
        m_listedIds.insert(resource.id);
    Q_EMIT pageReceived(listings);
}

void ResourceRepository::cancel()
{
    if (m_refresh) {
        m_refresh->cancel();
        m_refresh->deleteLater();
        m_refresh = nullptr;
    }
}

bool ResourceRepository::isRefreshing() const
{
    return m_refresh && m_refresh->isRunning();
}

} // namespace repository
