// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingPolicyExplainer.h"

#include "Money.h"

#include <QLocale>
#include <cmath>

namespace domain {

namespace {
constexpr qint64 minutesPerHour = 60;
constexpr qint64 minutesPerDay = 24 * minutesPerHour;

//! A limit that is set and not zero (zero means "no limit" in the portal's settings).
template<typename T>
bool isSet(const std::optional<T> &value)
{
    return value && *value > 0;
}

QString percentText(double percentage)
{
    // 50 -> "50%", 12.5 -> "12.5%", in the app's locale.
    return QCoreApplication::translate("domain::BookingPolicyExplainer", "%1%", "a percentage")
        .arg(QLocale().toString(percentage, 'g', 6));
}
} // namespace

QString BookingPolicyExplainer::duration(double minutes)
{
    qint64 total = qint64(std::llround(minutes));
    if (minutes > 0 && total < 1)
        total = 1;
    const qint64 days = total / minutesPerDay;
    const qint64 hours = (total % minutesPerDay) / minutesPerHour;
    const qint64 mins = total % minutesPerHour;
    QStringList parts;
    if (days > 0)
        parts << tr("%n day(s)", nullptr, int(days));
    if (hours > 0)
        parts << tr("%n hour(s)", nullptr, int(hours));
    if (mins > 0 || parts.isEmpty())
        parts << tr("%n minute(s)", nullptr, int(mins));
    QString text = parts.takeFirst();
    for (const QString &part : parts)
        text = tr("%1 %2", "parts of a length of time: 1 hour 30 minutes").arg(text, part);
    return text;
}

QString BookingPolicyExplainer::feeText(const CancellationFee &fee) const
{
    if (fee.type == CancellationFeeType::Percentage && fee.percentage && *fee.percentage > 0)
        return percentText(*fee.percentage);
    if (fee.type == CancellationFeeType::Absolute && fee.amount && *fee.amount > 0)
        return formatMoney(*fee.amount, m_currencyCode);
    return {}; // charged, but the amount is not known to us
}

QString BookingPolicyExplainer::cancellationSentence(const BookingPolicy &policy) const
{
    const CancellationFee &fee = policy.cancellationFee;
    const bool hasLimit = isSet(policy.lateCancellationLimitMinutes);
    const QString limit = hasLimit ? duration(*policy.lateCancellationLimitMinutes) : QString();
    if (!fee.charged) {
        if (!hasLimit)
            return {};
        return tr("Cancel at least %1 before the start").arg(limit);
    }
    const QString amount = feeText(fee);
    if (hasLimit) {
        return amount.isEmpty() ? tr("Cancelling less than %1 before the start costs a fee").arg(limit)
                                : tr("Cancelling less than %1 before the start costs %2").arg(limit, amount);
    }
    return amount.isEmpty() ? tr("Cancelling a booking costs a fee") : tr("Cancelling a booking costs %1").arg(amount);
}

QList<PolicySentence> BookingPolicyExplainer::explain(const BookingPolicy &p) const
{
    QList<PolicySentence> out;
    const auto add = [&out](PolicyRule rule, const QString &text) {
        if (!text.isEmpty())
            out.append({rule, text});
    };

    if (p.onlyForMembers && p.onlyForContacts)
        add(PolicyRule::Access, tr("Only members and contacts can book"));
    else if (p.onlyForMembers)
        add(PolicyRule::Access, tr("Only members can book"));
    else if (p.onlyForContacts)
        add(PolicyRule::Access, tr("Only contacts can book"));
    if (p.onlyForInvoicingBusiness)
        add(PolicyRule::InvoicingBusiness, tr("Only customers of this location can book"));
    if (!p.teamIds.isEmpty())
        add(PolicyRule::Teams, tr("Only members of %n team(s) can book", nullptr, int(p.teamIds.size())));
    if (!p.tariffIds.isEmpty())
        add(PolicyRule::Tariffs, tr("Only members on %n plan(s) can book", nullptr, int(p.tariffIds.size())));

    if (isSet(p.bookInAdvanceLimitDays))
        add(PolicyRule::BookInAdvance, tr("Book up to %1 ahead").arg(duration(*p.bookInAdvanceLimitDays * minutesPerDay)));
    if (isSet(p.lateBookingLimitMinutes))
        add(PolicyRule::LateBooking, tr("Book at least %1 before the start").arg(duration(*p.lateBookingLimitMinutes)));
    if (isSet(p.minBookingLengthMinutes))
        add(PolicyRule::MinLength, tr("Bookings last at least %1").arg(duration(*p.minBookingLengthMinutes)));
    if (isSet(p.maxBookingLengthMinutes))
        add(PolicyRule::MaxLength, tr("Bookings last at most %1").arg(duration(*p.maxBookingLengthMinutes)));
    if (isSet(p.intervalLimitMinutes))
        add(PolicyRule::Interval, tr("Bookings are at least %1 apart").arg(duration(*p.intervalLimitMinutes)));
    if (isSet(p.noReturnPolicyMinutes))
        add(PolicyRule::NoReturn, tr("After your booking ends, wait %1 before booking this room again")
                                      .arg(duration(*p.noReturnPolicyMinutes)));
    if (isSet(p.noReturnPolicyAllResourcesMinutes))
        add(PolicyRule::NoReturnAllResources, tr("After your booking ends, wait %1 before booking any room again")
                                                  .arg(duration(*p.noReturnPolicyAllResourcesMinutes)));
    if (isSet(p.noReturnPolicyAllUsersMinutes))
        add(PolicyRule::NoReturnAllUsers, tr("After each booking, nobody can book this room for %1")
                                              .arg(duration(*p.noReturnPolicyAllUsersMinutes)));
    add(PolicyRule::Cancellation, cancellationSentence(p));

    if (p.requiresConfirmation)
        add(PolicyRule::Confirmation, tr("Bookings need the space's approval"));
    if (p.allowMultipleBookings) {
        add(PolicyRule::SharedBookings,
            isSet(p.allocation) ? tr("Up to %n booking(s) can share this room at the same time", nullptr, *p.allocation)
                                : tr("Several bookings can share this room at the same time"));
    }
    if (p.limitVisitorsToAllocation && isSet(p.allocation))
        add(PolicyRule::Visitors, tr("Visitors count towards the limit of %n attendee(s)", nullptr, *p.allocation));
    if (isSet(p.repeatBookingQuantityLimit))
        add(PolicyRule::RepeatQuantity,
            tr("A repeating booking can have up to %n occurrence(s)", nullptr, *p.repeatBookingQuantityLimit));
    if (isSet(p.repeatBookingPeriodLimitInMonths))
        add(PolicyRule::RepeatPeriod,
            tr("A repeating booking can run for up to %n month(s)", nullptr, *p.repeatBookingPeriodLimitInMonths));
    return out;
}

QStringList BookingPolicyExplainer::sentences(const BookingPolicy &policy) const
{
    QStringList out;
    for (const PolicySentence &sentence : explain(policy))
        out << sentence.text;
    return out;
}

} // namespace domain
