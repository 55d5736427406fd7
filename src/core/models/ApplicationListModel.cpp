// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationListModel.h"

#include "repository/ApplicationRepository.h"

namespace models {

template class RepositoryPagedModel<repository::ApplicationRepository>;

ApplicationListModel::ApplicationListModel(QObject *parent) : RepositoryPagedModel(25, Start::OnReload, parent) {}

ApplicationListModel::~ApplicationListModel() = default;

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
    QHash<int, QByteArray> names = PagedModel::roleNames();
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

domain::Application ApplicationListModel::applicationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : domain::Application();
}

int ApplicationListModel::rowForId(qint64 id) const
{
    return rowOf(m_rows, id, idOf);
}

void ApplicationListModel::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    Q_EMIT searchChanged(search);
    feed().restart();
}

void ApplicationListModel::resetRows()
{
    dropRows(m_rows);
}

repository::Pending ApplicationListModel::requestPage(quint64 generation, int page, int size)
{
    return repository()->loadPage(page, size, m_search, this, pageReceiver(generation, m_rows, idOf), failureReceiver(generation));
}

bool ApplicationListModel::readCopy(quint64 generation)
{
    if (!repository() || !repository()->hasOfflineStore())
        return false;
    repository()->loadFromCopy(m_search, this, copyReceiver(generation, m_rows, idOf));
    return true;
}

} // namespace models
