// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Amenity.h"
#include "domain/BookingPolicy.h"
#include "domain/BusySlot.h"

#include <QDateTime>

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

namespace models {

//! Who may book a room, from its OnlyForMembers/OnlyForContacts/OnlyForInvoicingBusiness and its
//! teams and plans (tariffs). The member's profile says neither their plan nor their teams, so this
//! describes the room, for people to pick what applies to them.
enum class BookingAccess { Anyone = 0, MembersOnly = 1, ContactsOnly = 2, InvoicedCustomers = 3, TeamsOrPlans = 4 };
BookingAccess bookingAccessOf(const domain::BookingPolicy &policy);
QList<BookingAccess> allBookingAccess();
QString bookingAccessLabel(BookingAccess access);

//! What the person asked for in the filter panel. Empty parts match everything.
struct ResourceFilter {
    domain::AmenitySet amenities; //!< every one of these must be there
    QSet<int> systemTypes;        //!< domain::SystemResourceType values
    QSet<qint64> locations;       //!< location (business) ids
    int minCapacity = 0;          //!< Allocation at least this; unknown capacity fails when > 0
    //! "Free between": rooms with a busy slot overlapping [freeFrom, freeTo) fail. Space wall clock
    //! (Qt::UTC digits, like domain::BusySlot); no window unless both are valid and ordered.
    QDateTime freeFrom;
    QDateTime freeTo;
    //! Words that must all appear (any case, any order) in the name, description, floor or area,
    //! type or location.
    QString text;
    QSet<int> access;             //!< BookingAccess values; empty: any

    bool hasWindow() const { return freeFrom.isValid() && freeTo.isValid() && freeFrom < freeTo; }

    bool operator==(const ResourceFilter &) const = default;
};

//! Filters a ResourceListModel by amenities, type, location and capacity, and counts facets: for
//! each choice, how many rooms would be listed if it were picked, with the other choices kept
//! (the usual faceted-search rule). Hidden, archived and calendar-hidden rooms never show.
//! The time window is a facet too: busy slots of the whole space come from setBusySlots().
class ResourceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResourceFilterProxy(QObject *parent = nullptr);

    void setFilter(const ResourceFilter &filter);
    //! Only the text part of the filter (the search box); the other facets stay.
    void setText(const QString &text);
    const ResourceFilter &filter() const { return m_filter; }

    QHash<int, int> systemTypeCounts() const { return m_typeCounts; }
    QHash<qint64, int> locationCounts() const { return m_locationCounts; }
    QHash<domain::Amenity, int> amenityCounts() const { return m_amenityCounts; }
    //! Rooms with at least N people, for each N in capacityThresholds().
    QHash<int, int> capacityCounts() const { return m_capacityCounts; }
    //! Rooms for each BookingAccess value.
    QHash<int, int> accessCounts() const { return m_accessCounts; }
    static QList<int> capacityThresholds();
    //! Rooms that pass every other facet and are free in the window (all of them without a window).
    int freeInWindowCount() const { return m_freeCount; }
    //! Rooms that pass every other facet but are busy in the window.
    int busyInWindowCount() const { return m_busyCount; }

    //! Everyone's bookings of the space (replaces the previous ones).
    void setBusySlots(const QList<domain::BusySlot> &slots);

    void setSourceModel(QAbstractItemModel *source) override;

Q_SIGNALS:
    void facetCountsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    //! The facts of one row the filter needs, read once per change of the source, not per test.
    struct RowFacts {
        quint32 amenities = 0;
        int systemType = 0;
        qint64 location = 0;
        int capacity = -1;
        bool listed = true;
        bool busy = false; //!< busy in the filter's time window
        bool textMiss = false; //!< lacks a word of the filter's text
        int access = 0;        //!< BookingAccess
        qint64 id = 0;
        QString haystack; //!< case-folded name, description text, group, type and location
    };
    enum Facet { Amenities = 1, Type = 2, Location = 4, Capacity = 8, Window = 16, Text = 32, Access = 64, All = 127 };
    //! Marks each row that lacks a word of the text (only when the text or the rows change).
    void markTextMisses();
    //! Marks each row busy or free in the current window (only when the window or slots change).
    void markBusyRows();
    int failedFacets(const RowFacts &row) const; //!< bit mask of the facets the row fails
    void rebuildFacts();
    void refilter();
    void recountFacets();

    ResourceFilter m_filter;
    QList<RowFacts> m_facts;
    QHash<int, int> m_typeCounts;
    QHash<qint64, int> m_locationCounts;
    QHash<domain::Amenity, int> m_amenityCounts;
    QHash<int, int> m_capacityCounts;
    QHash<int, int> m_accessCounts;
    int m_freeCount = 0;
    int m_busyCount = 0;
    //! Busy slots by resource id, as [from, to) seconds of the wall clock.
    QHash<qint64, QList<QPair<qint64, qint64>>> m_busy;
};

} // namespace models
