// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientAndStore.h"
#include "DatasetRefresh.h"
#include "domain/Resource.h"

#include <QCache>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace api {
class RecordRequest;
}

namespace repository {

//! A room's full record (booking rates, confirmation text...), fetched when the room is opened:
//! the rooms list asks only for the fields it shows (`_shape`). Every record fetched is kept in the
//! offline copy ("resource-details", in ResourceCodec's form), so a room opened once, or synced,
//! reads the same with no network. One room at a time: a newer load() drops older answers.
class ResourceDetailsLoader : public QObject
{
    Q_OBJECT
public:
    static QString datasetName();
    //! The public route of one published room.
    static QString path(qint64 id);
    //! Every room's full record in one paged pass, for a sync before travel.
    static DatasetRefresh::Source syncSource();

    //! `store` may be null: then details are fetched but not kept.
    ResourceDetailsLoader(api::ApiClient *client, cache::AsyncOfflineStore *store, QObject *parent = nullptr);
    ~ResourceDetailsLoader() override;

    //! Answers with loaded() (at once when this session already fetched it, else once the
    //! selection has settled for a moment), or failed().
    void load(qint64 id);
    void setSettleDelay(int ms);
    //! A room's details are on their way (waiting to settle, asked of the space, or being read
    //! from the offline copy).
    bool isLoading() const;
    void cancel();
    //! The rooms were refreshed: records fetched before may be stale, fetch them again.
    void forgetFetched();

Q_SIGNALS:
    //! `fromCopy`: read from the offline copy, the space being unreachable.
    void loaded(const domain::Resource &resource, bool fromCopy);
    //! Translated text; `id` is the room that failed.
    void failed(qint64 id, const QString &message);

private:
    void fetch(qint64 id);
    void loadFromCopy(qint64 id, quint64 generation, const QString &failure);

    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
    QPointer<api::RecordRequest> m_request;
    QCache<qint64, domain::Resource> m_fetched; //!< this session's, so going back to a room is instant
    QTimer m_debounce;
    qint64 m_pendingId = 0;
    bool m_readingCopy = false;
    quint64 m_generation = 0;
};

} // namespace repository
