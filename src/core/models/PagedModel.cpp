// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedModel.h"

#include "RoleNames.h"

namespace models {

PagedModel::PagedModel(const repository::Dataset &dataset, int pageSize, QObject *parent)
    : QAbstractTableModel(parent),
      m_feed(dataset, PageFeed::Source{
          [this] { return hasSource(); },
          [this](quint64 generation, int page, int size) { return requestPage(generation, page, size); },
          [this](quint64 generation) { return readCopy(generation); },
          [this] { resetRows(); },
          [this] { return rowCount(); },
      })
{
    m_feed.setPageSize(pageSize);
    connect(&m_feed, &PageFeed::loadingChanged, this, &PagedModel::pagingChanged);
    connect(&m_feed, &PageFeed::atEndChanged, this, &PagedModel::pagingChanged);
    connect(&m_feed, &PageFeed::pageLoaded, this, &PagedModel::pageLoaded);
    connect(&m_feed, &PageFeed::errorOccurred, this, &PagedModel::errorOccurred);
    connect(&m_feed, &PageFeed::offlineCopyShown, this, &PagedModel::offlineCopyShown);
}

PagedModel::~PagedModel() = default;

QModelIndex PagedModel::index(int row, int column, const QModelIndex &parent) const
{
    return QAbstractTableModel::index(row, column, parent);
}

int PagedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

bool PagedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_feed.canFetchMore();
}

void PagedModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_feed.fetchMore();
}

QHash<int, QByteArray> PagedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    return withRoleNames(*metaObject(), names);
}

void PagedModel::reload()
{
    m_feed.reload();
}

void PagedModel::retry()
{
    m_feed.retry();
}

} // namespace models
