// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageFeed.h"
#include "api/ApiError.h"
#include "api/ListPage.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSet>

namespace models {

//! The model side of every list that pages itself through a repository (applications, resource
//! review, news): the PageFeed, the state a view reads (loading, end, failure, offline copy), the
//! signals it listens to, fetchMore() and the insertion of each page's new rows. A subclass holds
//! its rows, says how to ask for a page and read the copy, and keeps its roles and data().
//! A table model, so that one base serves lists (one column) and tables alike.
class PagedModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool atEnd READ isAtEnd NOTIFY atEndChanged)
public:
    ~PagedModel() override;

    void setPageSize(int size) { m_feed.setPageSize(size); }
    int pageSize() const { return m_feed.pageSize(); }

    //! Lists read `index(row)`.
    QModelIndex index(int row, int column = 0, const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    //! Started, not at the end, not loading, and not stopped by an error (see retry()).
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    bool isLoading() const { return m_feed.isLoading(); }
    bool isAtEnd() const { return m_feed.isAtEnd(); }
    //! An error stops automatic paging (so a view cannot hammer a failing space) until retry().
    bool hasFailed() const { return m_feed.hasFailed(); }
    //! Pages received since the last reload.
    int pagesLoaded() const { return m_feed.pagesLoaded(); }
    //! TotalItems of the last page's envelope.
    int totalItems() const { return m_feed.totalItems(); }
    //! The rows are the offline copy (the space could not be reached), read at offlineSince().
    bool isOfflineCopy() const { return m_feed.isOfflineCopy(); }
    QDateTime offlineSince() const { return m_feed.offlineSince(); }

public Q_SLOTS:
    //! Starts (or starts over) from the first page, asking the space again.
    void reload();
    //! Asks again for the page that failed.
    void retry();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void atEndChanged(bool atEnd);
    //! A page arrived (1-based); the first one after reload() makes the view usable.
    void pageLoaded(int page);
    //! A page could not be loaded; the rows already shown stay. Translated text.
    void errorOccurred(const QString &message, int httpStatus);
    //! The space could not be reached: the rows are the offline copy read at `seenAt`.
    void offlineCopyShown(const QDateTime &seenAt);

protected:
    PagedModel(int pageSize, QObject *parent);

    //! Whether there is a repository to ask.
    virtual bool hasSource() const = 0;
    //! Asks for page `page` of `size` rows for the current query (see pageReceiver()).
    virtual repository::Pending requestPage(quint64 generation, int page, int size) = 0;
    //! Reads the offline copy of the current query (see copyReceiver()); false when there is none.
    virtual bool readCopy(quint64 generation) = 0;
    //! Forgets the rows (with dropRows()) and any state of the query's pages.
    virtual void resetRows() = 0;

    PageFeed &feed() { return m_feed; }

    //! Appends the rows of `incoming` not shown yet; how many were new.
    template<typename Row, typename IdOf>
    int appendFresh(QList<Row> &rows, const QList<Row> &incoming, IdOf idOf)
    {
        const QList<Row> fresh = PageFeed::freshRows(incoming, m_ids, idOf);
        if (!fresh.isEmpty()) {
            const int first = int(rows.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            rows.append(fresh);
            endInsertRows();
        }
        return int(fresh.size());
    }
    //! The rows become the copy's `incoming` (the model is empty when the copy is read).
    template<typename Row, typename IdOf>
    void showRows(QList<Row> &rows, const QList<Row> &incoming, IdOf idOf)
    {
        if (incoming.isEmpty())
            return;
        beginInsertRows({}, 0, int(incoming.size()) - 1);
        rows = incoming;
        for (const Row &row : incoming)
            m_ids.insert(idOf(row));
        endInsertRows();
    }
    template<typename Row>
    void dropRows(QList<Row> &rows)
    {
        m_ids.clear();
        if (rows.isEmpty())
            return;
        beginResetModel();
        rows.clear();
        endResetModel();
    }
    //! The answer callback of a repository's page of `Row`s with its envelope: new rows are
    //! appended; an answer to an older query or account is dropped.
    template<typename Row, typename IdOf>
    auto pageReceiver(quint64 generation, QList<Row> &rows, IdOf idOf)
    {
        return [this, generation, &rows, idOf](const QList<Row> &incoming, const api::ListPageMeta &meta) {
            if (!m_feed.isCurrent(generation))
                return;
            const int fresh = appendFresh(rows, incoming, idOf);
            m_feed.pageArrived(generation, fresh, !incoming.isEmpty() && meta.hasNextPage, meta.totalItems);
        };
    }
    auto failureReceiver(quint64 generation)
    {
        return [this, generation](const api::ApiError &error) { m_feed.pageFailed(generation, error); };
    }
    //! The answer callback of a repository's read of the offline copy; with `emptyIsNone`, a
    //! copy without rows counts as no copy (the failure is shown instead).
    template<typename Row, typename IdOf>
    auto copyReceiver(quint64 generation, QList<Row> &rows, IdOf idOf, bool emptyIsNone = false)
    {
        return [this, generation, &rows, idOf, emptyIsNone](const QList<Row> &incoming, const QDateTime &seenAt) {
            if (!m_feed.acceptCopy(generation, emptyIsNone && incoming.isEmpty() ? QDateTime() : seenAt))
                return;
            showRows(rows, incoming, idOf);
            m_feed.copyShown(int(incoming.size()));
        };
    }
    //! The row of `rows` whose id is `id`, or -1.
    template<typename Row, typename IdOf>
    static int rowOf(const QList<Row> &rows, qint64 id, IdOf idOf)
    {
        for (int row = 0; row < rows.size(); ++row) {
            if (idOf(rows.at(row)) == id)
                return row;
        }
        return -1;
    }

private:
    QSet<qint64> m_ids;
    PageFeed m_feed;
};

//! A PagedModel over one repository type, which a view hands it from the account's context.
//! Subclasses instantiate it explicitly in their .cpp (`template class RepositoryPagedModel<R>;`,
//! with `extern template` in their header), so headers need only a forward declaration of R.
template<class Repository>
class RepositoryPagedModel : public PagedModel
{
public:
    //! Another repository (account switch, or none) clears the rows; the list starts again on
    //! reload(), or on the first fetchMore() for a list that starts when shown (Start::OnDemand).
    void setRepository(Repository *repository);
    Repository *repository() const;

protected:
    enum class Start { OnReload, OnDemand };
    RepositoryPagedModel(int pageSize, Start start, QObject *parent) : PagedModel(pageSize, parent), m_start(start) {}

    bool hasSource() const override { return !m_repository.isNull(); }

private:
    QPointer<Repository> m_repository;
    Start m_start;
};

template<class Repository>
void RepositoryPagedModel<Repository>::setRepository(Repository *repository)
{
    if (m_repository == repository)
        return;
    m_repository = repository;
    if (repository && m_start == Start::OnDemand)
        feed().startOnDemand();
    else
        feed().stop();
}

template<class Repository>
Repository *RepositoryPagedModel<Repository>::repository() const
{
    return m_repository.data();
}

} // namespace models
