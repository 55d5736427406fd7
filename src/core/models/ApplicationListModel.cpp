// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationListModel.h"

#include "api/ApiError.h"
#include "api/ListPage.h"
#include "repository/ApplicationRepository.h"

namespace models {

ApplicationListModel::ApplicationListModel(QObject *parent) : QAbstractListModel(parent), m_feed(PageFeed::sourceOf(this))
{
    m_feed.forwardSignalsTo(this);
    m_feed.setPageSize(25);
}

ApplicationListModel::~ApplicationListModel() = default;

bool ApplicationListModel::hasSource() const
{
    return !m_repository.isNull();
}

void ApplicationListModel::setRepository(repository::ApplicationRepository *repository)
{
    if (m_repository == repository)
        return;
    m_repository = repository;
    m_feed.stop();
}

int ApplicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ApplicationListModel::statusText(bool published)
{
    return published ? tr("Published") : tr("Not published");
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Application &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(a.name + QLatin1Char('\n') + statusText(a.published)
                       + (a.shortDescription.isEmpty() ? QString() : QString(QStringLiteral(" · ") + a.shortDescription)));
    case Qt::AccessibleTextRole:
        return QString(a.name + QStringLiteral(", ") + statusText(a.published));
    case Qt::ToolTipRole:
    case ShortDescriptionRole:
        return a.shortDescription;
    case IdRole:
        return a.id;
    case NameRole:
        return a.name;
    case PublishedRole:
        return a.published;
    case StatusTextRole:
        return statusText(a.published);
    case ApplicationKeyRole:
        return a.applicationKey;
    case InstallUrlRole:
        return a.installUrl;
    case DeveloperIdRole:
        return a.developerId;
    case ApplicationRole:
        return QVariant::fromValue(a);
    default:
        return {};
    }
}

QHash<int, QByteArray> ApplicationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {NameRole, "name"},
                  {PublishedRole, "published"},
                  {StatusTextRole, "statusText"},
                  {ShortDescriptionRole, "shortDescription"},
                  {ApplicationKeyRole, "applicationKey"},
                  {InstallUrlRole, "installUrl"},
                  {DeveloperIdRole, "developerId"},
                  {ApplicationRole, "application"}});
    return names;
}

bool ApplicationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_feed.canFetchMore();
}

void ApplicationListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_feed.fetchMore();
}

domain::Application ApplicationListModel::applicationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : domain::Application();
}

int ApplicationListModel::rowForId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void ApplicationListModel::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    Q_EMIT searchChanged(search);
    m_feed.restart();
}

void ApplicationListModel::reload()
{
    m_feed.reload();
}

void ApplicationListModel::retry()
{
    m_feed.retry();
}

void ApplicationListModel::dropRows()
{
    m_ids.clear();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

repository::Pending ApplicationListModel::requestPage(quint64 generation, int page, int size)
{
    return m_repository->loadPage(
        page, size, m_search, this,
        [this, generation](const QList<domain::Application> &applications, const api::ListPageMeta &meta) {
            if (!m_feed.isCurrent(generation))
                return; // an answer for another search or account
            const QList<domain::Application> fresh =
                PageFeed::freshRows(applications, m_ids, [](const domain::Application &a) { return a.id; });
            if (!fresh.isEmpty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(fresh.size()) - 1);
                m_rows.append(fresh);
                endInsertRows();
            }
            m_feed.pageArrived(generation, int(fresh.size()), !applications.isEmpty() && meta.hasNextPage, meta.totalItems);
        },
        [this, generation](const api::ApiError &error) { m_feed.pageFailed(generation, error); });
}

bool ApplicationListModel::readCopy(quint64 generation)
{
    if (!m_repository || !m_repository->hasOfflineStore())
        return false;
    m_repository->loadFromCopy(
        m_search, this, [this, generation](const QList<domain::Application> &applications, const QDateTime &seenAt) {
            if (!m_feed.acceptCopy(generation, seenAt))
                return;
            if (!applications.isEmpty()) {
                beginInsertRows({}, 0, int(applications.size()) - 1);
                m_rows = applications;
                for (const domain::Application &a : applications)
                    m_ids.insert(a.id);
                endInsertRows();
            }
            m_feed.copyShown(int(applications.size()));
        });
    return true;
}

} // namespace models
