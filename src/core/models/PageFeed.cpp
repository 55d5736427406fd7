// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageFeed.h"

#include "api/ApiError.h"

namespace models {

PageFeed::PageFeed(const repository::Dataset &dataset, Source source, QObject *parent)
    : QObject(parent), m_dataset(dataset), m_source(std::move(source))
{
}

PageFeed::~PageFeed()
{
    m_pending.abandon();
}

bool PageFeed::canFetchMore() const
{
    return m_started && !m_resetting && !m_atEnd && !m_loading && !m_failed && m_source.available();
}

void PageFeed::fetchMore()
{
    if (canFetchMore())
        requestPage();
}

void PageFeed::stop()
{
    m_started = false;
    m_offline = false;
    clear();
}

void PageFeed::startOnDemand()
{
    stop();
    m_started = true;
}

void PageFeed::reload()
{
    clear();
    m_started = true;
    if (m_source.available())
        requestPage();
}

void PageFeed::restart()
{
    if (!m_started)
        return;
    if (!m_offline || !m_source.copy || !m_source.available()) {
        reload();
        return;
    }
    // The space was out of reach a moment ago: read the copy again rather than wait for the space.
    clear();
    setAtEnd(true); // no page may be asked meanwhile
    showOfflineCopy(tr("The space cannot be reached."), 0);
}

void PageFeed::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    fetchMore();
}

void PageFeed::clear()
{
    // A new generation first: whatever is still on its way belongs to the old query or account.
    ++m_generation;
    m_pending.abandon();
    setPending({});
    m_nextPage = 1;
    m_totalItems = 0;
    m_pagesWithoutNews = 0;
    m_failed = false;
    setAtEnd(false);
    // Views (and QAbstractItemModelTester) may call fetchMore() on the model's reset; the caller
    // asks for the first page itself, so none may start meanwhile (it would be an old page number).
    m_resetting = true;
    m_source.reset();
    m_resetting = false;
}

void PageFeed::requestPage()
{
    setPending(m_source.page(m_generation, m_nextPage, m_pageSize));
}

void PageFeed::setPending(const repository::Pending &pending)
{
    const bool was = m_loading;
    m_pending = pending;
    m_loading = pending.isActive();
    const quint64 serial = ++m_pendingSerial;
    if (m_loading) {
        m_pending.whenEnded(this, [this, serial] {
            if (serial == m_pendingSerial)
                setPending({});
        });
    }
    if (was != m_loading)
        Q_EMIT loadingChanged(m_loading);
}

void PageFeed::setAtEnd(bool atEnd)
{
    if (m_atEnd == atEnd)
        return;
    m_atEnd = atEnd;
    Q_EMIT atEndChanged(atEnd);
}

void PageFeed::pageArrived(quint64 generation, int freshRows, bool more, int totalItems)
{
    if (!isCurrent(generation))
        return;
    m_offline = false;
    m_totalItems = totalItems;
    const int page = m_nextPage++;
    m_pagesWithoutNews = freshRows > 0 ? 0 : m_pagesWithoutNews + 1;
    setAtEnd(!more || m_pagesWithoutNews >= kMaxPagesWithoutNews);
    setPending({});
    Q_EMIT pageLoaded(page);
    // Nothing new for the view (a page of rows already shown): a view would not ask again, so go
    // on by ourselves.
    if (!m_atEnd && freshRows == 0 && m_source.available())
        requestPage();
}

void PageFeed::pageFailed(quint64 generation, const api::ApiError &error)
{
    if (!isCurrent(generation))
        return;
    m_failed = true;
    setPending({});
    // Rows shown stay (with the failure said); only an empty list is replaced by what was seen before.
    if (repository::Datasets::afterFailure(m_dataset, error) == repository::AfterFailure::ReadCopy
        && m_source.rowCount() == 0 && m_source.copy) {
        showOfflineCopy(error.message(), error.httpStatus()); // nothing shown yet: what was seen before
        return;
    }
    Q_EMIT errorOccurred(error.message(), error.httpStatus());
}

void PageFeed::showOfflineCopy(const QString &failure, int httpStatus)
{
    m_copyFailure = failure;
    m_copyFailureStatus = httpStatus;
    if (!m_source.copy(m_generation))
        Q_EMIT errorOccurred(failure, httpStatus);
}

bool PageFeed::acceptCopy(quint64 generation, const QDateTime &seenAt)
{
    if (!isCurrent(generation))
        return false; // another query, reload or account meanwhile
    if (!seenAt.isValid() || m_source.rowCount() > 0) {
        m_offline = false;
        Q_EMIT errorOccurred(m_copyFailure, m_copyFailureStatus); // nothing to show
        return false;
    }
    m_offlineSince = seenAt;
    return true;
}

void PageFeed::copyShown(int rows)
{
    m_offline = true;
    m_failed = false;
    m_totalItems = rows;
    setAtEnd(true); // no paging offline; reload() asks the space again
    Q_EMIT offlineCopyShown(m_offlineSince);
}

} // namespace models
