// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "domain/Resource.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace api {
class ApiClient;
class ApiRequest;
}

namespace repository {

class ListPager;

//! A resource as the review shows it: the admin record without its Zoom tokens, and only whether
//! each token is set. Built by ResourceReviewRepository, so no token ever reaches a model.
struct ReviewedResource {
    domain::Resource resource;      //!< zoomSecrets always empty
    bool hasZoomAccessToken = false;
    bool hasZoomRefreshToken = false;

    //! Maps an admin record and drops the tokens at once.
    static ReviewedResource fromJson(const QJsonObject &record);
};

//! The documented filters of the admin resource list (nexudus-api.md 3.1, 5.2).
struct ResourceReviewFilter {
    enum class State { All, Visible, Hidden, Archived };

    QString name;                  //!< Resource_Name (how it matches is up to the server)
    qint64 businessId = 0;         //!< Resource_Business; 0 = every location
    qint64 resourceTypeId = 0;     //!< Resource_ResourceType; 0 = every type
    QString groupName;             //!< Resource_GroupName (floor or area)
    State state = State::All;      //!< Visible: visible and not archived; Hidden: not visible; Archived
    std::optional<int> minCapacity; //!< from_Resource_Allocation
    std::optional<int> maxCapacity; //!< to_Resource_Allocation
    QList<qint64> ids;             //!< Resource_Id=[…]: an audit rule's resources; empty = any

    bool operator==(const ResourceReviewFilter &) const = default;
};

//! Every resource of the account's locations, hidden and archived ones too, from the admin API
//! (`/api/spaces/resources`), and the booking rates (`/api/billing/extraservices`). Callbacks run
//! only while `context` lives; failures (401/403 included) arrive as ApiError.
class ResourceReviewRepository : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kPath = "/api/spaces/resources";
    static constexpr auto kRatesPath = "/api/billing/extraservices";
    static constexpr auto kTypesPath = "/api/spaces/resourcetypes";

    using PageHandler = std::function<void(const QList<ReviewedResource> &resources, const api::ListPageMeta &meta)>;
    using RecordHandler = std::function<void(const ReviewedResource &resource)>;
    using ErrorHandler = std::function<void(const api::ApiError &error)>;

    explicit ResourceReviewRepository(api::ApiClient *client, QObject *parent = nullptr);

    api::ApiClient *apiClient() const;

    //! The list query of the filter and sort; page and size only when > 0 (a pager sets the page).
    static api::ListQuery listQuery(const ResourceReviewFilter &filter, const QString &orderField,
                                    api::SortDirection direction, int page = 0, int size = 0);

    //! One page (1-based). Returns the request so the caller may abandon it.
    api::ApiRequest *loadPage(const api::ListQuery &query, QObject *context, PageHandler onPage, ErrorHandler onError);
    //! The full record (with collections) by id.
    api::ApiRequest *load(qint64 id, QObject *context, RecordHandler onLoaded, ErrorHandler onError);
    //! A pager over every page of `query` (owned by `parent`); not started.
    ListPager *pager(const api::ListQuery &query, QObject *parent) const;
    //! A pager over every booking rate; not started.
    ListPager *ratesPager(QObject *parent) const;
    //! A pager over every resource type (Id, Name, BusinessId, BusinessName), for the filters.
    ListPager *typesPager(QObject *parent) const;

    //! Maps a page of raw records, tokens dropped.
    static QList<ReviewedResource> fromRecords(const QJsonArray &records);

private:
    QPointer<api::ApiClient> m_client;
};

} // namespace repository

Q_DECLARE_METATYPE(repository::ReviewedResource)
