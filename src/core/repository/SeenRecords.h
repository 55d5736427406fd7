// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/AsyncOfflineStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>

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

    template <typename Row>
    using Select = std::function<QList<Row>(const cache::CachedDataset &data)>;
    template <typename Row>
    using Loaded = std::function<void(const QList<Row> &rows, const QDateTime &seenAt)>;

    //! Reads `dataset`, picks its rows with `select` on the store's thread, and hands them with the
    //! copy's time to `onLoaded` while `context` lives. Without a store: no rows, at once.
    template <typename Row>
    static void load(cache::AsyncOfflineStore *store, const QString &dataset, QObject *context, Select<Row> select,
                     Loaded<Row> onLoaded)
    {
        loadNarrowed<Row>(store, dataset, 0, context, std::move(select), std::move(onLoaded));
    }
    //! The same for one record: `select` sees only the record with this Id, and the time is when
    //! that record was read.
    template <typename Row>
    static void loadRecord(cache::AsyncOfflineStore *store, const QString &dataset, qint64 id, QObject *context,
                           Select<Row> select, Loaded<Row> onLoaded)
    {
        loadNarrowed<Row>(store, dataset, id, context, std::move(select), std::move(onLoaded));
    }

private:
    //! `data` with only the record whose Id is `id` (all of it when `id` is 0).
    static cache::CachedDataset narrowed(const cache::CachedDataset &data, qint64 id);

    template <typename Row>
    static void loadNarrowed(cache::AsyncOfflineStore *store, const QString &dataset, qint64 id, QObject *context,
                             Select<Row> select, Loaded<Row> onLoaded)
    {
        if (!store) {
            if (onLoaded)
                onLoaded({}, {});
            return;
        }
        using Rows = std::pair<QList<Row>, QDateTime>;
        store->load(
            dataset,
            [id, select = std::move(select)](const cache::CachedDataset &data) {
                const cache::CachedDataset picked = narrowed(data, id);
                return QVariant::fromValue(Rows{select(picked), seenAt(picked)});
            },
            context,
            [onLoaded = std::move(onLoaded)](const QVariant &decoded, const QDateTime &) {
                const Rows rows = decoded.value<Rows>();
                if (onLoaded)
                    onLoaded(rows.first, rows.second);
            });
    }
};

} // namespace repository
