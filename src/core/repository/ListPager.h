// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace api {
class ApiClient;
class ListRequest;
}

namespace repository {

//! Pages through a list endpoint one page after another (the throttle paces them), reporting each
//! page as it arrives so views fill progressively, and progress as pages done of total.
class ListPager : public QObject
{
    Q_OBJECT
public:
    ListPager(api::ApiClient *client, QString path, api::ListQuery query, QObject *parent = nullptr);

    void setEnvelopeKey(const QString &key) { m_envelopeKey = key; }
    //! The walk's pages go first and keep the public API's window to themselves while it lasts
    //! (ApiClient::holdWindow()): for a list wanted whole and at once, such as the rooms.
    void setHoldsWindow(bool holds) { m_holdsWindow = holds; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int pagesDone() const { return m_pagesDone; }
    int totalPages() const { return m_totalPages; }

Q_SIGNALS:
    void pageReceived(const QJsonArray &records, const api::ListPageMeta &meta);
    void progress(int pagesDone, int totalPages);
    void completed(int totalItems);
    void failed(const api::ApiError &error);
    //! A page failed for a passing reason and is asked again after `delayMs`.
    void retryScheduled(int attempt, qint64 delayMs, const api::ApiError &why);

private:
    void requestPage(int page);
    void stopWalking();

    QPointer<api::ApiClient> m_client;
    QString m_path;
    api::ListQuery m_query;
    QString m_envelopeKey;
    QPointer<api::ListRequest> m_current;
    bool m_running = false;
    bool m_holdsWindow = false;
    int m_pagesDone = 0;
    int m_totalPages = 0;
    int m_itemsSeen = 0;
    QJsonValue m_firstOfLastPage; //!< to notice a space that answers the same page whatever is asked
};

} // namespace repository
