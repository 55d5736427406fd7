// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientAndStore.h"
#include "api/ApiError.h"
#include "api/ListQuery.h"
#include "cache/OfflineStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace repository {

class ListPager;

//! One dataset of the offline copy refreshed from one list endpoint: every page is handed on as it
//! arrives and written to the store's staging area; only when the last page is in does the store
//! swap the new pages in. A failure or cancel leaves the previous copy untouched.
class DatasetRefresh : public QObject
{
    Q_OBJECT
public:
    struct Source {
        QString dataset;     //!< the store's name for it, e.g. "resources"
        QString path;        //!< the list endpoint
        api::ListQuery query;
        QString envelopeKey; //!< where the ApiListResult sits in the answer, if not at the root
        cache::RecordEncoder encoder = nullptr; //!< how the store keeps the records (none: JSON text)
        //! Its pages go first and keep the public API's window while they last (ListPager::setHoldsWindow).
        bool holdsWindow = false;
    };

    //! `store` may be null: the pages are only handed on.
    DatasetRefresh(api::ApiClient *client, cache::AsyncOfflineStore *store, Source source, QObject *parent = nullptr);
    ~DatasetRefresh() override;

    const Source &source() const { return m_source; }
    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void pageReceived(const QJsonArray &records);
    void progress(int pagesDone, int totalPages);
    void retryScheduled(int attempt, qint64 delayMs, const api::ApiError &why);
    void completed(int recordCount, const QDateTime &fetchedAt);
    void failed(const api::ApiError &error);

private:
    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
    Source m_source;
    ListPager *m_pager = nullptr;
    QDateTime m_startedAt;
    int m_records = 0;
};

} // namespace repository
