// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyListModel.h"

#include "RoleNames.h"
#include "propertyos/PropertyRepository.h"

#include <QLocale>

namespace models {

using propertyos::Property;
using propertyos::PropertyStatus;

namespace {
double occupancyOf(const Property &p)
{
    return p.unitsCount > 0 ? qBound(0.0, double(p.occupiedUnits) / double(p.unitsCount), 1.0) : 0.0;
}
} // namespace

PropertyListModel::PropertyListModel(QObject *parent) : QAbstractTableModel(parent) {}

PropertyListModel::~PropertyListModel()
{
    if (m_walk)
        m_walk->abandon();
}

void PropertyListModel::setRepository(propertyos::PropertyRepository *repository)
{
    if (m_walk)
        m_walk->abandon();
    m_repository = repository;
    m_loaded = false;
    m_failure = {};
    setRows({});
}

void PropertyListModel::reload()
{
    if (!m_repository)
        return;
    if (m_walk)
        m_walk->abandon();
    m_failure = {};
    m_walk = m_repository->list(
        std::nullopt, this,
        [this](const QList<Property> &properties, int) {
            m_walk = nullptr;
            m_loaded = true;
            setRows(properties);
            Q_EMIT loaded();
        },
        [this](const api::ApiError &error) {
            m_walk = nullptr;
            m_failure = error;
            Q_EMIT failed(error);
        });
}

void PropertyListModel::append(const Property &property)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(property);
    endInsertRows();
    Q_EMIT figuresChanged();
}

void PropertyListModel::setRows(QList<Property> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT figuresChanged();
}

QString PropertyListModel::statusText(PropertyStatus status)
{
    switch (status) {
    case PropertyStatus::Active:
        return tr("Active");
    case PropertyStatus::Inactive:
        return tr("Inactive");
    case PropertyStatus::Maintenance:
        return tr("Maintenance");
    case PropertyStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString PropertyListModel::typeText(const QString &type)
{
    if (type == u"residential")
        return tr("Residential");
    if (type == u"commercial")
        return tr("Commercial");
    if (type == u"mixed")
        return tr("Mixed use");
    return type; // a type this version does not know: as the server wrote it
}

int PropertyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PropertyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PropertyListModel::displayData(const Property &p, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return p.name;
    case TypeColumn:
        return typeText(p.type);
    case AddressColumn:
        return p.address.oneLine();
    case StatusColumn:
        return statusText(p.status);
    case UnitsColumn:
        return locale.toString(p.unitsCount);
    case OccupiedColumn:
        return locale.toString(p.occupiedUnits);
    case OccupancyColumn:
        //: An occupancy rate; %1 is the number (e.g. "93"), written with the locale's digits.
        return tr("%1%").arg(locale.toString(occupancyOf(p) * 100.0, 'f', 0));
    }
    return {};
}

QVariant PropertyListModel::sortData(const Property &p, int column) const
{
    switch (column) {
    case UnitsColumn:
        return p.unitsCount;
    case OccupiedColumn:
        return p.occupiedUnits;
    case OccupancyColumn:
        return occupancyOf(p);
    default:
        return displayData(p, column); // the words as shown, so the order is the reader's
    }
}

QVariant PropertyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Property &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(p, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == UnitsColumn || index.column() == OccupiedColumn || index.column() == OccupancyColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return p.id;
    case SortRole:
        return sortData(p, index.column());
    case StatusRole:
        return int(p.status);
    case OccupancyRole:
        return occupancyOf(p);
    default:
        return {};
    }
}

QVariant PropertyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case AddressColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    case UnitsColumn:
        return tr("Units");
    case OccupiedColumn:
        return tr("Occupied");
    case OccupancyColumn:
        return tr("Occupancy");
    }
    return {};
}

QHash<int, QByteArray> PropertyListModel::roleNames() const
{
    return withRoleNames(staticMetaObject, QAbstractTableModel::roleNames());
}

PropertyStatusProxy::PropertyStatusProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PropertyListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PropertyStatusProxy::setStatus(PropertyStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool PropertyStatusProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_status == PropertyStatus::Unknown)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(PropertyListModel::StatusRole).toInt() == int(m_status);
}

} // namespace models
