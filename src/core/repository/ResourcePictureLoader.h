// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkDiskCache;

namespace api {
class ApiClient;
}
namespace domain {
struct Resource;
}

namespace repository {

//! Pictures of resources for the card view, fetched only when asked (a card became visible) and
//! kept twice: decoded in memory (QCache) and as sent on disk (QNetworkDiskCache under
//! CacheLocation), so they survive restarts and show offline. Requests go through the account's
//! ApiClient (its throttle and timeout), newest first and at most a few at a time. A picture that
//! failed (404, unreadable bytes, network) is not asked for again until the account changes.
class ResourcePictureLoader : public QObject
{
    Q_OBJECT
public:
    explicit ResourcePictureLoader(QObject *parent = nullptr);
    ~ResourcePictureLoader() override;

    //! Another account (or none): forgets the memory cache, the queue and the failures.
    void setApiClient(api::ApiClient *client);
    //! Where pictures are kept between runs; by default `<CacheLocation>/resource-pictures`.
    void setDiskCacheDirectory(const QString &directory);
    QString diskCacheDirectory() const;
    void setMaxConcurrent(int count) { m_maxConcurrent = qMax(1, count); }

    //! The portal route of a resource's picture (docs/emulator.md "Resource pictures").
    static QString picturePath(qint64 resourceId);

    //! The decoded picture, or a null image when it is not in memory (yet).
    QImage picture(qint64 resourceId) const;
    //! True when this picture was asked for and could not be had.
    bool hasFailed(qint64 resourceId) const { return m_failed.contains(resourceId) || m_unreachable.contains(resourceId); }
    //! The space answers again: pictures that failed only for want of a connection may be asked
    //! for again (a picture the space refused stays failed).
    void retryUnreachable();
    //! Forgets these resources' pictures, in memory and on disk (the offline copy was removed).
    void forget(const QList<qint64> &resourceIds);
    //! Asks for a resource's picture if it has one (HasImage) and it is not in memory, on its way or
    //! failed. Answers later with pictureReady or pictureFailed; never blocks.
    void request(const domain::Resource &resource);
    void request(qint64 resourceId, bool hasImage);
    //! Pictures asked for but not sent yet.
    int pendingCount() const { return int(m_queue.size()); }

Q_SIGNALS:
    void pictureReady(qint64 resourceId);
    void pictureFailed(qint64 resourceId);

private:
    void pump();
    void fetch(qint64 resourceId);
    bool loadFromDisk(qint64 resourceId);
    void store(qint64 resourceId, const QByteArray &bytes);
    bool remember(qint64 resourceId, const QByteArray &bytes);
    void fail(qint64 resourceId);
    //! Key of a picture in the disk cache: space and id, independent of the UI language.
    QUrl cacheKey(qint64 resourceId) const;

    QPointer<api::ApiClient> m_client;
    QNetworkDiskCache *m_disk;
    QCache<qint64, QImage> m_memory; //!< cost in KiB
    QList<qint64> m_queue;           //!< newest last: what was just scrolled into view goes first
    QSet<qint64> m_inFlight;
    QSet<qint64> m_failed;
    QSet<qint64> m_unreachable; //!< failed with no answer from the space: asked again on reconnect
    int m_maxConcurrent = 4;
    int m_generation = 0;            //!< answers from an older account are dropped
};

} // namespace repository
