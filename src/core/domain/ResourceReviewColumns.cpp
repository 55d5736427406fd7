// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceReviewColumns.h"

#include "domain/BookingPolicyExplainer.h"

namespace domain {

QString ResourceReviewColumns::title(int column)
{
    switch (column) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Location: return tr("Location");
    case Area: return tr("Floor or area");
    case Capacity: return tr("Capacity");
    case Visible: return tr("Visible");
    case Archived: return tr("Archived");
    case HiddenInCalendar: return tr("Hidden in calendar");
    case RequiresApproval: return tr("Needs approval");
    case MinLength: return tr("Min. length");
    case MaxLength: return tr("Max. length");
    case UpdatedOn: return tr("Updated");
    default: return {};
    }
}

QString ResourceReviewColumns::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

namespace {
QString length(const std::optional<int> &minutes)
{
    if (!minutes)
        return {};
    if (*minutes <= 0)
        return ResourceReviewColumns::tr("No limit");
    return domain::BookingPolicyExplainer::duration(*minutes);
}
} // namespace

QString ResourceReviewColumns::text(const domain::ReviewedResource &row, int column)
{
    const domain::Resource &r = row.resource;
    switch (column) {
    case Name: return r.name;
    case Type: return r.resourceTypeName;
    case Location: return r.businessName;
    case Area: return r.groupName;
    case Capacity: return r.policy.allocation ? QString::number(*r.policy.allocation) : QString();
    case Visible: return yesNo(r.visible);
    case Archived: return yesNo(r.archived);
    case HiddenInCalendar: return yesNo(r.hideInCalendar);
    case RequiresApproval: return yesNo(r.policy.requiresConfirmation);
    case MinLength: return length(r.policy.minBookingLengthMinutes);
    case MaxLength: return length(r.policy.maxBookingLengthMinutes);
    // Admin timestamps are UTC: shown as such, in a form that sorts and reads the same everywhere.
    case UpdatedOn: return r.updatedOn.isValid() ? r.updatedOn.toString(u"yyyy-MM-dd HH:mm") : QString();
    default: return {};
    }
}

QVariant ResourceReviewColumns::sortValue(const domain::ReviewedResource &row, int column)
{
    const domain::Resource &r = row.resource;
    auto number = [](const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); };
    switch (column) {
    case Capacity: return number(r.policy.allocation);
    case Visible: return r.visible;
    case Archived: return r.archived;
    case HiddenInCalendar: return r.hideInCalendar;
    case RequiresApproval: return r.policy.requiresConfirmation;
    case MinLength: return number(r.policy.minBookingLengthMinutes);
    case MaxLength: return number(r.policy.maxBookingLengthMinutes);
    case UpdatedOn: return r.updatedOn;
    default: return text(row, column);
    }
}

QString ResourceReviewColumns::orderField(int column)
{
    switch (column) {
    case Name: return QStringLiteral("Name");
    case Type: return QStringLiteral("ResourceTypeName");
    case Location: return QStringLiteral("BusinessName");
    case Area: return QStringLiteral("GroupName");
    case Capacity: return QStringLiteral("Allocation");
    case Visible: return QStringLiteral("Visible");
    case Archived: return QStringLiteral("Archived");
    case HiddenInCalendar: return QStringLiteral("HideInCalendar");
    case RequiresApproval: return QStringLiteral("RequiresConfirmation");
    case MinLength: return QStringLiteral("MinBookingLength");
    case MaxLength: return QStringLiteral("MaxBookingLength");
    case UpdatedOn: return QStringLiteral("UpdatedOn");
    default: return QStringLiteral("Name");
    }
}

} // namespace domain
