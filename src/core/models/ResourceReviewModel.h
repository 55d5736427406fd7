// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ResourceReviewColumns.h"
#include "repository/ResourceReviewRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

namespace api {
class ApiRequest;
}

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
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

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

    bool isLoading() const { return m_request != nullptr; }
    bool isAtEnd() const { return m_atEnd; }
    bool hasFailed() const { return m_failed; }
    int totalItems() const { return m_totalItems; }
    int pagesLoaded() const { return m_nextPage - 1; }
    //! The rows are the offline copy (the space could not be reached), read at offlineSince().
    bool isOfflineCopy() const { return m_offline; }
    QDateTime offlineSince() const { return m_offlineSince; }
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
    void clearRows();
    void requestPage();
    void setRequest(api::ApiRequest *request);
    //! Asks again: the space, or the copy right away while the copy is shown.
    void restart();
    //! Shows the copy's rows for the current filter and sort; `failure` is reported without a copy.
    void showOfflineCopy(const QString &failure, int httpStatus);

    QPointer<repository::ResourceReviewRepository> m_repository;
    QList<domain::ReviewedResource> m_rows;
    QPointer<api::ApiRequest> m_request;
    domain::ResourceReviewFilter m_filter;
    quint64 m_generation = 0;
    int m_sortColumn = domain::ResourceReviewColumns::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_nextPage = 1;
    int m_pageSize = 50;
    int m_totalItems = 0;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_failed = false;
    bool m_resetting = false; //!< inside clearRows(): no fetchMore()
    bool m_offline = false;
    QDateTime m_offlineSince;
};

} // namespace models
