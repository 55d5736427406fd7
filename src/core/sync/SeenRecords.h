// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace cache {
class AsyncOfflineStore;
struct CachedDataset;
}

namespace repository {

//! Keeps the records a view has read in the offline copy, merged into a dataset as they arrive
//! (issue #5: what a person has seen stays viewable). The store stamps a dataset only when an upsert
//! first creates it, so each record also carries the time it was read: "the copy from <time>" is
//! then the newest of those, or the time of the last full sync.
class SeenRecords
{
public:
    //! The key each kept record carries its reading time under (UTC, ISO 8601).
    static QString seenAtKey() { return QStringLiteral("PortalDeskSeenAtUtc"); }

    //! Upserts every object of `records` that has an Id into `dataset`, stamped now; `adjust` may
    //! add to a record first. Secrets are stripped by the store. Nothing happens without a store.
    static void keep(cache::AsyncOfflineStore *store, const QString &dataset, const QJsonArray &records,
                     const std::function<void(QJsonObject &record)> &adjust = {});
    //! Replaces `dataset` with `records` (a complete list, such as every resource type), stamped now.
    static void replace(cache::AsyncOfflineStore *store, const QString &dataset, const QJsonArray &records);

    //! When the copy was last read from the space: the newest stamp or the dataset's fetch time;
    //! invalid when there is no copy.
    static QDateTime seenAt(const cache::CachedDataset &data);
};

} // namespace repository
