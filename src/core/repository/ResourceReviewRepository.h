// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Datasets.h"
#include "ClientAndStore.h"
#include "DatasetRefresh.h"

#include "Pending.h"

#include "api/ApiError.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "domain/Resource.h"
#include "domain/ResourceType.h"
#include "domain/ReviewedResource.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace repository {

class ListPager;

//! Every resource of the account's locations, hidden and archived ones too, from the admin API
//! (`/api/spaces/resources`), and the booking rates (`/api/billing/extraservices`). Callbacks run
//! only while `context` lives; failures (401/403 included) arrive as ApiError.
//! With an offline store, the pages and records read are kept in the copy (the store strips the Zoom
//! tokens; whether each was set is kept) and can be read back, filtered and sorted locally.
class ResourceReviewRepository : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kPath = datasets::reviewResources.route;
    static constexpr auto kRatesPath = datasets::bookingRates.route;
    static constexpr auto kTypesPath = datasets::resourceTypes.route;

    using PageHandler = std::function<void(const QList<domain::ReviewedResource> &resources, const api::ListPageMeta &meta)>;
    using RecordHandler = std::function<void(const domain::ReviewedResource &resource)>;
    using ErrorHandler = std::function<void(const api::ApiError &error)>;
    //! What the copy holds; `seenAt` is invalid when there is no copy at all.
    using CopyHandler = std::function<void(const QList<domain::ReviewedResource> &resources, const QDateTime &seenAt)>;
    using RecordsHandler = std::function<void(const QList<QJsonObject> &records, const QDateTime &seenAt)>;
    using TypesHandler = std::function<void(const QList<domain::ResourceType> &types)>;
    //! Orders rows as a column's header would: the column's sort value, then the name.
    using RowOrder = std::function<bool(const domain::ReviewedResource &a, const domain::ReviewedResource &b)>;

    explicit ResourceReviewRepository(api::ApiClient *client, QObject *parent = nullptr);

    //! The list query of the filter and sort; page and size only when > 0 (a pager sets the page).
    static api::ListQuery listQuery(const domain::ResourceReviewFilter &filter, const QString &orderField,
                                    api::SortDirection direction, int page = 0, int size = 0);

    //! One page (1-based). The caller may give it up (Pending::abandon()).
    Pending loadPage(const api::ListQuery &query, QObject *context, PageHandler onPage, ErrorHandler onError);
    //! The full record (with collections) by id.
    Pending load(qint64 id, QObject *context, RecordHandler onLoaded, ErrorHandler onError);
    //! A pager over every page of `query` (owned by `parent`); not started.
    ListPager *pager(const api::ListQuery &query, QObject *parent) const;
    //! A pager over every booking rate; not started.
    ListPager *ratesPager(QObject *parent) const;
    //! A pager over every resource type (Id, Name, BusinessId, BusinessName), for the filters.
    ListPager *typesPager(QObject *parent) const;
    //! Every resource type, for the filters: read page by page and kept in the copy; when the space
    //! cannot be reached, the copy's. `onLoaded` runs once with what there is (never with nothing),
    //! while `context` lives. The returned pager (owned by `context`) stops it when deleted.
    ListPager *loadTypes(QObject *context, TypesHandler onLoaded);

    //! Maps a page of raw records, tokens dropped.
    static QList<domain::ReviewedResource> fromRecords(const QJsonArray &records);

    //! Keeps what is read in the offline copy and reads it back (may be null: online only).
    void setOfflineStore(cache::AsyncOfflineStore *store);
    bool hasOfflineStore() const;
    static QString offlineDataset() { return Datasets::name(datasets::reviewResources); }
    static QString offlineDetailsDataset() { return Datasets::name(datasets::reviewResourceDetails); }
    static QString offlineTypesDataset() { return Datasets::name(datasets::resourceTypes); }
    static QString offlineRatesDataset() { return Datasets::name(datasets::bookingRates); }
    //! The review's datasets as a sync before travel fetches them whole: every resource (kept as
    //! keepForOffline keeps them), the resource types and the booking rates.
    static QList<DatasetRefresh::Source> syncSources();
    //! An admin record as the copy keeps it: whether each Zoom token was set, never the token.
    static QByteArray encodeForCopy(const QJsonObject &record);
    //! Merges raw admin records into `dataset` of the copy, with whether each Zoom token was set.
    void keepForOffline(const QString &dataset, const QJsonArray &records) const;
    //! Replaces `dataset` (resource types, booking rates: complete lists) in the copy.
    void replaceInCopy(const QString &dataset, const QJsonArray &records) const;
    //! The copy's resources that pass `filter`, in `order` (none: as kept). Filtered and sorted on
    //! the store's thread; `onLoaded` runs only while `context` lives.
    void loadFromCopy(const domain::ResourceReviewFilter &filter, RowOrder order, QObject *context, CopyHandler onLoaded) const;
    //! The copy's full record of one opened resource (a list with it alone, or empty).
    void loadRecordFromCopy(qint64 id, QObject *context, CopyHandler onLoaded) const;
    //! The raw records of a dataset of the copy (resource types, booking rates).
    void loadRecordsFromCopy(const QString &dataset, QObject *context, RecordsHandler onLoaded) const;

private:
    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
};

} // namespace repository

