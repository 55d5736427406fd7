// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceReviewDetails.h"

#include "domain/BookingPolicyExplainer.h"
#include "domain/Money.h"
#include "domain/ResourceReviewColumns.h"

#include <QRegularExpression>

namespace {
using Columns = domain::ResourceReviewColumns;

QString yesNo(bool value)
{
    return Columns::yesNo(value);
}
QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? ResourceReviewDetails::tr("Not set") : text;
}
QString plain(const QString &html)
{
    QString text = html;
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&")).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return text.simplified();
}
template<class T> QString number(const std::optional<T> &v)
{
    return v ? QString::number(*v) : ResourceReviewDetails::tr("Not set");
}
QString minutes(const std::optional<int> &v)
{
    if (!v)
        return ResourceReviewDetails::tr("Not set");
    if (*v <= 0)
        return ResourceReviewDetails::tr("No limit (0)");
    return domain::BookingPolicyExplainer::duration(*v);
}
QString ids(const QList<qint64> &list)
{
    if (list.isEmpty())
        return ResourceReviewDetails::tr("None");
    QStringList out;
    for (qint64 id : list)
        out << QString::number(id);
    return out.join(QStringLiteral(", "));
}
QString when(const QDateTime &t)
{
    return t.isValid() ? t.toString(u"yyyy-MM-dd HH:mm") : ResourceReviewDetails::tr("Not set");
}
QString named(const QString &name, qint64 id)
{
    return id ? ResourceReviewDetails::tr("%1 (#%2)").arg(name).arg(id) : orNone(name);
}
QString tokenState(bool set)
{
    return set ? ResourceReviewDetails::tr("Set (hidden)") : ResourceReviewDetails::tr("Not set");
}
} // namespace

