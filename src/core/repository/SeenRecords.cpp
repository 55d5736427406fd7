// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeenRecords.h"
#include "clock/Clock.h"

#include "cache/AsyncOfflineStore.h"

namespace repository {

namespace {
QList<cache::CacheRecord> stamped(const QJsonArray &records, const std::function<void(QJsonObject &)> &adjust)
{
    const QString now = core::Clock::nowUtc().toString(Qt::ISODateWithMs);
    QList<cache::CacheRecord> out;
    out.reserve(records.size());
    for (const QJsonValue &value : records) {
        QJsonObject record = value.toObject();
        const qint64 id = record.value(QLatin1String("Id")).toInteger();
        if (id == 0)
            continue;
        if (adjust)
            adjust(record);
        record.insert(SeenRecords::seenAtKey(), now);
        out.append({id, record});
    }
    return out;
}
} // namespace

void SeenRecords::keep(cache::AsyncOfflineStore *store, const QString &dataset, const QJsonArray &records,
                       const std::function<void(QJsonObject &)> &adjust)
{
    if (!store)
        return;
    const QList<cache::CacheRecord> kept = stamped(records, adjust);
    if (!kept.isEmpty())
        store->upsert(dataset, kept);
}

void SeenRecords::replace(cache::AsyncOfflineStore *store, const QString &dataset, const QJsonArray &records)
{
    if (!store)
        return;
    store->beginRefresh(dataset);
    store->writePage(dataset, stamped(records, {}));
    store->commitRefresh(dataset, core::Clock::nowUtc());
}

QDateTime SeenRecords::seenAt(const cache::CachedDataset &data)
{
    if (!data.isValid())
        return {};
    QDateTime newest = data.fetchedAt;
    for (const QJsonObject &record : data.records) {
        const QDateTime seen = QDateTime::fromString(record.value(seenAtKey()).toString(), Qt::ISODateWithMs);
        if (seen.isValid() && seen > newest)
            newest = seen;
    }
    return newest;
}

cache::CachedDataset SeenRecords::narrowed(const cache::CachedDataset &data, qint64 id)
{
    if (id == 0)
        return data;
    cache::CachedDataset one{{}, data.fetchedAt, data.language};
    for (const QJsonObject &record : data.records) {
        if (record.value(QLatin1String("Id")).toInteger() == id) {
            one.records.append(record);
            break;
        }
    }
    return one;
}

} // namespace repository
