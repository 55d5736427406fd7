// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceAudit.h"

namespace domain {

namespace {
bool unset(const std::optional<int> &value)
{
    return !value || *value <= 0;
}
bool unset(const std::optional<double> &value)
{
    return !value || *value <= 0;
}
} // namespace

const QList<AuditRule> &ResourceAudit::allRules()
{
    static const QList<AuditRule> rules{AuditRule::MinAboveMax,       AuditRule::VisibleButArchived,
                                        AuditRule::MultipleWithoutAllocation, AuditRule::TypeWithoutRates,
                                        AuditRule::FeeWithoutAmount,  AuditRule::VisitorsWithoutAllocation};
    return rules;
}

QString ResourceAudit::title(AuditRule rule)
{
    switch (rule) {
    case AuditRule::MinAboveMax: return tr("Minimum length above maximum");
    case AuditRule::VisibleButArchived: return tr("Visible but archived");
    case AuditRule::MultipleWithoutAllocation: return tr("Shared bookings without a capacity");
    case AuditRule::TypeWithoutRates: return tr("Type without booking rates");
    case AuditRule::FeeWithoutAmount: return tr("Cancellation fee without an amount");
    case AuditRule::VisitorsWithoutAllocation: return tr("Visitors limited to an unset capacity");
    }
    return {};
}

QString ResourceAudit::explanation(AuditRule rule)
{
    switch (rule) {
    case AuditRule::MinAboveMax:
        return tr("The minimum booking length is longer than the maximum, so no booking can satisfy both.");
    case AuditRule::VisibleButArchived:
        return tr("Archived resources should not be offered, yet these are still visible to members.");
    case AuditRule::MultipleWithoutAllocation:
        return tr("Several bookings may overlap, but no allocation says how many, so nothing caps them.");
    case AuditRule::TypeWithoutRates:
        return tr("The resource type has no booking rate, so bookings of it cannot be priced.");
    case AuditRule::FeeWithoutAmount:
        return tr("A late-cancellation fee is charged, but its amount or percentage is missing or zero.");
    case AuditRule::VisitorsWithoutAllocation:
        return tr("Visitors are limited to the allocation, but no allocation is set.");
    }
    return {};
}

QString ResourceAudit::notCheckedText(AuditRule rule)
{
    if (rule == AuditRule::TypeWithoutRates)
        return tr("Not checked: the booking rates could not be read with this account.");
    return tr("Not checked.");
}

bool ResourceAudit::trips(AuditRule rule, const Resource &r, const RatesPerType &rates)
{
    const BookingPolicy &p = r.policy;
    switch (rule) {
    case AuditRule::MinAboveMax:
        // A maximum of 0 or none means "no maximum", which any minimum satisfies.
        return p.minBookingLengthMinutes && !unset(p.maxBookingLengthMinutes)
            && *p.minBookingLengthMinutes > *p.maxBookingLengthMinutes;
    case AuditRule::VisibleButArchived:
        return r.visible && r.archived;
    case AuditRule::MultipleWithoutAllocation:
        return p.allowMultipleBookings && unset(p.allocation);
    case AuditRule::TypeWithoutRates:
        return rates && r.resourceTypeId != 0 && rates->value(r.resourceTypeId, 0) == 0;
    case AuditRule::FeeWithoutAmount: {
        const CancellationFee &fee = p.cancellationFee;
        if (!fee.charged)
            return false;
        switch (fee.type) {
        case CancellationFeeType::Absolute: return unset(fee.amount);
        case CancellationFeeType::Percentage: return unset(fee.percentage);
        case CancellationFeeType::None: return true; // charged, but of no kind: nothing to charge
        }
        return false;
    }
    case AuditRule::VisitorsWithoutAllocation:
        return p.limitVisitorsToAllocation && unset(p.allocation);
    }
    return false;
}

QList<AuditFinding> ResourceAudit::run(const QList<Resource> &resources, const RatesPerType &rates)
{
    QList<AuditFinding> findings;
    for (AuditRule rule : allRules()) {
        AuditFinding finding;
        finding.rule = rule;
        finding.checked = rule != AuditRule::TypeWithoutRates || rates.has_value();
        for (const Resource &r : resources) {
            if (!finding.checked || !trips(rule, r, rates))
                continue;
            finding.resourceIds.append(r.id);
            if (rule == AuditRule::TypeWithoutRates && !finding.resourceTypeIds.contains(r.resourceTypeId))
                finding.resourceTypeIds.append(r.resourceTypeId);
        }
        findings.append(finding);
    }
    return findings;
}

} // namespace domain
