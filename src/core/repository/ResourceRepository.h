// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientAndStore.h"
#include "DatasetRefresh.h"
#include "api/ApiError.h"
#include "cache/OfflineStore.h"
#include "domain/Resource.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>

namespace api {
class Shape;
}

namespace repository {

//! The space's bookable rooms, cache first: load() answers at once with the rooms saved by the last
//! complete refresh (cachedLoaded), then pages through the space in the background (pageReceived,
//! progress) and, once every page is in, says which rooms are still listed (refreshed) and saves
//! them as the new offline copy. A failed refresh leaves the offline copy as it was.
class ResourceRepository : public QObject
{
    Q_OBJECT
public:
    //! The offline store's dataset of the published rooms, as the list reads them (listShape()).
    static QString datasetName();
    //! Where the rooms come from: the public records, shaped to listShape(), in the space's
    //! display order.
    static DatasetRefresh::Source source();
    //! The fields of a room the browser reads before a room is opened (`_shape`).
    static api::Shape listShape();
    //! Full records in the largest page the API allows (the throttle allows 10 public calls per 5 s).
    static constexpr int pageSize = 1000;

    //! `store` may be null: then nothing is cached and load() goes straight to the network.
    ResourceRepository(api::ApiClient *client, cache::AsyncOfflineStore *store, QObject *parent = nullptr);
    ~ResourceRepository() override;

    //! The offline copy first (if any), then a refresh from the space, unless the copy is younger
    //! than `freshFor` by the client's clock: then copyCurrent() and no call (rooms change rarely;
    //! the throttle is better spent on busy times and bookings). Zero: always refresh.
    void load(std::chrono::seconds freshFor = std::chrono::seconds(0));
    //! A refresh from the space only (reload, reconnect).
    void refresh();
    void cancel();
    bool isRefreshing() const;
    //! When the rooms shown were fetched: the last complete refresh (invalid if none).
    QDateTime fetchedAt() const { return m_fetchedAt; }

    //! Public records as rooms worth listing to a member (not hidden, archived or calendar-hidden).
    static QList<domain::Resource> bookableListings(const QList<QJsonObject> &records);
    //! The same from the offline copy, which keeps rooms in ResourceCodec's form (unreadable
    //! records are skipped).
    static QList<domain::Resource> bookableListings(const cache::StoredDataset &stored);

Q_SIGNALS:
    //! The offline copy: empty with an invalid `fetchedAt` when there is none.
    void cachedLoaded(const QList<domain::Resource> &resources, const QDateTime &fetchedAt);
    //! load() kept the copy that cachedLoaded() gave: it is recent enough, the space is not asked.
    void copyCurrent(const QDateTime &fetchedAt);
    void pageReceived(const QList<domain::Resource> &resources);
    void progress(int pagesDone, int totalPages);
    void retryScheduled(int attempt, qint64 delayMs, const api::ApiError &why);
    //! Every page is in: `listedIds` are the rooms the space lists now (others are gone).
    void refreshed(const QSet<qint64> &listedIds, const QDateTime &fetchedAt);
    //! The refresh failed; `offline` when the space could not be reached at all.
    void refreshFailed(const api::ApiError &error, bool offline);

private:
    //! Fetched less than `freshFor` ago by the client's clock.
    static bool isRecent(const QDateTime &fetchedAt, std::chrono::seconds freshFor);
    void onPage(const QJsonArray &records);

    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
    DatasetRefresh *m_refresh; //!< one for the repository's life: start() begins again
    QSet<qint64> m_listedIds;
    QDateTime m_fetchedAt;
};

} // namespace repository
