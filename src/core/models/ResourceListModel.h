// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Resource.h"
#include "domain/SpaceWords.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace models {

//! The resources of a space as a flat list. Raw-value roles feed sorting and filter proxies;
//! DisplayRole and ToolTipRole are formatted, translated text (anchors.md practices 8 and 9).
class ResourceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,  //!< qint64: Resource.Id, the key for upsert and selection
        NameRole,                   //!< QString: name, raw (same text as DisplayRole, for sorting)
        ResourceTypeNameRole,       //!< QString: the space's own type, e.g. "Meeting Room", in the chosen language when the space has it
        SystemTypeRole,             //!< int: domain::SystemResourceType value
        BusinessIdRole,             //!< qint64: location id
        BusinessNameRole,           //!< QString: location name
        GroupNameRole,              //!< QString: floor or area, e.g. "Floor 2"
        CapacityRole,               //!< int: Allocation; an invalid QVariant when the space gives none
        CapacityTextRole,           //!< QString: translated capacity, e.g. "6 people"; empty when unknown
        AmenitiesRole,              //!< quint32: domain::AmenitySet::bits()
        VisibleRole,                //!< bool: Visible
        ArchivedRole,               //!< bool: Archived
        HideInCalendarRole,         //!< bool: HideInCalendar
        RequiresConfirmationRole,   //!< bool: bookings wait for an admin's approval
        PriceFormattedRole,         //!< QString: the server's formatted price (public routes), may be empty
        DescriptionHtmlRole,        //!< QString: Description, HTML as sent (sanitise before showing)
        ResourceRole,               //!< domain::Resource: the whole value, for detail panes (type name as ResourceTypeNameRole)
    };
    Q_ENUM(Role)

    explicit ResourceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Replaces everything with one model reset (first load, account switch).
    void setResources(QList<domain::Resource> resources);
    //! Merges by Id without a reset, so views keep selection and scroll position: rows whose
    //! resource changed get dataChanged, unknown ids are appended in one insert, other rows stay.
    //! Within `resources`, a later entry with the same id wins.
    void upsert(const QList<domain::Resource> &resources);
    void clear();
    //! Removes the rows whose id is not in `keep` (rooms the space no longer lists), one
    //! removeRows per run of neighbouring rows, so the other rows keep selection and scroll.
    void removeAllExcept(const QSet<qint64> &keep);

    //! The resource at `row`; a default Resource (Id 0) when out of range.
    domain::Resource resourceAt(int row) const;
    //! Row of the resource with this Id, or -1.
    int rowForId(qint64 id) const;

    //! The space's words in the chosen language (type names) over the default-language records;
    //! empty words show the records as they are.
    void setSpaceWords(const domain::SpaceWords &words);

    //! "Meeting room · 6 people · Madrid, Floor 2" (translated separators and wording).
    static QString summaryText(const domain::Resource &resource);
    //! "6 people", or empty when the capacity is unknown.
    static QString capacityText(const domain::Resource &resource);

private:
    void rebuildIndex();
    void emitChangedRanges(QList<int> rows);
    //! The record as people read it: with the type name in the chosen language.
    domain::Resource shown(const domain::Resource &resource) const;
    QString typeNameOf(const domain::Resource &resource) const;

    QList<domain::Resource> m_resources;
    QHash<qint64, int> m_rowById;
    domain::SpaceWords m_words;
};

} // namespace models
