// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenantListModel.h"

#include "RoleNames.h"
#include "propertyos/TenantRepository.h"

namespace models {

using propertyos::Tenant;
using propertyos::TenantStatus;

TenantListModel::TenantListModel(QObject *parent) : QAbstractListModel(parent) {}

TenantListModel::~TenantListModel()
{
    if (m_walk)
        m_walk->abandon();
}

void TenantListModel::setRepository(propertyos::TenantRepository *repository)
{
    if (m_walk)
        m_walk->abandon();
    m_repository = repository;
    m_loaded = false;
    m_failure = {};
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void TenantListModel::search(const QString &text)
{
    if (!m_repository)
        return;
    if (m_walk)
        m_walk->abandon();
    m_failure = {};
    propertyos::TenantFilter filter;
    filter.search = text;
    m_walk = m_repository->list(
        filter, this,
        [this](const QList<Tenant> &tenants, int) {
            m_walk = nullptr;
            m_loaded = true;
            beginResetModel();
            m_rows = tenants;
            endResetModel();
            Q_EMIT loaded();
        },
        [this](const api::ApiError &error) {
            m_walk = nullptr;
            m_failure = error;
            Q_EMIT failed(error);
        });
}

QString TenantListModel::statusText(TenantStatus status)
{
    switch (status) {
    case TenantStatus::Active:
        return tr("Active");
    case TenantStatus::Former:
        return tr("Former");
    case TenantStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

int TenantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TenantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tenant &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        //: A tenant in the list: name, unit and status, e.g. "Omar Haddad — A-101 (Active)".
        return tr("%1 — %2 (%3)").arg(t.name, t.unit, statusText(t.status));
    case IdRole:
        return t.id;
    case NameRole:
        return t.name;
    case UnitRole:
        return t.unit;
    case EmailRole:
        return t.contacts.email;
    case PhoneRole:
        return t.contacts.phone;
    case StatusTextRole:
        return statusText(t.status);
    default:
        return {};
    }
}

QHash<int, QByteArray> TenantListModel::roleNames() const
{
    return withRoleNames(staticMetaObject, QAbstractListModel::roleNames());
}

} // namespace models
