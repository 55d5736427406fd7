// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedModel.h"
#include "domain/ResourceReviewColumns.h"
#include "repository/ResourceReviewRepository.h"

#include <QList>
#include <QPointer>

namespace models {


//! Every resource of the account (hidden and archived ones too) as a dense table that pages itself
//! through the admin list. Sorting (sort(), e.g. from a header click) and filters go to the server:
//! the rows are dropped and the first page asked again; answers to an older query are ignored.
//! Nothing is asked before reload(). No role can reach a Zoom token: rows never hold one.
//! When the space cannot be reached and nothing is shown yet, the rows come from the offline copy
//! (isOfflineCopy()): sorted and filtered locally, no paging, until reload() reaches the space again.
class ResourceReviewModel : public RepositoryPagedModel<repository::ResourceReviewRepository, domain::ReviewedResource>
{
    Q_OBJECT
public:
    //! IdRole (qint64: Resource.Id) comes from PagedModel.
    enum Role {
        SortValueRole = FirstRowRole, //!< the raw value of the cell (numbers, bools, dates)
        RecordRole,                   //!< domain::ReviewedResource (no tokens)
    };
    Q_ENUM(Role)

    explicit ResourceReviewModel(QObject *parent = nullptr);
    ~ResourceReviewModel() override;


    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! Asks the server for this order (starts over when already started); sorts the offline copy
    //! locally while it is shown.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const domain::ResourceReviewFilter &filter() const { return m_filter; }
    //! The list query of the current filter and sort, without page and size (for the CSV export).
    api::ListQuery currentQuery() const;

    domain::ReviewedResource recordAt(int row) const { return rowAt(row); }

public Q_SLOTS:
    //! New filters: clears the rows and starts over (when already started).
    void setFilter(const domain::ResourceReviewFilter &filter);

private:
    QVariant rowData(const domain::ReviewedResource &row, int column, int role) const override;
    qint64 idOf(const domain::ReviewedResource &row) const override { return row.resource.id; }
    repository::Pending requestPage(quint64 generation, int page, int size) override;
    //! Reads the copy's rows for the current filter and sort.
    bool readCopy(quint64 generation) override;
    void resetRows() override { dropRows(); }

    domain::ResourceReviewFilter m_filter;
    int m_sortColumn = domain::ResourceReviewColumns::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

//! Built once, in the .cpp (where the repository type is complete).
extern template class RepositoryPagedModel<repository::ResourceReviewRepository, domain::ReviewedResource>;

} // namespace models
