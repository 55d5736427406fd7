// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceReviewRepository.h"

#include "ApiCalls.h"
#include "ListPager.h"
#include "SeenRecords.h"
#include "cache/AsyncOfflineStore.h"
#include "cache/OfflineStore.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace repository {

namespace {
// Beside each kept record: whether its Zoom tokens were set (the store drops any key naming a token).
const auto kZoomAccessSet = QLatin1String("PortalDeskZoomAccessSet");
const auto kZoomRefreshSet = QLatin1String("PortalDeskZoomRefreshSet");

//! A record of the offline copy, where the tokens never are: whether each was set was kept beside
//! them (see keepForOffline()).
domain::ReviewedResource fromCopy(const QJsonObject &record)
{
    domain::ReviewedResource out = domain::ReviewedResource::fromJson(record);
    out.hasZoomAccessToken = record.value(kZoomAccessSet).toBool();
    out.hasZoomRefreshToken = record.value(kZoomRefreshSet).toBool();
    return out;
}
} // namespace


ResourceReviewRepository::ResourceReviewRepository(api::ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

api::ListQuery ResourceReviewRepository::listQuery(const domain::ResourceReviewFilter &filter, const QString &orderField,
                                                   api::SortDirection direction, int page, int size)
{
    api::ListQuery query(QStringLiteral("Resource"));
    if (page > 0)
        query.page(page);
    if (size > 0)
        query.size(size);
    query.orderBy(orderField.isEmpty() ? QStringLiteral("Name") : orderField, direction);
    if (!filter.name.trimmed().isEmpty())
        query.where(QStringLiteral("Name"), filter.name.trimmed());
    if (filter.businessId != 0)
        query.where(QStringLiteral("Business"), filter.businessId);
    if (filter.resourceTypeId != 0)
        query.where(QStringLiteral("ResourceType"), filter.resourceTypeId);
    if (!filter.groupName.trimmed().isEmpty())
        query.where(QStringLiteral("GroupName"), filter.groupName.trimmed());
    switch (filter.state) {
    case domain::ResourceReviewFilter::State::All:
        break;
    case domain::ResourceReviewFilter::State::Visible:
        query.where(QStringLiteral("Visible"), true).where(QStringLiteral("Archived"), false);
        break;
    case domain::ResourceReviewFilter::State::Hidden:
        query.where(QStringLiteral("Visible"), false);
        break;
    case domain::ResourceReviewFilter::State::Archived:
        query.where(QStringLiteral("Archived"), true);
        break;
    }
    if (filter.minCapacity || filter.maxCapacity)
        query.between(QStringLiteral("Allocation"), filter.minCapacity ? QVariant(*filter.minCapacity) : QVariant(),
                      filter.maxCapacity ? QVariant(*filter.maxCapacity) : QVariant());
    if (!filter.ids.isEmpty()) {
        QStringList ids;
        for (qint64 id : filter.ids)
            ids << QString::number(id);
        query.where(QStringLiteral("Id"), QString(u'[' + ids.join(u',') + u']'));
    }
    return query;
}

QList<domain::ReviewedResource> ResourceReviewRepository::fromRecords(const QJsonArray &records)
{
    QList<domain::ReviewedResource> out;
    out.reserve(records.size());
    for (const QJsonValue &value : records) {
        if (!value.isObject())
            continue;
        domain::ReviewedResource r = domain::ReviewedResource::fromJson(value.toObject());
        if (r.resource.id != 0)
            out.append(std::move(r));
    }
    return out;
}

Pending ResourceReviewRepository::loadPage(const api::ListQuery &query, QObject *context, PageHandler onPage,
                                           ErrorHandler onError)
{
    return calls::listPage(
        m_client, QString::fromLatin1(kPath), query, context,
        [this, onPage, guard = QPointer(this)](const api::ListPage &page) {
            if (guard)
                keepForOffline(offlineDataset(), page.records); // what was seen stays viewable offline
            if (onPage)
                onPage(fromRecords(page.records), page.meta);
        },
        std::move(onError));
}

Pending ResourceReviewRepository::load(qint64 id, QObject *context, RecordHandler onLoaded, ErrorHandler onError)
{
    return calls::record(
        m_client, QString::fromLatin1(kPath) + u'/' + QString::number(id), context,
        [this, onLoaded, guard = QPointer(this)](const QJsonObject &record) {
            if (guard)
                keepForOffline(offlineDetailsDataset(), QJsonArray{record});
            if (onLoaded)
                onLoaded(domain::ReviewedResource::fromJson(record));
        },
        std::move(onError));
}

ListPager *ResourceReviewRepository::pager(const api::ListQuery &query, QObject *parent) const
{
    return new ListPager(m_client, QString::fromLatin1(kPath), query, parent);
}

ListPager *ResourceReviewRepository::ratesPager(QObject *parent) const
{
    return new ListPager(m_client, QString::fromLatin1(kRatesPath),
                         api::ListQuery(QStringLiteral("ExtraService")).size(500).orderBy(QStringLiteral("Id")), parent);
}

ListPager *ResourceReviewRepository::typesPager(QObject *parent) const
{
    return new ListPager(m_client, QString::fromLatin1(kTypesPath),
                         api::ListQuery(QStringLiteral("ResourceType")).size(500).orderBy(QStringLiteral("Name")), parent);
}

ListPager *ResourceReviewRepository::loadTypes(QObject *context, TypesHandler onLoaded)
{
    ListPager *pager = typesPager(context);
    auto records = std::make_shared<QJsonArray>();
    connect(pager, &ListPager::pageReceived, context, [records](const QJsonArray &page) {
        for (const QJsonValue &v : page)
            records->append(v);
    });
    connect(pager, &ListPager::completed, context, [self = QPointer(this), records, onLoaded] {
        if (self)
            self->replaceInCopy(offlineTypesDataset(), *records);
        QList<QJsonObject> objects;
        for (const QJsonValue &v : std::as_const(*records))
            objects.append(v.toObject());
        const QList<domain::ResourceType> types = domain::ResourceType::listFromJson(objects);
        if (onLoaded && !types.isEmpty())
            onLoaded(types);
    });
    connect(pager, &ListPager::failed, context, [self = QPointer(this), context, onLoaded](const api::ApiError &error) {
        if (!Datasets::copyAnswers(datasets::resourceTypes, error) || !self)
            return; // the filters stay "All": the table still filters by what is typed
        self->loadRecordsFromCopy(offlineTypesDataset(), context, [onLoaded](const QList<QJsonObject> &records, const QDateTime &) {
            const QList<domain::ResourceType> types = domain::ResourceType::listFromJson(records);
            if (onLoaded && !types.isEmpty())
                onLoaded(types);
        });
    });
    pager->start();
    return pager;
}

void ResourceReviewRepository::setOfflineStore(cache::AsyncOfflineStore *store)
{
    m_store = store;
}

bool ResourceReviewRepository::hasOfflineStore() const
{
    return !m_store.isNull();
}

namespace {
//! Replaces the Zoom tokens' worth for the copy: whether each was set (the store strips the tokens).
void markZoomTokens(QJsonObject &record)
{
    const domain::ReviewedResource mapped = domain::ReviewedResource::fromJson(record);
    record.insert(kZoomAccessSet, mapped.hasZoomAccessToken);
    record.insert(kZoomRefreshSet, mapped.hasZoomRefreshToken);
}
} // namespace

void ResourceReviewRepository::keepForOffline(const QString &dataset, const QJsonArray &records) const
{
    SeenRecords::keep(m_store, dataset, records, &markZoomTokens);
}

QByteArray ResourceReviewRepository::encodeForCopy(const QJsonObject &record)
{
    QJsonObject kept = record;
    markZoomTokens(kept);
    // An encoder owns the secrets rule (cache::RecordEncoder): the same stripping as JSON records.
    return QJsonDocument(cache::OfflineStore::withoutSecrets(kept)).toJson(QJsonDocument::Compact);
}

QList<DatasetRefresh::Source> ResourceReviewRepository::syncSources()
{
    return {{offlineDataset(), QString::fromLatin1(kPath),
             listQuery({}, QStringLiteral("Id"), api::SortDirection::Ascending, 0, 500), {}, &encodeForCopy},
            {offlineTypesDataset(), QString::fromLatin1(kTypesPath),
             api::ListQuery(QStringLiteral("ResourceType")).size(500).orderBy(QStringLiteral("Name")), {}, nullptr},
            {offlineRatesDataset(), QString::fromLatin1(kRatesPath),
             api::ListQuery(QStringLiteral("ExtraService")).size(500).orderBy(QStringLiteral("Id")), {}, nullptr}};
}

void ResourceReviewRepository::replaceInCopy(const QString &dataset, const QJsonArray &records) const
{
    SeenRecords::replace(m_store, dataset, records);
}

void ResourceReviewRepository::loadFromCopy(const domain::ResourceReviewFilter &filter, RowOrder order, QObject *context,
                                            CopyHandler onLoaded) const
{
    SeenRecords::load<domain::ReviewedResource>(
        m_store, offlineDataset(), context,
        [filter, order](const cache::CachedDataset &data) {
            QList<domain::ReviewedResource> rows;
            for (const QJsonObject &record : data.records) {
                domain::ReviewedResource row = fromCopy(record);
                if (row.resource.id != 0 && filter.matches(row.resource))
                    rows.append(std::move(row));
            }
            if (order)
                std::stable_sort(rows.begin(), rows.end(), order);
            return rows;
        },
        std::move(onLoaded));
}

void ResourceReviewRepository::loadRecordFromCopy(qint64 id, QObject *context, CopyHandler onLoaded) const
{
    SeenRecords::loadRecord<domain::ReviewedResource>(
        m_store, offlineDetailsDataset(), id, context,
        [](const cache::CachedDataset &data) {
            QList<domain::ReviewedResource> rows;
            for (const QJsonObject &record : data.records)
                rows.append(fromCopy(record));
            return rows;
        },
        std::move(onLoaded));
}

void ResourceReviewRepository::loadRecordsFromCopy(const QString &dataset, QObject *context, RecordsHandler onLoaded) const
{
    SeenRecords::load<QJsonObject>(
        m_store, dataset, context, [](const cache::CachedDataset &data) { return data.records; }, std::move(onLoaded));
}

} // namespace repository