QList<ResourceReviewDetails::Group> ResourceReviewDetails::groups(const domain::ReviewedResource &record,
                                                                   const QString &currencyCode)
{
    const domain::Resource &r = record.resource;
    const domain::BookingPolicy &p = r.policy;
    QList<Group> out;

    out.append({tr("Identity"), {}, {
        {tr("Id"), QString::number(r.id)},
        {tr("Unique id"), orNone(r.uniqueId)},
        {tr("Name"), r.name},
        {tr("Location"), named(r.businessName, r.businessId)},
        {tr("Type"), named(r.resourceTypeName, r.resourceTypeId)},
        {tr("Kind"), domain::displayName(r.systemType)},
        {tr("Floor or area"), orNone(r.groupName)},
        {tr("Description"), orNone(plain(r.descriptionHtml))},
        {tr("Confirmation e-mail"), orNone(plain(r.emailConfirmationContent))},
        {tr("Picture file"), orNone(r.pictureFileName)},
        {tr("New picture URL"), orNone(r.newPictureUrl)},
        {tr("Clear picture on save"), yesNo(r.clearPictureFile)},
        {tr("Created"), when(r.createdOn)},
        {tr("Updated"), when(r.updatedOn)},
        {tr("Updated by"), orNone(r.updatedBy)},
        {tr("System id"), orNone(r.systemId)},
    }});
    out.append({tr("Listing"), {}, {
        {tr("Visible to members"), yesNo(r.visible)},
        {tr("Archived"), yesNo(r.archived)},
        {tr("Hidden in calendar"), yesNo(r.hideInCalendar)},
        {tr("Display order"), QString::number(r.displayOrder)},
    }});

    Group amenities{tr("Amenities"), {}, {}};
    for (domain::Amenity a : domain::allAmenities())
        amenities.fields.append({domain::amenityLabel(a), yesNo(r.amenities.has(a))});
    amenities.summary = tr("%1 of %2").arg(r.amenities.count()).arg(domain::allAmenities().size());
    out.append(amenities);

    Group rules{tr("Capacity and rules"), {}, {
        {tr("Allocation (capacity)"), number(p.allocation)},
        {tr("Multiple bookings at once"), yesNo(p.allowMultipleBookings)},
        {tr("Visitors limited to allocation"), yesNo(p.limitVisitorsToAllocation)},
        {tr("Needs approval"), yesNo(p.requiresConfirmation)},
        {tr("Minimum length"), minutes(p.minBookingLengthMinutes)},
        {tr("Maximum length"), minutes(p.maxBookingLengthMinutes)},
        {tr("Book in advance (days)"), number(p.bookInAdvanceLimitDays)},
        {tr("Late booking limit (minutes)"), number(p.lateBookingLimitMinutes)},
        {tr("Late cancellation limit"), minutes(p.lateCancellationLimitMinutes)},
        {tr("Gap between bookings"), minutes(p.intervalLimitMinutes)},
        {tr("No return: same person"), minutes(p.noReturnPolicyMinutes)},
        {tr("No return: any resource"), minutes(p.noReturnPolicyAllResourcesMinutes)},
        {tr("No return: anyone"), minutes(p.noReturnPolicyAllUsersMinutes)},
        {tr("Repeat bookings (count)"), number(p.repeatBookingQuantityLimit)},
        {tr("Repeat bookings (months)"), number(p.repeatBookingPeriodLimitInMonths)},
        {tr("Opening hours (shifts)"), orNone(r.shiftsJson)},
        {tr("Availability exceptions"), ids(r.bookingAvailabilityExceptionIds)},
        {tr("Linked resources"), ids(r.linkedResourceIds)},
    }};
    const QStringList sentences = domain::BookingPolicyExplainer(currencyCode).sentences(p);
    rules.fields.append({tr("In plain words"), sentences.isEmpty() ? tr("No limits") : sentences.join(u'\n')});
    out.append(rules);

    out.append({tr("Access"), {}, {
        {tr("Members only"), yesNo(p.onlyForMembers)},
        {tr("Contacts only"), yesNo(p.onlyForContacts)},
        {tr("Customers of the location only"), yesNo(p.onlyForInvoicingBusiness)},
        {tr("Plans (tariffs)"), ids(p.tariffIds)},
        {tr("Teams"), ids(p.teamIds)},
    }});

    const domain::CancellationFee &fee = p.cancellationFee;
    QString feeType;
    switch (fee.type) {
    case domain::CancellationFeeType::None: feeType = tr("None"); break;
    case domain::CancellationFeeType::Absolute: feeType = tr("Fixed amount"); break;
    case domain::CancellationFeeType::Percentage: feeType = tr("Percentage of the booking"); break;
    }
    out.append({tr("Cancellation fee"), fee.charged ? tr("Charged") : tr("Not charged"), {
        {tr("Charged"), yesNo(fee.charged)},
        {tr("Kind"), feeType},
        {tr("Amount"), fee.amount ? (currencyCode.isEmpty() ? QString::number(*fee.amount) : domain::formatMoney(*fee.amount, currencyCode))
                                  : tr("Not set")},
        {tr("Percentage"), fee.percentage ? tr("%1 %").arg(*fee.percentage) : tr("Not set")},
        {tr("Product"), fee.productId ? named(fee.productName, *fee.productId) : tr("Not set")},
    }});

    const domain::ResourceIntegrations &in = r.integrations;
    out.append({tr("Integrations"), {}, {
        {tr("Google calendar"), orNone(in.googleCalendarId)},
        {tr("Office 365 calendar"), orNone(in.office365CalendarId)},
        {tr("Kisi group"), orNone(in.kisiGroupId)},
        {tr("Access control group"), orNone(in.accessControlGroupId)},
        {tr("Access control groups"), orNone(in.accessControlGroupIds)},
        {tr("Shared Zoom account"), yesNo(in.useSharedZoomAccount)},
        {tr("Zoom user"), orNone(in.zoomUserId)},
        {tr("Zoom access token"), tokenState(record.hasZoomAccessToken)},
        {tr("Zoom refresh token"), tokenState(record.hasZoomRefreshToken)},
    }});

    out.append({tr("Place and sensor"), {}, {
        {tr("Latitude"), number(r.latitude)},
        {tr("Longitude"), number(r.longitude)},
        {tr("Sensor reading"), orNone(r.sensor.lastValue)},
        {tr("Sensor says occupied"), yesNo(r.sensor.occupied)},
        {tr("Last cleaned"), when(r.sensor.lastCleanedAt)},
    }});
    return out;
}
