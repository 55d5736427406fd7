// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/Datasets.h"
#include "repository/Pending.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <functional>

namespace api {
class ApiError;
}

namespace models {

//! The paging that every self-paging list model shares (applications, resource review, news): the
//! generation that drops answers to an older query or account, the next page, the end, the stop
//! after an error (so a view cannot hammer a failing space), the guard that keeps a view's
//! fetchMore() out of a reset, and the offline copy shown when the space cannot be reached and
//! nothing is shown yet. The model keeps its rows, roles and data(); it tells the feed what came.
class PageFeed : public QObject
{
    Q_OBJECT
public:
    //! What the model does for the feed.
    struct Source {
        //! Whether there is anything to ask (a repository is set).
        std::function<bool()> available;
        //! Asks for page `page` (1-based) of `size` rows; the answer goes to pageArrived() or
        //! pageFailed() with `generation`.
        std::function<repository::Pending(quint64 generation, int page, int size)> page;
        //! Reads the offline copy of the current query, answering acceptCopy() with `generation`;
        //! false when there is no copy to read (the failure is reported instead). May be empty.
        std::function<bool(quint64 generation)> copy;
        //! Forgets the rows and any state of the query's pages (inside a model reset when rows
        //! are shown: the feed keeps fetchMore() out meanwhile).
        std::function<void()> reset;
        std::function<int()> rowCount;
    };

    //! A space that answers the same page whatever is asked must not make the feed ask forever:
    //! after this many pages in a row without a new row, the list ends.
    static constexpr int kMaxPagesWithoutNews = 5;

    //! The feed's rows are records of `dataset`: whether the copy answers a failure is its policy's
    //! call (repository::Datasets::afterFailure()).
    PageFeed(const repository::Dataset &dataset, Source source, QObject *parent = nullptr);

    ~PageFeed() override;

    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    //! Started, not at the end, not loading, not inside a reset, not stopped by an error.
    bool canFetchMore() const;
    void fetchMore();

    bool isStarted() const { return m_started; }
    bool isLoading() const { return m_loading; }
    bool isAtEnd() const { return m_atEnd; }
    bool hasFailed() const { return m_failed; }
    //! Pages received since the last reload.
    int pagesLoaded() const { return m_nextPage - 1; }
    //! TotalItems of the last page's envelope (or the copy's row count).
    int totalItems() const { return m_totalItems; }
    //! The rows are the offline copy (the space could not be reached), read at offlineSince().
    bool isOfflineCopy() const { return m_offline; }
    QDateTime offlineSince() const { return m_offlineSince; }

    //! Forgets rows and answers and stops until reload() (another repository or account).
    void stop();
    //! Like stop(), but the first fetchMore() asks for page 1 (lists that start when a view shows them).
    void startOnDemand();
    //! Starts (or starts over) from the first page, asking the space again.
    void reload();
    //! Another query (search, filter, sort, category): over the copy again while the copy is
    //! shown, else from the first page; nothing before the first reload().
    void restart();
    //! Asks again for the page that failed.
    void retry();

    //! Whether an answer with `generation` belongs to the current query.
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    //! A page's rows are in the model: `freshRows` of them new, `more` when another page follows.
    void pageArrived(quint64 generation, int freshRows, bool more, int totalItems);
    void pageFailed(quint64 generation, const api::ApiError &error);
    //! The copy was read (`seenAt` invalid: there is none). True when the model should show its
    //! rows now, then call copyShown().
    bool acceptCopy(quint64 generation, const QDateTime &seenAt);
    void copyShown(int rows);

    //! The rows of `incoming` whose id is not in `seen` (a record created or edited meanwhile can
    //! shift one into the next page); their ids are added to `seen`.
    template<typename Row, typename IdOf>
    static QList<Row> freshRows(const QList<Row> &incoming, QSet<qint64> &seen, IdOf idOf)
    {
        QList<Row> fresh;
        for (const Row &row : incoming) {
            const qint64 id = idOf(row);
            if (id != 0 && !seen.contains(id)) {
                seen.insert(id);
                fresh.append(row);
            }
        }
        return fresh;
    }

Q_SIGNALS:
    // What PagedModel passes on to views, under the same names (documented there).
    void loadingChanged(bool loading);
    void atEndChanged(bool atEnd);
    void pageLoaded(int page);
    void errorOccurred(const QString &message, int httpStatus);
    void offlineCopyShown(const QDateTime &seenAt);

private:
    void clear();
    void requestPage();
    void setPending(const repository::Pending &pending);
    void setAtEnd(bool atEnd);
    void showOfflineCopy(const QString &failure, int httpStatus);

    repository::Dataset m_dataset;
    Source m_source;
    repository::Pending m_pending;
    quint64 m_generation = 0;
    quint64 m_pendingSerial = 0; //!< which call m_pending is, for its end
    int m_nextPage = 1;
    int m_pageSize = 25;
    int m_totalItems = 0;
    int m_pagesWithoutNews = 0;
    bool m_loading = false;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_failed = false;
    bool m_resetting = false;
    bool m_offline = false;
    QDateTime m_offlineSince;
    QString m_copyFailure;
    int m_copyFailureStatus = 0;
};

} // namespace models
