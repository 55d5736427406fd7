// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetRefresh.h"
#include "clock/Clock.h"

#include "ListPager.h"
#include "api/ApiClient.h"
#include "cache/AsyncOfflineStore.h"

namespace repository {

DatasetRefresh::DatasetRefresh(api::ApiClient *client, cache::AsyncOfflineStore *store, Source source, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_source(std::move(source))
{
}

DatasetRefresh::~DatasetRefresh() = default;

void DatasetRefresh::start()
{
    cancel();
    if (!m_client)
        return;
    m_records = 0;
    m_startedAt = core::Clock::nowUtc();
    m_pager = new ListPager(m_client, m_source.path, m_source.query, this);
    m_pager->setEnvelopeKey(m_source.envelopeKey);
    m_pager->setHoldsWindow(m_source.holdsWindow);
    connect(m_pager, &ListPager::pageReceived, this, [this](const QJsonArray &records) {
        m_records += int(records.size());
        if (m_store) {
            QList<cache::CacheRecord> page;
            page.reserve(records.size());
            for (const QJsonValue &value : records) {
                const QJsonObject record = value.toObject();
                page.append({record.value(QStringLiteral("Id")).toInteger(), record});
            }
            m_store->writePage(m_source.dataset, page, m_source.encoder); // the store strips secrets first
        }
        Q_EMIT pageReceived(records);
    });
    connect(m_pager, &ListPager::progress, this, &DatasetRefresh::progress);
    connect(m_pager, &ListPager::retryScheduled, this, &DatasetRefresh::retryScheduled);
    connect(m_pager, &ListPager::completed, this, [this] {
        if (m_store)
            m_store->commitRefresh(m_source.dataset, m_startedAt, m_client ? m_client->language() : QString());
        Q_EMIT completed(m_records, m_startedAt);
    });
    connect(m_pager, &ListPager::failed, this, &DatasetRefresh::failed);
    if (m_store)
        m_store->beginRefresh(m_source.dataset);
    m_pager->start();
}

void DatasetRefresh::cancel()
{
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
}

bool DatasetRefresh::isRunning() const
{
    return m_pager && m_pager->isRunning();
}

} // namespace repository
