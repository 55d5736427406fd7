// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPager.h"

#include "api/ApiClient.h"

namespace repository {

ListPager::ListPager(api::ApiClient *client, QString path, api::ListQuery query, QObject *parent)
    : QObject(parent), m_client(client), m_path(std::move(path)), m_query(std::move(query))
{
}

void ListPager::start()
{
    cancel();
    m_running = true;
    m_pagesDone = 0;
    m_totalPages = 0;
    m_itemsSeen = 0;
    m_firstOfLastPage = QJsonValue();
    if (m_holdsWindow && m_client)
        m_client->holdWindow(this, m_path);
    requestPage(1);
}

void ListPager::cancel()
{
    if (m_current)
        m_current->abandon();
    m_current = nullptr;
    stopWalking();
}

void ListPager::stopWalking()
{
    m_running = false;
    if (m_holdsWindow && m_client)
        m_client->releaseWindow(this);
}

void ListPager::requestPage(int page)
{
    if (!m_client)
        return;
    api::ListQuery query = m_query;
    query.page(page);
    m_current = m_client->list(m_path, query, m_envelopeKey);
    m_current->setPartOfHeldWalk(m_holdsWindow);
    connect(m_current, &api::ListRequest::pageLoaded, this, [this, page](const api::ListPage &result) {
        // A space that ignores `page` answers page 1 again: that is the end, not more records.
        const QJsonValue first = result.records.isEmpty() ? QJsonValue() : result.records.first();
        if (page > 1 && first.isObject() && first == m_firstOfLastPage) {
            stopWalking();
            Q_EMIT completed(m_itemsSeen);
            return;
        }
        m_firstOfLastPage = first;
        ++m_pagesDone;
        m_totalPages = qMax(result.meta.totalPages, m_pagesDone);
        m_itemsSeen += int(result.records.size());
        Q_EMIT pageReceived(result.records, result.meta);
        Q_EMIT progress(m_pagesDone, m_totalPages);
        // An empty page ends the walk even if the server claims more, so a wrong count cannot loop;
        // so does a page larger than asked for (the space ignored `size` and sent everything).
        const bool everythingAtOnce = m_query.pageSize() > 0 && result.records.size() > m_query.pageSize();
        if (result.meta.hasNextPage && !result.records.isEmpty() && !everythingAtOnce && m_running) {
            requestPage(page + 1);
            return;
        }
        stopWalking();
        Q_EMIT completed(m_itemsSeen);
    });
    connect(m_current, &api::ApiRequest::retryScheduled, this, &ListPager::retryScheduled);
    connect(m_current, &api::ApiRequest::failed, this, [this](const api::ApiError &error) {
        stopWalking();
        Q_EMIT failed(error);
    });
}

} // namespace repository
