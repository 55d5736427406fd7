// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageFeed.h"
#include "api/ApiError.h"
#include "api/ListPage.h"
#include "repository/Datasets.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSet>

namespace models {

//! The model side of every list that pages itself through a repository (applications, resource
//! review, news): the PageFeed, the state a view reads (loading, end, failure, offline copy), the
//! signals it listens to, fetchMore(), and role names read from the subclass's `Role` enum. The rows
//! themselves live in RepositoryPagedModel. A table model, so that one base serves lists (one
//! column) and tables alike.
class PagedModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY pagingChanged)
    Q_PROPERTY(bool atEnd READ isAtEnd NOTIFY pagingChanged)
public:
    //! Every paged row has an id; a subclass's own roles start at FirstRowRole.
    enum SharedRole { IdRole = Qt::UserRole + 1, FirstRowRole };

    ~PagedModel() override;

    void setPageSize(int size) { m_feed.setPageSize(size); }
    int pageSize() const { return m_feed.pageSize(); }

    //! Lists read `index(row)`.
    QModelIndex index(int row, int column = 0, const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    //! Started, not at the end, not loading, and not stopped by an error (see retry()).
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    //! "id", and each key of the subclass's `Role` enum without "Role", first letter lowercase
    //! (`PublishDateTextRole` → "publishDateText"), so a new role is named where it is declared.
    QHash<int, QByteArray> roleNames() const override;

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
    //! isLoading() or isAtEnd() changed.
    void pagingChanged();
    //! A page arrived (1-based); the first one after reload() makes the view usable.
    void pageLoaded(int page);
    //! A page could not be loaded; the rows already shown stay. Translated text.
    void errorOccurred(const QString &message, int httpStatus);
    //! The space could not be reached: the rows are the offline copy read at `seenAt`.
    void offlineCopyShown(const QDateTime &seenAt);

protected:
    //! The rows are records of `dataset`, read by its policy (network-first: the copy only when the
    //! space cannot be reached).
    PagedModel(const repository::Dataset &dataset, int pageSize, QObject *parent);

    //! Whether there is a repository to ask.
    virtual bool hasSource() const = 0;
    //! Asks for page `page` of `size` rows for the current query (see pageReceiver()).
    virtual repository::Pending requestPage(quint64 generation, int page, int size) = 0;
    //! Reads the offline copy of the current query (see copyReceiver()); false when there is none.
    virtual bool readCopy(quint64 generation) = 0;
    //! Forgets the rows (with dropRows()) and any state of the query's pages.
    virtual void resetRows() = 0;

    PageFeed &feed() { return m_feed; }

private:
    PageFeed m_feed;
};

//! A PagedModel of `Row` values over one repository type, which a view hands it from the account's
//! context. It holds the rows (no row twice, by id), answers rowCount(), data() outside the rows
//! and IdRole, and hands the repository's answers to the feed; a subclass says how to ask for a
//! page and read the copy, and what each of its roles shows (rowData()).
//! Subclasses instantiate it explicitly in their .cpp (`template class RepositoryPagedModel<R, Row>;`,
//! with `extern template` in their header), so headers need only a forward declaration of R.
template<class Repository, class Row>
class RepositoryPagedModel : public PagedModel
{
public:
    //! Another repository (account switch, or none) clears the rows; the list starts again on
    //! reload(), or on the first fetchMore() for a list that starts when shown (Start::OnDemand).
    void setRepository(Repository *repository);
    Repository *repository() const;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    //! The value of `row`; an empty one outside the list.
    Row rowAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Row(); }
    //! The row showing the record `id`, or -1.
    int rowForId(qint64 id) const;

protected:
    enum class Start { OnReload, OnDemand };
    RepositoryPagedModel(const repository::Dataset &dataset, int pageSize, Start start, QObject *parent)
        : PagedModel(dataset, pageSize, parent), m_start(start)
    {
    }

    //! What the subclass's own roles show for `row` (IdRole and invalid indexes are answered here).
    virtual QVariant rowData(const Row &row, int column, int role) const = 0;
    //! The record id of a row.
    virtual qint64 idOf(const Row &row) const = 0;

    bool hasSource() const override { return !m_repository.isNull(); }
    const QList<Row> &rows() const { return m_rows; }

    //! Appends the rows of `incoming` not shown yet; how many were new.
    int appendFresh(const QList<Row> &incoming);
    //! Forgets every row (in a model reset when there were some).
    void dropRows();
    //! The answer callback of a repository's page of rows with its envelope: new rows are
    //! appended; an answer to an older query or account is dropped.
    auto pageReceiver(quint64 generation)
    {
        return [this, generation](const QList<Row> &incoming, const api::ListPageMeta &meta) {
            if (!feed().isCurrent(generation))
                return;
            const int fresh = appendFresh(incoming);
            feed().pageArrived(generation, fresh, !incoming.isEmpty() && meta.hasNextPage, meta.totalItems);
        };
    }
    auto failureReceiver(quint64 generation)
    {
        return [this, generation](const api::ApiError &error) { feed().pageFailed(generation, error); };
    }
    //! The answer callback of a repository's read of the offline copy; with `emptyIsNone`, a
    //! copy without rows counts as no copy (the failure is shown instead).
    auto copyReceiver(quint64 generation, bool emptyIsNone = false)
    {
        return [this, generation, emptyIsNone](const QList<Row> &incoming, const QDateTime &seenAt) {
            if (!feed().acceptCopy(generation, emptyIsNone && incoming.isEmpty() ? QDateTime() : seenAt))
                return;
            feed().copyShown(appendFresh(incoming)); // the model is empty when the copy is read
        };
    }

private:
    QPointer<Repository> m_repository;
    Start m_start;
    QList<Row> m_rows;
    QSet<qint64> m_ids;
};

template<class Repository, class Row>
void RepositoryPagedModel<Repository, Row>::setRepository(Repository *repository)
{
    if (m_repository == repository)
        return;
    m_repository = repository;
    if (repository && m_start == Start::OnDemand)
        feed().startOnDemand();
    else
        feed().stop();
}

template<class Repository, class Row>
Repository *RepositoryPagedModel<Repository, Row>::repository() const
{
    return m_repository.data();
}

template<class Repository, class Row>
QVariant RepositoryPagedModel<Repository, Row>::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    return role == IdRole ? QVariant(idOf(row)) : rowData(row, index.column(), role);
}

template<class Repository, class Row>
int RepositoryPagedModel<Repository, Row>::rowForId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (idOf(m_rows.at(row)) == id)
            return row;
    }
    return -1;
}

template<class Repository, class Row>
int RepositoryPagedModel<Repository, Row>::appendFresh(const QList<Row> &incoming)
{
    const QList<Row> fresh = PageFeed::freshRows(incoming, m_ids, [this](const Row &row) { return idOf(row); });
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    return int(fresh.size());
}

template<class Repository, class Row>
void RepositoryPagedModel<Repository, Row>::dropRows()
{
    m_ids.clear();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace models
