// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Resource.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace domain {

//! The suspicious settings the staff's resource review looks for.
enum class AuditRule {
    MinAboveMax,               //!< minimum booking length above the maximum
    VisibleButArchived,        //!< published to members although archived
    MultipleWithoutAllocation, //!< several bookings at once, but no allocation (null or 0) to cap them
    TypeWithoutRates,          //!< the resource's type has no booking rate
    FeeWithoutAmount,          //!< a cancellation fee is charged, but of nothing
    VisitorsWithoutAllocation, //!< visitors limited to an allocation that is not set
};

//! What one rule found: the resources that trip it (and, for TypeWithoutRates, their types).
struct AuditFinding {
    AuditRule rule = AuditRule::MinAboveMax;
    bool checked = true;           //!< false: the rule could not be checked (booking rates unreadable)
    QList<qint64> resourceIds;     //!< in the order the resources were given
    QList<qint64> resourceTypeIds; //!< TypeWithoutRates only: the types without rates

    int count() const { return int(resourceIds.size()); }
};

//! Booking rates per resource type id; nullopt when the rates could not be read.
using RatesPerType = std::optional<QHash<qint64, int>>;

//! Pure checks over the resources of an account: one finding per rule, in allRules() order.
class ResourceAudit
{
    Q_DECLARE_TR_FUNCTIONS(domain::ResourceAudit)
public:
    static const QList<AuditRule> &allRules();
    //! Translated short title, e.g. "Minimum length above maximum".
    static QString title(AuditRule rule);
    //! Translated one-line explanation of why it matters.
    static QString explanation(AuditRule rule);
    //! Translated text for a rule that could not be checked.
    static QString notCheckedText(AuditRule rule);

    //! Whether `resource` trips `rule`. TypeWithoutRates needs `rates` (false when nullopt).
    static bool trips(AuditRule rule, const Resource &resource, const RatesPerType &rates = std::nullopt);
    static QList<AuditFinding> run(const QList<Resource> &resources, const RatesPerType &rates);
};

} // namespace domain
