// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageFeed.h"
#include "domain/ResourceReviewColumns.h"
#include "repository/ResourceReviewRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSet>

namespace models {

//! Every resource of the account (hidden and archived ones too) as a dense table that pages itself
//! through the admin list. Sorting (sort(), e.g. from a header click) and filters go to the server:
//! the rows are dropped and the first page asked again; answers to an older query are ignored.
//! Nothing is asked before reload(). No role can reach a Zoom token: rows never hold one.
//! When the space cannot be reached and nothing is shown yet, the rows come from the offline copy
//! (isOfflineCopy()): sorted and filtered locally, no paging, until reload() reaches the space again.
class ResourceReviewModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Role {
        SortRole = Qt::UserRole + 1, //!< the raw value of the cell (numbers, bools, dates)
        IdRole,                      //!< qint64: Resource.Id
        RecordRole,                  //!< domain::ReviewedResource (no tokens)
    };
    Q_ENUM(Role)

    explicit ResourceReviewModel(QObject *parent = nullptr);
    ~ResourceReviewModel() override;

    //! Changing the repository (account switch) clears the rows and stops until reload().
    void setRepository(repository::ResourceReviewRepository *repository);
    repository::ResourceReviewRepository *repository() const { return m_repository; }
    void setPageSize(int size) { m_feed.setPageSize(size); }
    int pageSize() const { return m_feed.pageSize(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    //! Asks the server for this order (starts over when already started); sorts the offline copy
    //! locally while it is shown.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool isLoading() const { return m_feed.isLoading(); }
    bool isAtEnd() const { return m_feed.isAtEnd(); }
    bool hasFailed() const { return m_feed.hasFailed(); }
    int totalItems() const { return m_feed.totalItems(); }
    int pagesLoaded() const { return m_feed.pagesLoaded(); }
    //! The rows are the offline copy (the space could not be reached), read at offlineSince().
    bool isOfflineCopy() const { return m_feed.isOfflineCopy(); }
    QDateTime offlineSince() const { return m_feed.offlineSince(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const domain::ResourceReviewFilter &filter() const { return m_filter; }
    //! The list query of the current filter and sort, without page and size (for the CSV export).
    api::ListQuery currentQuery() const;

    domain::ReviewedResource recordAt(int row) const;
    int rowForId(qint64 id) const;

public Q_SLOTS:
    //! New filters: clears the rows and starts over (when already started).
    void setFilter(const domain::ResourceReviewFilter &filter);
    void reload();
    void retry();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int page);
    //! A page could not be loaded (the rows already shown stay). Translated text.
    void errorOccurred(const QString &message, int httpStatus);
    //! The space could not be reached: the rows are the offline copy read at `seenAt`.
    void offlineCopyShown(const QDateTime &seenAt);

private:
    friend class PageFeed;
    bool hasSource() const;
    repository::Pending requestPage(quint64 generation, int page, int size);
    //! Reads the copy's rows for the current filter and sort.
    bool readCopy(quint64 generation);
    void dropRows();

    QPointer<repository::ResourceReviewRepository> m_repository;
    QList<domain::ReviewedResource> m_rows;
    QSet<qint64> m_ids;
    domain::ResourceReviewFilter m_filter;
    int m_sortColumn = domain::ResourceReviewColumns::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    PageFeed m_feed;
};

} // namespace models
