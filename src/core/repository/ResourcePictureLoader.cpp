// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourcePictureLoader.h"
#include "clock/Clock.h"

#include "Logging.h"
#include "api/ApiClient.h"
#include "domain/Resource.h"

#include <QDateTime>
#include <QIODevice>
#include <QNetworkCacheMetaData>
#include <QNetworkDiskCache>
#include <QStandardPaths>
#include <QTimer>
#include <memory>

namespace repository {

namespace {
// Enough for a screenful of cards and the ones around it; beyond that, scrolled-away cards are
// dropped from the queue (they ask again when painted again).
constexpr int maxQueued = 64;
constexpr int memoryCacheKiB = 32 * 1024;
constexpr qint64 diskCacheBytes = 64 * 1024 * 1024;
constexpr QSize maxPictureSize(640, 480);
} // namespace

ResourcePictureLoader::ResourcePictureLoader(QObject *parent) : QObject(parent), m_disk(new QNetworkDiskCache(this))
{
    m_memory.setMaxCost(memoryCacheKiB);
    m_disk->setMaximumCacheSize(diskCacheBytes);
    m_disk->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                              + QStringLiteral("/resource-pictures"));
}

ResourcePictureLoader::~ResourcePictureLoader() = default;

void ResourcePictureLoader::setApiClient(api::ApiClient *client)
{
    if (client == m_client)
        return;
    m_client = client;
    ++m_generation;
    m_memory.clear();
    m_queue.clear();
    m_inFlight.clear();
    m_failed.clear();
    m_unreachable.clear();
}

void ResourcePictureLoader::retryUnreachable()
{
    m_unreachable.clear();
}

void ResourcePictureLoader::forget(const QList<qint64> &resourceIds)
{
    for (qint64 id : resourceIds) {
        m_memory.remove(id);
        m_disk->remove(cacheKey(id));
    }
}

void ResourcePictureLoader::setDiskCacheDirectory(const QString &directory)
{
    m_disk->setCacheDirectory(directory);
}

QString ResourcePictureLoader::diskCacheDirectory() const
{
    return m_disk->cacheDirectory();
}

QString ResourcePictureLoader::picturePath(qint64 resourceId)
{
    return QStringLiteral("publicresources/getimage/%1").arg(resourceId);
}

QImage ResourcePictureLoader::picture(qint64 resourceId) const
{
    const QImage *image = m_memory.object(resourceId);
    return image ? *image : QImage();
}

void ResourcePictureLoader::request(const domain::Resource &resource)
{
    request(resource.id, resource.hasImage);
}

void ResourcePictureLoader::request(qint64 resourceId, bool hasImage)
{
    if (!hasImage || resourceId <= 0 || !m_client || m_memory.contains(resourceId) || hasFailed(resourceId)
        || m_inFlight.contains(resourceId))
        return;
    m_queue.removeOne(resourceId); // asked again: it is visible now, so it moves to the front
    m_queue.append(resourceId);
    if (m_queue.size() > maxQueued)
        m_queue.removeFirst();
    // From the event loop: a paint event asks for many pictures at once, and the disk is read
    // one picture per turn rather than inside the paint.
    QTimer::singleShot(0, this, &ResourcePictureLoader::pump);
}

void ResourcePictureLoader::pump()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_maxConcurrent) {
        const qint64 id = m_queue.takeLast();
        if (loadFromDisk(id)) {
            if (!m_queue.isEmpty())
                QTimer::singleShot(0, this, &ResourcePictureLoader::pump);
            return;
        }
        fetch(id);
    }
}

bool ResourcePictureLoader::loadFromDisk(qint64 resourceId)
{
    std::unique_ptr<QIODevice> device(m_disk->data(cacheKey(resourceId)));
    if (!device)
        return false;
    if (!remember(resourceId, device->readAll())) {
        m_disk->remove(cacheKey(resourceId)); // damaged on disk: fetch it again
        return false;
    }
    return true;
}

void ResourcePictureLoader::fetch(qint64 resourceId)
{
    m_inFlight.insert(resourceId);
    api::BinaryRequest *request = m_client->download(m_client->localizedUrl(picturePath(resourceId)));
    const int generation = m_generation;
    connect(request, &api::BinaryRequest::bytesReceived, this, [this, resourceId, generation](const QByteArray &bytes) {
        if (generation != m_generation)
            return;
        if (remember(resourceId, bytes))
            store(resourceId, bytes);
        else
            fail(resourceId);
    });
    connect(request, &api::ApiRequest::failed, this, [this, resourceId, generation](const api::ApiError &error) {
        if (generation != m_generation)
            return;
        qCInfo(lcNet) << "picture of resource" << resourceId << "not loaded:" << error.httpStatus();
        if (error.isUnreachable()) {
            m_unreachable.insert(resourceId);
            Q_EMIT pictureFailed(resourceId);
        } else {
            fail(resourceId);
        }
    });
    connect(request, &api::ApiRequest::finished, this, [this, resourceId, generation] {
        if (generation != m_generation)
            return;
        m_inFlight.remove(resourceId);
        pump();
    });
}

bool ResourcePictureLoader::remember(qint64 resourceId, const QByteArray &bytes)
{
    QImage image;
    if (bytes.isEmpty() || !image.loadFromData(bytes) || image.isNull())
        return false;
    // Cards are small: keep a card-sized copy (room for high-DPI screens), not a camera-sized one.
    if (image.width() > maxPictureSize.width() || image.height() > maxPictureSize.height())
        image = image.scaled(maxPictureSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const int costKiB = qMax(1, int(image.sizeInBytes() / 1024));
    m_memory.insert(resourceId, new QImage(std::move(image)), costKiB);
    Q_EMIT pictureReady(resourceId);
    return true;
}

void ResourcePictureLoader::store(qint64 resourceId, const QByteArray &bytes)
{
    QNetworkCacheMetaData meta;
    meta.setUrl(cacheKey(resourceId));
    meta.setSaveToDisk(true);
    meta.setLastModified(core::Clock::nowUtc());
    QIODevice *device = m_disk->prepare(meta);
    if (!device)
        return;
    device->write(bytes);
    m_disk->insert(device);
}

void ResourcePictureLoader::fail(qint64 resourceId)
{
    m_failed.insert(resourceId);
    Q_EMIT pictureFailed(resourceId);
}

QUrl ResourcePictureLoader::cacheKey(qint64 resourceId) const
{
    QUrl key = m_client ? m_client->baseUrl() : QUrl();
    key.setPath(u'/' + picturePath(resourceId));
    return key;
}

} // namespace repository
