// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceRepository.h"

#include "Datasets.h"
#include "StartupTiming.h"
#include "DatasetRefresh.h"
#include "api/ApiClient.h"
#include "api/ListQuery.h"
#include "api/Shape.h"
#include "domain/Amenity.h"
#include "cache/AsyncOfflineStore.h"
#include "cache/ParallelMap.h"
#include "cache/ResourceCodec.h"
#include "clock/Clock.h"

#include <QJsonArray>

namespace repository {

QString ResourceRepository::datasetName()
{
    return Datasets::name(datasets::rooms);
}

ResourceRepository::ResourceRepository(api::ApiClient *client, cache::AsyncOfflineStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_refresh(new DatasetRefresh(client, store, source(), this))
{
    connect(m_refresh, &DatasetRefresh::pageReceived, this, &ResourceRepository::onPage);
    connect(m_refresh, &DatasetRefresh::progress, this, &ResourceRepository::progress);
    connect(m_refresh, &DatasetRefresh::retryScheduled, this, &ResourceRepository::retryScheduled);
    connect(m_refresh, &DatasetRefresh::completed, this, [this](int, const QDateTime &fetchedAt) {
        m_fetchedAt = fetchedAt;
        Q_EMIT refreshed(m_listedIds, m_fetchedAt);
    });
    connect(m_refresh, &DatasetRefresh::failed, this, [this](const api::ApiError &error) {
        Q_EMIT refreshFailed(error, Datasets::afterFailure(datasets::rooms, error) == AfterFailure::KeepCopyOffline);
    });
}

ResourceRepository::~ResourceRepository() = default;

QList<domain::Resource> ResourceRepository::bookableListings(const QList<QJsonObject> &records)
{
    QList<domain::Resource> all = cache::parallelMap<domain::Resource>(records, &domain::Resource::fromJson);
    all.removeIf([](const domain::Resource &resource) { return !resource.isBookableListing(); });
    return all;
}

QList<domain::Resource> ResourceRepository::bookableListings(const cache::StoredDataset &stored)
{
    // Decoded in place, in parallel; unreadable records come back as id 0 and go with the unlisted.
    QList<domain::Resource> rooms(stored.records.size());
    domain::Resource *out = rooms.data();
    const QByteArray *in = stored.records.constData();
    cache::parallelFor(stored.records.size(), [out, in](qsizetype i) { cache::ResourceCodec::decodeInto(in[i], out[i]); });
    rooms.removeIf([](const domain::Resource &room) { return room.id == 0 || !room.isBookableListing(); });
    return rooms;
}

void ResourceRepository::load(std::chrono::seconds freshFor)
{
    const bool mayKeepCopy = m_store && freshFor.count() > 0;
    if (m_store) {
        // Decoded on the store's thread: thousands of records never hold up the window.
        m_store->loadStored(
            datasetName(),
            [](const cache::StoredDataset &data) { return QVariant::fromValue(bookableListings(data)); }, this,
            [this, mayKeepCopy, freshFor](const QVariant &decoded, const QDateTime &fetchedAt) {
                // The copy may answer after a refresh already completed: the newer time stands.
                if (!m_fetchedAt.isValid() || fetchedAt > m_fetchedAt)
                    m_fetchedAt = fetchedAt;
                const auto rooms = decoded.value<QList<domain::Resource>>();
                Q_EMIT cachedLoaded(rooms, fetchedAt);
                if (!mayKeepCopy)
                    return; // the refresh is on its way already
                if (isRecent(fetchedAt, freshFor) && !rooms.isEmpty())
                    Q_EMIT copyCurrent(fetchedAt);
                else
                    refresh();
            });
    }
    if (!mayKeepCopy)
        refresh(); // beside the copy's read, not after it
}

bool ResourceRepository::isRecent(const QDateTime &fetchedAt, std::chrono::seconds freshFor)
{
    if (!fetchedAt.isValid())
        return false;
    const qint64 age = fetchedAt.secsTo(core::Clock::nowUtc());
    // A copy "from the future" means a clock that was wrong then or is now: not to be trusted.
    return age >= -60 && age < freshFor.count();
}

api::Shape ResourceRepository::listShape()
{
    // What the list, the cards, the filters (who may book included), the search box and the
    // booking rules read. Left for the details (ResourceDetailsLoader): the type's booking rates,
    // the confirmation e-mail, linked rooms, shifts, calendar and door integrations, sensors.
    QStringList fields{
        QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Description"), QStringLiteral("GroupName"),
        QStringLiteral("BusinessId"), QStringLiteral("BusinessName"), QStringLiteral("BusinessWebAddress"),
        QStringLiteral("SystemResourceType"), QStringLiteral("ResourceTypeId"), QStringLiteral("ResourceTypeName"),
        QStringLiteral("HasImage"), QStringLiteral("PictureFileName"), QStringLiteral("Visible"),
        QStringLiteral("Archived"), QStringLiteral("HideInCalendar"), QStringLiteral("DisplayOrder"),
        QStringLiteral("UpdatedOnUtc"), QStringLiteral("Latitude"), QStringLiteral("Longitude"),
        QStringLiteral("Price"), QStringLiteral("PriceFormatted"),
        // Booking rules, read by the filters and explained in the details
        QStringLiteral("BookInAdvanceLimit"), QStringLiteral("LateBookingLimit"), QStringLiteral("LateCancellationLimit"),
        QStringLiteral("IntervalLimit"), QStringLiteral("NoReturnPolicy"), QStringLiteral("NoReturnPolicyAllResources"),
        QStringLiteral("NoReturnPolicyAllUsers"), QStringLiteral("MaxBookingLength"), QStringLiteral("MinBookingLength"),
        QStringLiteral("RepeatBookingQuantityLimit"), QStringLiteral("RepeatBookingPeriodLimitInMonths"),
        QStringLiteral("RequiresConfirmation"), QStringLiteral("AllowMultipleBookings"), QStringLiteral("Allocation"),
        QStringLiteral("LimitVisitorsToAllocation"), QStringLiteral("OnlyForMembers"), QStringLiteral("OnlyForContacts"),
        QStringLiteral("OnlyForInvoicingBusiness"), QStringLiteral("Tariffs"), QStringLiteral("Teams"),
        QStringLiteral("ChargeCancellationFee"), QStringLiteral("CancellationFeeType"),
        QStringLiteral("CancellationFeeAmount"), QStringLiteral("CancellationFeePercentage"),
        QStringLiteral("CancellationFeeProductName"), QStringLiteral("PASystem")};
    for (domain::Amenity amenity : domain::allAmenities())
        fields.append(domain::amenityJsonKey(amenity).toString());
    api::Shape shape;
    shape.addUnder(QStringLiteral("Records"), fields);
    // The paging envelope, which the shape would otherwise drop too.
    for (const char *key : {"CurrentPage", "CurrentPageSize", "PageNumber", "PageSize", "TotalItems", "TotalPages",
                            "HasNextPage", "HasPreviousPage"})
        shape.add(QString::fromLatin1(key));
    return shape;
}

DatasetRefresh::Source ResourceRepository::source()
{
    // Kept in the rooms' own compact form: every start reads them all back (bench-cache). The pages
    // go first: 10,000 rooms are ten pages, one public window, before busy times and bookings.
    return {datasetName(), Datasets::route(datasets::rooms),
            api::ListQuery().size(pageSize).orderBy(QStringLiteral("DisplayOrder")).shape(listShape()), QString(),
            &cache::ResourceCodec::encodeRecord, true};
}

void ResourceRepository::refresh()
{
    cancel();
    if (!m_client)
        return;
    m_listedIds.clear();
    timing::markOnce("rooms-refresh-started");
    m_refresh->start(); // pages are written to the copy's staging area, swapped in when all are in
}

void ResourceRepository::onPage(const QJsonArray &records)
{
    QList<QJsonObject> objects;
    objects.reserve(records.size());
    for (const QJsonValue &value : records)
        objects.append(value.toObject());
    const QList<domain::Resource> listings = bookableListings(objects);
    for (const domain::Resource &resource : listings)
        m_listedIds.insert(resource.id);
    Q_EMIT pageReceived(listings);
}

void ResourceRepository::cancel()
{
    m_refresh->cancel();
}

bool ResourceRepository::isRefreshing() const
{
    return m_refresh->isRunning();
}

} // namespace repository
