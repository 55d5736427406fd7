// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceReviewRepository.h"

#include "ListPager.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace repository {

namespace {
api::ApiError noClient()
{
    return api::ApiError(api::ApiError::Kind::Network, 0,
                         QCoreApplication::translate("repository::ResourceReviewRepository", "Not signed in."));
}
} // namespace

ReviewedResource ReviewedResource::fromJson(const QJsonObject &record)
{
    ReviewedResource out;
    out.resource = domain::Resource::fromJson(record);
    out.hasZoomAccessToken = !out.resource.zoomSecrets.zoomAccessToken.isEmpty();
    out.hasZoomRefreshToken = !out.resource.zoomSecrets.zoomRefreshToken.isEmpty();
    // The review only says whether a token is set: the values go here, before anything keeps them.
    out.resource.zoomSecrets.zoomAccessToken.fill(QLatin1Char(' '));
    out.resource.zoomSecrets.zoomRefreshToken.fill(QLatin1Char(' '));
    out.resource.zoomSecrets = {};
    return out;
}

ResourceReviewRepository::ResourceReviewRepository(api::ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

api::ApiClient *ResourceReviewRepository::apiClient() const
{
    return m_client;
}

api::ListQuery ResourceReviewRepository::listQuery(const ResourceReviewFilter &filter, const QString &orderField,
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
    case ResourceReviewFilter::State::All:
        break;
    case ResourceReviewFilter::State::Visible:
        query.where(QStringLiteral("Visible"), true).where(QStringLiteral("Archived"), false);
        break;
    case ResourceReviewFilter::State::Hidden:
        query.where(QStringLiteral("Visible"), false);
        break;
    case ResourceReviewFilter::State::Archived:
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

QList<ReviewedResource> ResourceReviewRepository::fromRecords(const QJsonArray &records)
{
    QList<ReviewedResource> out;
    out.reserve(records.size());
    for (const QJsonValue &value : records) {
        if (!value.isObject())
            continue;
        ReviewedResource r = ReviewedResource::fromJson(value.toObject());
        if (r.resource.id != 0)
            out.append(std::move(r));
    }
    return out;
}

api::ApiRequest *ResourceReviewRepository::loadPage(const api::ListQuery &query, QObject *context, PageHandler onPage,
                                                    ErrorHandler onError)
{
    if (!m_client) {
        if (onError)
            onError(noClient());
        return nullptr;
    }
    api::ListRequest *request = m_client->list(QString::fromLatin1(kPath), query);
    connect(request, &api::ListRequest::pageLoaded, context, [onPage](const api::ListPage &page) {
        if (onPage)
            onPage(fromRecords(page.records), page.meta);
    });
    connect(request, &api::ApiRequest::failed, context, [onError](const api::ApiError &error) {
        if (onError)
            onError(error);
    });
    return request;
}

api::ApiRequest *ResourceReviewRepository::load(qint64 id, QObject *context, RecordHandler onLoaded, ErrorHandler onError)
{
    if (!m_client) {
        if (onError)
            onError(noClient());
        return nullptr;
    }
    api::RecordRequest *request = m_client->record(QString::fromLatin1(kPath) + u'/' + QString::number(id));
    connect(request, &api::RecordRequest::recordLoaded, context, [onLoaded](const QJsonObject &record) {
        if (onLoaded)
            onLoaded(ReviewedResource::fromJson(record));
    });
    connect(request, &api::ApiRequest::failed, context, [onError](const api::ApiError &error) {
        if (onError)
            onError(error);
    });
    return request;
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

} // namespace repository
