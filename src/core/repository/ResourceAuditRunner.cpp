// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceAuditRunner.h"

#include "ListPager.h"
#include "Logging.h"
#include "ResourceReviewRepository.h"
#include "domain/BookingRate.h"

#include <QJsonArray>

namespace repository {

ResourceAuditRunner::ResourceAuditRunner(QObject *parent) : QObject(parent) {}

void ResourceAuditRunner::setRepository(ResourceReviewRepository *repository)
{
    cancel();
    m_repository = repository;
    m_findings.clear();
    m_checked = 0;
}

void ResourceAuditRunner::cancel()
{
    // Cancelled and disconnected pagers deliver nothing more; deleted later, as one may be emitting now.
    for (ListPager *pager : {m_resourcePager.data(), m_ratesPager.data()}) {
        if (!pager)
            continue;
        pager->cancel();
        pager->disconnect(this);
        pager->deleteLater();
    }
    m_resourcePager = nullptr;
    m_ratesPager = nullptr;
    m_running = false;
}

void ResourceAuditRunner::start()
{
    cancel();
    if (!m_repository)
        return;
    m_running = true;
    m_resources.clear();
    m_rates.clear();
    m_resourcesDone = m_ratesDone = false;
    m_ratesReadable = true;
    m_ratesError.clear();
    m_rateRecords = {};
    m_copySeenAt = {};

    // Large pages: the audit reads everything, and fewer requests spare the throttle.
    const api::ListQuery all = ResourceReviewRepository::listQuery({}, QStringLiteral("Id"),
                                                                  api::SortDirection::Ascending, 0, 500);
    m_resourcePager = m_repository->pager(all, this);
    connect(m_resourcePager, &ListPager::pageReceived, this, [this](const QJsonArray &records, const api::ListPageMeta &meta) {
        m_repository->keepForOffline(ResourceReviewRepository::offlineDataset(), records); // every resource, offline too
        for (const domain::ReviewedResource &r : ResourceReviewRepository::fromRecords(records))
            m_resources.append(r.resource);
        Q_EMIT progress(int(m_resources.size()), meta.totalItems);
    });
    connect(m_resourcePager, &ListPager::completed, this, [this] {
        m_resourcesDone = true;
        finishIfDone();
    });
    connect(m_resourcePager, &ListPager::failed, this, [this](const api::ApiError &error) {
        if (Datasets::copyAnswers(datasets::reviewResources, error) && m_repository->hasOfflineStore()) {
            runOnCopy(error.message());
            return;
        }
        cancel();
        Q_EMIT failed(error.message());
    });

    m_ratesPager = m_repository->ratesPager(this);
    connect(m_ratesPager, &ListPager::pageReceived, this, [this](const QJsonArray &records) {
        for (const QJsonValue &value : records) {
            m_rateRecords.append(value);
            countRate(value.toObject());
        }
    });
    connect(m_ratesPager, &ListPager::completed, this, [this] {
        m_repository->replaceInCopy(ResourceReviewRepository::offlineRatesDataset(), std::exchange(m_rateRecords, {}));
        m_ratesDone = true;
        finishIfDone();
    });
    connect(m_ratesPager, &ListPager::failed, this, [this](const api::ApiError &error) {
        // Not every staff role may read billing: the rates rule says so instead of flagging every type.
        qCInfo(lcApp) << "Booking rates unreadable for the audit:" << error.httpStatus();
        m_ratesReadable = false;
        m_ratesError = error.message();
        m_ratesDone = true;
        finishIfDone();
    });
    m_resourcePager->start();
    m_ratesPager->start();
}

void ResourceAuditRunner::countRate(const QJsonObject &record)
{
    const domain::BookingRate rate = domain::BookingRate::fromJson(record);
    if (rate.resourceTypeId != 0)
        m_rates[rate.resourceTypeId] += 1;
}

void ResourceAuditRunner::runOnCopy(const QString &failure)
{
    cancel(); // both pagers: the rates come from the copy too
    m_running = true;
    ResourceReviewRepository *repository = m_repository;
    repository->loadFromCopy({}, {}, this, [this, repository, failure](const QList<domain::ReviewedResource> &rows, const QDateTime &seenAt) {
        if (repository != m_repository || !m_running)
            return; // started over or another account meanwhile
        if (!seenAt.isValid() || rows.isEmpty()) {
            m_running = false;
            Q_EMIT failed(failure);
            return;
        }
        repository->loadRecordsFromCopy(
            ResourceReviewRepository::offlineRatesDataset(), this,
            [this, repository, rows, seenAt](const QList<QJsonObject> &rates, const QDateTime &ratesSeenAt) {
                if (repository != m_repository || !m_running)
                    return;
                m_resources.clear();
                for (const domain::ReviewedResource &row : rows)
                    m_resources.append(row.resource);
                m_rates.clear();
                for (const QJsonObject &record : rates)
                    countRate(record);
                m_ratesReadable = ratesSeenAt.isValid(); // never read: that rule is "not checked"
                m_resourcesDone = m_ratesDone = true;
                m_copySeenAt = seenAt;
                finishIfDone();
            });
    });
}

void ResourceAuditRunner::finishIfDone()
{
    if (!m_running || !m_resourcesDone || !m_ratesDone)
        return;
    m_running = false;
    m_findings = domain::ResourceAudit::run(m_resources, m_ratesReadable ? domain::RatesPerType(m_rates) : std::nullopt);
    m_checked = int(m_resources.size());
    m_resources.clear();
    Q_EMIT finished();
}

} // namespace repository
