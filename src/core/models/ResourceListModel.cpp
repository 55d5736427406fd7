// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceListModel.h"
#include "RoleNames.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace models {

ResourceListModel::ResourceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ResourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_resources.size());
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Only cheap field reads here: views call data() for every visible cell on every repaint.
    const domain::Resource &r = m_resources.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case Qt::ToolTipRole: return summaryText(shown(r));
    case IdRole: return r.id;
    case ResourceTypeNameRole: return typeNameOf(r);
    case SystemTypeRole: return static_cast<int>(r.systemType);
    case BusinessIdRole: return r.businessId;
    case BusinessNameRole: return r.businessName;
    case GroupNameRole: return r.groupName;
    case CapacityRole: return r.capacity() ? QVariant(*r.capacity()) : QVariant();
    case CapacityTextRole: return capacityText(r);
    case AmenitiesRole: return r.amenities.bits();
    case VisibleRole: return r.visible;
    case ArchivedRole: return r.archived;
    case HideInCalendarRole: return r.hideInCalendar;
    case RequiresConfirmationRole: return r.policy.requiresConfirmation;
    case PriceFormattedRole: return r.priceFormatted;
    case DescriptionHtmlRole: return r.descriptionHtml;
    case ResourceRole: return QVariant::fromValue(shown(r));
    default: return {};
    }
}

QHash<int, QByteArray> ResourceListModel::roleNames() const
{
    return withRoleNames(staticMetaObject, QAbstractListModel::roleNames());
}

void ResourceListModel::setResources(QList<domain::Resource> resources)
{
    beginResetModel();
    m_resources = std::move(resources);
    rebuildIndex();
    endResetModel();
}

void ResourceListModel::clear()
{
    setResources({});
}

void ResourceListModel::upsert(const QList<domain::Resource> &resources)
{
    QList<int> changedRows;
    QList<domain::Resource> added;
    QHash<qint64, int> addedById; // collapses duplicates among the new ones
    for (const domain::Resource &resource : resources) {
        if (const auto it = m_rowById.constFind(resource.id); it != m_rowById.cend()) {
            domain::Resource &existing = m_resources[*it];
            if (!(existing == resource)) {
                existing = resource;
                changedRows.append(*it);
            }
        } else if (const auto at = addedById.constFind(resource.id); at != addedById.cend()) {
            added[*at] = resource;
        } else {
            addedById.insert(resource.id, int(added.size()));
            added.append(resource);
        }
    }
    emitChangedRanges(std::move(changedRows));
    if (added.isEmpty())
        return;
    const int first = int(m_resources.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (domain::Resource &resource : added) {
        m_rowById.insert(resource.id, int(m_resources.size()));
        m_resources.append(std::move(resource));
    }
    endInsertRows();
}

void ResourceListModel::removeAllExcept(const QSet<qint64> &keep)
{
    // From the end, so the rows still to remove keep their numbers.
    int row = int(m_resources.size()) - 1;
    while (row >= 0) {
        if (keep.contains(m_resources.at(row).id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && !keep.contains(m_resources.at(row - 1).id))
            --row;
        beginRemoveRows({}, row, last);
        m_resources.remove(row, last - row + 1);
        rebuildIndex(); // before the views hear of it: they may look rows up by id
        endRemoveRows();
        --row;
    }
}

// One dataChanged per run of neighbouring rows rather than one per row (anchors.md practice 10).
void ResourceListModel::emitChangedRanges(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int start = rows.first();
    int previous = start;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == previous + 1) {
            previous = rows.at(i);
            continue;
        }
        Q_EMIT dataChanged(index(start), index(previous));
        if (i < rows.size())
            start = previous = rows.at(i);
    }
}

domain::Resource ResourceListModel::resourceAt(int row) const
{
    if (row < 0 || row >= m_resources.size())
        return {};
    return m_resources.at(row);
}

int ResourceListModel::rowForId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

void ResourceListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_resources.size());
    for (int row = 0; row < m_resources.size(); ++row)
        m_rowById.insert(m_resources.at(row).id, row);
}

void ResourceListModel::setSpaceWords(const domain::SpaceWords &words)
{
    if (words.typeNamesByRoomId == m_words.typeNamesByRoomId && words.typeNamesByTypeId == m_words.typeNamesByTypeId)
        return;
    m_words = words;
    m_words.posts.clear(); // not ours
    if (!m_resources.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_resources.size()) - 1),
                           {ResourceTypeNameRole, Qt::ToolTipRole, ResourceRole});
}

QString ResourceListModel::typeNameOf(const domain::Resource &resource) const
{
    return m_words.hasRoomWords() ? m_words.typeName(resource.id, resource.resourceTypeId, resource.resourceTypeName)
                                  : resource.resourceTypeName;
}

domain::Resource ResourceListModel::shown(const domain::Resource &resource) const
{
    if (!m_words.hasRoomWords())
        return resource;
    domain::Resource copy = resource;
    copy.resourceTypeName = typeNameOf(resource);
    return copy;
}

QString ResourceListModel::capacityText(const domain::Resource &resource)
{
    const std::optional<int> capacity = resource.capacity();
    if (!capacity || *capacity <= 0)
        return {};
    return tr("%n people", "capacity of a resource", *capacity);
}

QString ResourceListModel::summaryText(const domain::Resource &resource)
{
    QStringList parts;
    parts.append(resource.resourceTypeName.isEmpty() ? domain::displayName(resource.systemType)
                                                     : resource.resourceTypeName);
    if (const QString capacity = capacityText(resource); !capacity.isEmpty())
        parts.append(capacity);
    QStringList place;
    if (!resource.businessName.isEmpty())
        place.append(resource.businessName);
    if (!resource.groupName.isEmpty())
        place.append(resource.groupName);
    if (!place.isEmpty())
        parts.append(place.join(tr(", ", "between location and floor in a resource summary")));
    return parts.join(tr(" · ", "between the parts of a resource summary"));
}

} // namespace models
