// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceFilterProxy.h"

#include "ResourceListModel.h"

#include <QCoreApplication>
#include <QVarLengthArray>
#include <QRegularExpression>

#include <array>
#include <bit>

namespace models {

namespace {
//! The words of a description without its markup, good enough for matching (not for showing).
QString plainText(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" ")).replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QStringList searchWords(const QString &text)
{
    return text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

BookingAccess bookingAccessOf(const domain::BookingPolicy &p)
{
    // The narrowest rule wins: a plan or team list restricts more than "members only".
    if (!p.teamIds.isEmpty() || !p.tariffIds.isEmpty())
        return BookingAccess::TeamsOrPlans;
    if (p.onlyForInvoicingBusiness)
        return BookingAccess::InvoicedCustomers;
    if (p.onlyForMembers && !p.onlyForContacts)
        return BookingAccess::MembersOnly;
    if (p.onlyForContacts && !p.onlyForMembers)
        return BookingAccess::ContactsOnly;
    return BookingAccess::Anyone; // neither, or both (members and contacts: everyone with an account)
}

QList<BookingAccess> allBookingAccess()
{
    return {BookingAccess::Anyone, BookingAccess::MembersOnly, BookingAccess::ContactsOnly, BookingAccess::InvoicedCustomers,
            BookingAccess::TeamsOrPlans};
}

QString bookingAccessLabel(BookingAccess access)
{
    switch (access) {
    case BookingAccess::Anyone: return QCoreApplication::translate("models::BookingAccess", "Anyone");
    case BookingAccess::MembersOnly: return QCoreApplication::translate("models::BookingAccess", "Members only");
    case BookingAccess::ContactsOnly: return QCoreApplication::translate("models::BookingAccess", "Contacts only");
    case BookingAccess::InvoicedCustomers:
        return QCoreApplication::translate("models::BookingAccess", "Customers of the location only");
    case BookingAccess::TeamsOrPlans: return QCoreApplication::translate("models::BookingAccess", "Some teams or plans only");
    }
    return {};
}

ResourceFilterProxy::ResourceFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // It sorts too (RoleColumnsProxy::sort), as people read names: any case, their language's order.
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

QList<int> ResourceFilterProxy::capacityThresholds()
{
    return {2, 4, 6, 8, 12, 20};
}

void ResourceFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(source);
    if (source) {
        // The base class filters changed rows before these run (it connected first), possibly with
        // stale facts: refresh them, then filter again.
        auto refresh = [this] {
            rebuildFacts();
            refilter();
        };
        connect(source, &QAbstractItemModel::modelReset, this, refresh);
        connect(source, &QAbstractItemModel::layoutChanged, this, refresh);
        connect(source, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(source, &QAbstractItemModel::rowsRemoved, this, refresh);
        connect(source, &QAbstractItemModel::dataChanged, this, refresh);
    }
    rebuildFacts();
    refilter();
}

void ResourceFilterProxy::refilter()
{
    // One layout change for the whole new mapping: invalidateFilter() removes and inserts the rows
    // range by range, and a view lays itself out again for each range (30 ms instead of 1 ms when
    // an amenity is ticked with 10,000 rooms). A chosen sort order is kept.
    invalidate();
}

void ResourceFilterProxy::rebuildFacts()
{
    QAbstractItemModel *source = sourceModel();
    m_facts.clear();
    const int rows = source ? source->rowCount() : 0;
    m_facts.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = source->index(row, 0);
        RowFacts facts;
        facts.amenities = index.data(ResourceListModel::AmenitiesRole).toUInt();
        facts.systemType = index.data(ResourceListModel::SystemTypeRole).toInt();
        facts.location = index.data(ResourceListModel::BusinessIdRole).toLongLong();
        const QVariant capacity = index.data(ResourceListModel::CapacityRole);
        facts.capacity = capacity.isValid() ? capacity.toInt() : -1;
        facts.id = index.data(ResourceListModel::IdRole).toLongLong();
        facts.access = int(bookingAccessOf(index.data(ResourceListModel::ResourceRole).value<domain::Resource>().policy));
        const QString description = index.data(ResourceListModel::DescriptionHtmlRole).toString();
        facts.haystack = QStringList{index.data(ResourceListModel::NameRole).toString(),
                                     index.data(ResourceListModel::GroupNameRole).toString(),
                                     index.data(ResourceListModel::ResourceTypeNameRole).toString(),
                                     index.data(ResourceListModel::BusinessNameRole).toString(),
                                     description.contains(QLatin1Char('<')) ? plainText(description) : description}
                             .join(QLatin1Char('\n'))
                             .toCaseFolded();
        facts.listed = index.data(ResourceListModel::VisibleRole).toBool() && !index.data(ResourceListModel::ArchivedRole).toBool()
                       && !index.data(ResourceListModel::HideInCalendarRole).toBool();
        m_facts.append(facts);
    }
    markBusyRows();
    markTextMisses();
    recountFacets();
}

void ResourceFilterProxy::markTextMisses()
{
    const QStringList words = searchWords(m_filter.text);
    for (RowFacts &row : m_facts) {
        row.textMiss = false;
        for (const QString &word : words) {
            if (!row.haystack.contains(word)) {
                row.textMiss = true;
                break;
            }
        }
    }
}

void ResourceFilterProxy::setBusySlots(const QList<domain::BusySlot> &slots)
{
    m_busy.clear();
    for (const domain::BusySlot &slot : slots)
        m_busy[slot.resourceId].append({slot.from.toSecsSinceEpoch(), slot.to.toSecsSinceEpoch()});
    markBusyRows();
    if (m_filter.hasWindow())
        refilter();
    recountFacets();
}

void ResourceFilterProxy::markBusyRows()
{
    const bool window = m_filter.hasWindow();
    const qint64 from = window ? m_filter.freeFrom.toSecsSinceEpoch() : 0;
    const qint64 to = window ? m_filter.freeTo.toSecsSinceEpoch() : 0;
    for (RowFacts &row : m_facts) {
        row.busy = false;
        if (!window)
            continue;
        const auto it = m_busy.constFind(row.id);
        if (it == m_busy.cend())
            continue;
        for (const auto &slot : *it) {
            if (slot.first < to && from < slot.second) {
                row.busy = true;
                break;
            }
        }
    }
}

void ResourceFilterProxy::setFilter(const ResourceFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool windowChanged = filter.freeFrom != m_filter.freeFrom || filter.freeTo != m_filter.freeTo;
    const bool textChanged = searchWords(filter.text) != searchWords(m_filter.text);
    m_filter = filter;
    if (windowChanged)
        markBusyRows();
    if (textChanged)
        markTextMisses();
    refilter();
    recountFacets();
}

void ResourceFilterProxy::setText(const QString &text)
{
    ResourceFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

int ResourceFilterProxy::failedFacets(const RowFacts &row) const
{
    int failed = 0;
    if (!domain::AmenitySet::fromBits(row.amenities).containsAll(m_filter.amenities))
        failed |= Amenities;
    if (!m_filter.systemTypes.isEmpty() && !m_filter.systemTypes.contains(row.systemType))
        failed |= Type;
    if (!m_filter.locations.isEmpty() && !m_filter.locations.contains(row.location))
        failed |= Location;
    if (m_filter.minCapacity > 0 && row.capacity < m_filter.minCapacity)
        failed |= Capacity;
    if (row.busy)
        failed |= Window;
    if (row.textMiss)
        failed |= Text;
    if (!m_filter.access.isEmpty() && !m_filter.access.contains(row.access))
        failed |= Access;
    return failed;
}

bool ResourceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (sourceRow < 0 || sourceRow >= m_facts.size())
        return false;
    const RowFacts &row = m_facts.at(sourceRow);
    return row.listed && failedFacets(row) == 0;
}

void ResourceFilterProxy::recountFacets()
{
    // Counted into flat arrays (a hash lookup per row and amenity cost more than the whole filter
    // with 10,000 rooms), then handed out as the hashes the panel reads.
    std::array<int, domain::amenityCount> amenityCounts{};
    const QList<int> thresholds = capacityThresholds();
    QVarLengthArray<int, 8> capacityCounts(thresholds.size(), 0);
    QVarLengthArray<int, 8> accessCounts(allBookingAccess().size(), 0);
    m_typeCounts.clear();
    m_locationCounts.clear();
    m_freeCount = 0;
    m_busyCount = 0;
    const quint32 required = m_filter.amenities.bits();
    // One pass: a row counts for a facet's choices when it passes every *other* facet.
    for (const RowFacts &row : std::as_const(m_facts)) {
        if (!row.listed)
            continue;
        const int failed = failedFacets(row);
        if ((failed & ~Access) == 0 && row.access >= 0 && row.access < accessCounts.size())
            ++accessCounts[row.access];
        if ((failed & ~Window) == 0)
            ++(row.busy ? m_busyCount : m_freeCount);
        if ((failed & ~Type) == 0)
            ++m_typeCounts[row.systemType];
        if ((failed & ~Location) == 0)
            ++m_locationCounts[row.location];
        if ((failed & ~Capacity) == 0) {
            for (qsizetype i = 0; i < thresholds.size(); ++i) {
                if (row.capacity >= thresholds.at(i))
                    ++capacityCounts[i];
            }
        }
        // An amenity's count: rooms that would be listed with it ticked as well.
        if ((failed & ~Amenities) == 0 && (row.amenities & required) == required) {
            for (quint32 bits = row.amenities; bits != 0; bits &= bits - 1) {
                const int amenity = std::countr_zero(bits);
                if (amenity < domain::amenityCount)
                    ++amenityCounts[amenity];
            }
        }
    }
    m_amenityCounts.clear();
    for (int a = 0; a < domain::amenityCount; ++a) {
        if (amenityCounts[a] > 0)
            m_amenityCounts.insert(domain::Amenity(a), amenityCounts[a]);
    }
    m_capacityCounts.clear();
    for (qsizetype i = 0; i < thresholds.size(); ++i) {
        if (capacityCounts[i] > 0)
            m_capacityCounts.insert(thresholds.at(i), capacityCounts[i]);
    }
    m_accessCounts.clear();
    for (qsizetype i = 0; i < accessCounts.size(); ++i) {
        if (accessCounts[i] > 0)
            m_accessCounts.insert(int(i), accessCounts[i]);
    }
    Q_EMIT facetCountsChanged();
}

} // namespace models
