// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationListModel.h"

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/ListPage.h"
#include "repository/ApplicationRepository.h"

namespace models {

ApplicationListModel::ApplicationListModel(QObject *parent) : QAbstractListModel(parent) {}

ApplicationListModel::~ApplicationListModel()
{
    if (m_request)
        m_request->abandon();
}

void ApplicationListModel::setRepository(repository::ApplicationRepository *repository)
{
    if (m_repository == repository)
        return;
    m_repository = repository;
    m_started = false;
    m_offline = false;
    clearRows();
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
    return !parent.isValid() && m_repository && m_started && !m_resetting && !m_atEnd && !isLoading() && !m_failed;
}

void ApplicationListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
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
    if (m_started && m_offline) {
        // The space was out of reach a moment ago: search the copy rather than wait for it again.
        clearRows();
        m_atEnd = true; // no page may be asked meanwhile
        showOfflineCopy(tr("The space cannot be reached."));
    } else if (m_started) {
        reload();
    }
}

void ApplicationListModel::reload()
{
    clearRows();
    m_started = true;
    if (m_repository)
        requestPage();
}

void ApplicationListModel::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    fetchMore();
}

void ApplicationListModel::clearRows()
{
    // A new generation first: whatever is still on its way belongs to the old search or account.
    ++m_generation;
    if (m_request)
        m_request->abandon();
    setRequest(nullptr);
    m_nextPage = 1;
    m_totalItems = 0;
    m_atEnd = false;
    m_failed = false;
    if (!m_rows.isEmpty()) {
        // Views (and QAbstractItemModelTester) may call fetchMore() on the reset; the caller asks
        // for the first page itself, so none may start meanwhile (it would be an old page number).
        m_resetting = true;
        beginResetModel();
        m_rows.clear();
        endResetModel();
        m_resetting = false;
    }
}

void ApplicationListModel::requestPage()
{
    const quint64 generation = m_generation;
    api::ApiRequest *request = m_repository->loadPage(
        m_nextPage, m_pageSize, m_search, this,
        [this, generation](const QList<domain::Application> &applications, const api::ListPageMeta &meta) {
            onPage(generation, applications, meta);
        },
        [this, generation](const api::ApiError &error) {
            if (generation != m_generation)
                return;
            m_failed = true;
            setRequest(nullptr);
            if (error.isUnreachable() && m_rows.isEmpty() && m_repository && m_repository->hasOfflineStore()) {
                showOfflineCopy(error.message()); // nothing shown yet: what was seen before instead
                return;
            }
            Q_EMIT errorOccurred(error.message());
        });
    if (!request)
        return;
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        if (m_request == request)
            setRequest(nullptr);
    });
    setRequest(request);
}

void ApplicationListModel::onPage(quint64 generation, const QList<domain::Application> &applications,
                                  const api::ListPageMeta &meta)
{
    if (generation != m_generation)
        return; // an answer for another search or account
    m_offline = false;
    QList<domain::Application> fresh;
    for (const domain::Application &application : applications) {
        if (rowForId(application.id) < 0)
            fresh.append(application); // a record created meanwhile can shift one into the next page
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    m_totalItems = meta.totalItems;
    const int page = m_nextPage++;
    m_atEnd = applications.isEmpty() || !meta.hasNextPage;
    setRequest(nullptr);
    Q_EMIT pageLoaded(page);
}

void ApplicationListModel::showOfflineCopy(const QString &failure)
{
    if (!m_repository)
        return;
    const quint64 generation = m_generation;
    m_repository->loadFromCopy(
        m_search, this, [this, generation, failure](const QList<domain::Application> &applications, const QDateTime &seenAt) {
            if (generation != m_generation)
                return; // another search, reload or account meanwhile
            if (!seenAt.isValid() || !m_rows.isEmpty()) {
                m_offline = false;
                Q_EMIT errorOccurred(failure); // never read while online: nothing to show
                return;
            }
            m_offline = true;
            m_offlineSince = seenAt;
            m_atEnd = true; // no paging offline; reload() asks the space again
            m_failed = false;
            m_totalItems = int(applications.size());
            if (!applications.isEmpty()) {
                beginInsertRows({}, 0, int(applications.size()) - 1);
                m_rows = applications;
                endInsertRows();
            }
            Q_EMIT offlineCopyShown(seenAt);
        });
}

void ApplicationListModel::setRequest(api::ApiRequest *request)
{
    const bool was = isLoading();
    m_request = request;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

} // namespace models
