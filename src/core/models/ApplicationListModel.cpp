// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationListModel.h"

#include "repository/ApplicationRepository.h"

namespace models {

template class RepositoryPagedModel<repository::ApplicationRepository, domain::Application>;

ApplicationListModel::ApplicationListModel(QObject *parent)
    : RepositoryPagedModel(repository::datasets::applications, 25, Start::OnReload, parent)
{
}

ApplicationListModel::~ApplicationListModel() = default;

QString ApplicationListModel::statusText(bool published)
{
    return published ? tr("Published") : tr("Not published");
}

QVariant ApplicationListModel::rowData(const domain::Application &a, int, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return QString(a.name + QLatin1Char('\n') + statusText(a.published)
                       + (a.shortDescription.isEmpty() ? QString() : QString(QStringLiteral(" · ") + a.shortDescription)));
    case Qt::AccessibleTextRole:
        return QString(a.name + QStringLiteral(", ") + statusText(a.published));
    case Qt::ToolTipRole:
        return a.shortDescription;
    case NameRole:
        return a.name;
    case ApplicationRole:
        return QVariant::fromValue(a);
    case ApplicationKeyRole:
        return a.applicationKey;
    default:
        return {};
    }
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

repository::Pending ApplicationListModel::requestPage(quint64 generation, int page, int size)
{
    return repository()->loadPage(page, size, m_search, this, pageReceiver(generation), failureReceiver(generation));
}

bool ApplicationListModel::readCopy(quint64 generation)
{
    if (!repository() || !repository()->hasOfflineStore())
        return false;
    repository()->loadFromCopy(m_search, this, copyReceiver(generation));
    return true;
}

} // namespace models
