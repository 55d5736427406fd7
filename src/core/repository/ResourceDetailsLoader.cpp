// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceDetailsLoader.h"

#include "Datasets.h"
#include "ResourceRepository.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "cache/AsyncOfflineStore.h"
#include "cache/ResourceCodec.h"

namespace repository {

namespace {
constexpr int kRoomsKeptInMemory = 500;
// Arrowing down a list opens a room per key press: only the one the person stops on is fetched
// (the public API allows 10 calls per 5 s, shared with everything else).
constexpr int kSettleMs = 250;
}

QString ResourceDetailsLoader::datasetName()
{
    return Datasets::name(datasets::roomDetails);
}

QString ResourceDetailsLoader::path(qint64 id)
{
    return QStringLiteral("/api/public/resources/published/%1").arg(id);
}

DatasetRefresh::Source ResourceDetailsLoader::syncSource()
{
    // The rooms' own list route, without a shape: every field of every room.
    return {datasetName(), Datasets::route(datasets::roomDetails),
            api::ListQuery().size(ResourceRepository::pageSize).orderBy(QStringLiteral("DisplayOrder")), QString(),
            &cache::ResourceCodec::encodeRecord};
}

ResourceDetailsLoader::ResourceDetailsLoader(api::ApiClient *client, cache::AsyncOfflineStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_fetched(kRoomsKeptInMemory)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSettleMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { fetch(m_pendingId); });
}

void ResourceDetailsLoader::setSettleDelay(int ms)
{
    m_debounce.setInterval(ms);
}

ResourceDetailsLoader::~ResourceDetailsLoader()
{
    cancel();
}

void ResourceDetailsLoader::cancel()
{
    ++m_generation;
    m_debounce.stop();
    if (m_request)
        m_request->abandon();
    m_request = nullptr;
    m_readingCopy = false;
}

bool ResourceDetailsLoader::isLoading() const
{
    return m_debounce.isActive() || m_request || m_readingCopy;
}

void ResourceDetailsLoader::forgetFetched()
{
    m_fetched.clear();
}

void ResourceDetailsLoader::load(qint64 id)
{
    cancel();
    if (id <= 0)
        return;
    if (const domain::Resource *known = m_fetched.object(id)) {
        Q_EMIT loaded(*known, false);
        return;
    }
    m_pendingId = id;
    m_debounce.start();
}

void ResourceDetailsLoader::fetch(qint64 id)
{
    if (!m_client) {
        loadFromCopy(id, m_generation, tr("The room's details could not be loaded."));
        return;
    }
    const quint64 generation = m_generation;
    api::RecordRequest *request = m_client->record(path(id), QStringLiteral("Resource"));
    m_request = request;
    connect(request, &api::RecordRequest::recordLoaded, this, [this, generation, id](const QJsonObject &record) {
        if (generation == m_generation)
            m_request = nullptr;
        domain::Resource resource = domain::Resource::fromJson(record);
        if (resource.id != id) {
            if (generation == m_generation)
                Q_EMIT failed(id, tr("The space answered with another room."));
            return;
        }
        if (m_store) // the store strips secrets; the codec keeps the rest
            m_store->upsert(datasetName(), {{id, record}}, &cache::ResourceCodec::encodeRecord);
        resource.zoomSecrets = {}; // a public record has none; held in memory, keep it that way
        m_fetched.insert(id, new domain::Resource(resource));
        if (generation == m_generation)
            Q_EMIT loaded(resource, false);
    });
    connect(request, &api::ApiRequest::failed, this, [this, generation, id](const api::ApiError &error) {
        if (generation != m_generation)
            return;
        m_request = nullptr;
        if (Datasets::copyAnswers(datasets::roomDetails, error) && m_store)
            loadFromCopy(id, generation, error.message());
        else
            Q_EMIT failed(id, error.message());
    });
}

void ResourceDetailsLoader::loadFromCopy(qint64 id, quint64 generation, const QString &failure)
{
    if (!m_store) {
        Q_EMIT failed(id, failure);
        return;
    }
    m_readingCopy = true;
    m_store->loadRecord(
        datasetName(), id,
        [](const QByteArray &bytes) {
            const std::optional<domain::Resource> resource = cache::ResourceCodec::decode(bytes);
            return resource ? QVariant::fromValue(*resource) : QVariant();
        },
        this,
        [this, generation, id, failure](const QVariant &decoded, const QDateTime &) {
            if (generation != m_generation)
                return; // another room was opened meanwhile
            m_readingCopy = false;
            if (!decoded.isValid()) {
                Q_EMIT failed(id, failure); // never opened (nor synced) while online
                return;
            }
            Q_EMIT loaded(decoded.value<domain::Resource>(), true);
        });
}

} // namespace repository
