// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingPolicyJson.h"

#include "json/JsonReadExtra.h"
#include "json/JsonWrite.h"

namespace domain {

BookingPolicy bookingPolicyFromJson(const QJsonObject &o)
{
    ResourceFieldValues fields;
    collectResourceFields(o, fields);
    return bookingPolicyFromFields(fields);
}

BookingPolicy bookingPolicyFromFields(const ResourceFieldValues &f)
{
    using namespace json;
    using F = ResourceField;
    BookingPolicy p;
    p.bookInAdvanceLimitDays = asOptionalDouble(at(f, F::BookInAdvanceLimit));
    p.lateBookingLimitMinutes = asOptionalDouble(at(f, F::LateBookingLimit));
    p.lateCancellationLimitMinutes = asOptionalInt(at(f, F::LateCancellationLimit));
    p.intervalLimitMinutes = asOptionalInt(at(f, F::IntervalLimit));
    p.noReturnPolicyMinutes = asOptionalInt(at(f, F::NoReturnPolicy));
    p.noReturnPolicyAllResourcesMinutes = asOptionalInt(at(f, F::NoReturnPolicyAllResources));
    p.noReturnPolicyAllUsersMinutes = asOptionalInt(at(f, F::NoReturnPolicyAllUsers));
    p.maxBookingLengthMinutes = asOptionalInt(at(f, F::MaxBookingLength));
    p.minBookingLengthMinutes = asOptionalInt(at(f, F::MinBookingLength));
    p.repeatBookingQuantityLimit = asOptionalInt(at(f, F::RepeatBookingQuantityLimit));
    p.repeatBookingPeriodLimitInMonths = asOptionalInt(at(f, F::RepeatBookingPeriodLimitInMonths));

    p.requiresConfirmation = asOptionalBool(at(f, F::RequiresConfirmation)).value_or(false);
    p.allowMultipleBookings = asOptionalBool(at(f, F::AllowMultipleBookings)).value_or(false);
    p.allocation = asOptionalInt(at(f, F::Allocation));
    p.limitVisitorsToAllocation = asOptionalBool(at(f, F::LimitVisitorsToAllocation)).value_or(false);

    p.onlyForMembers = asOptionalBool(at(f, F::OnlyForMembers)).value_or(false);
    p.onlyForContacts = asOptionalBool(at(f, F::OnlyForContacts)).value_or(false);
    p.onlyForInvoicingBusiness = asOptionalBool(at(f, F::OnlyForInvoicingBusiness)).value_or(false);
    p.tariffIds = asIdList(at(f, F::Tariffs));
    p.teamIds = asIdList(at(f, F::Teams));

    CancellationFee &fee = p.cancellationFee;
    fee.charged = asOptionalBool(at(f, F::ChargeCancellationFee)).value_or(false);
    fee.type = cancellationFeeTypeFromInt(asInt(at(f, F::CancellationFeeType), 0));
    fee.amount = asOptionalDouble(at(f, F::CancellationFeeAmount));
    fee.percentage = asOptionalDouble(at(f, F::CancellationFeePercentage));
    fee.productId = asOptionalInt64(at(f, F::CancellationFeeProductId));
    fee.productName = asString(at(f, F::CancellationFeeProductName));
    return p;
}

void writeBookingPolicy(const BookingPolicy &p, QJsonObject &o)
{
    using namespace json::write;
    putOptional(o, u"BookInAdvanceLimit", p.bookInAdvanceLimitDays);
    putOptional(o, u"LateBookingLimit", p.lateBookingLimitMinutes);
    putOptional(o, u"LateCancellationLimit", p.lateCancellationLimitMinutes);
    putOptional(o, u"IntervalLimit", p.intervalLimitMinutes);
    putOptional(o, u"NoReturnPolicy", p.noReturnPolicyMinutes);
    putOptional(o, u"NoReturnPolicyAllResources", p.noReturnPolicyAllResourcesMinutes);
    putOptional(o, u"NoReturnPolicyAllUsers", p.noReturnPolicyAllUsersMinutes);
    putOptional(o, u"MaxBookingLength", p.maxBookingLengthMinutes);
    putOptional(o, u"MinBookingLength", p.minBookingLengthMinutes);
    putOptional(o, u"RepeatBookingQuantityLimit", p.repeatBookingQuantityLimit);
    putOptional(o, u"RepeatBookingPeriodLimitInMonths", p.repeatBookingPeriodLimitInMonths);

    o.insert(u"RequiresConfirmation", p.requiresConfirmation);
    o.insert(u"AllowMultipleBookings", p.allowMultipleBookings);
    putOptional(o, u"Allocation", p.allocation);
    o.insert(u"LimitVisitorsToAllocation", p.limitVisitorsToAllocation);

    o.insert(u"OnlyForMembers", p.onlyForMembers);
    o.insert(u"OnlyForContacts", p.onlyForContacts);
    o.insert(u"OnlyForInvoicingBusiness", p.onlyForInvoicingBusiness);
    putIds(o, u"Tariffs", p.tariffIds);
    putIds(o, u"Teams", p.teamIds);

    const CancellationFee &fee = p.cancellationFee;
    o.insert(u"ChargeCancellationFee", fee.charged);
    o.insert(u"CancellationFeeType", static_cast<int>(fee.type));
    putOptional(o, u"CancellationFeeAmount", fee.amount);
    putOptional(o, u"CancellationFeePercentage", fee.percentage);
    putOptional(o, u"CancellationFeeProductId", fee.productId);
    putString(o, u"CancellationFeeProductName", fee.productName);
}

} // namespace domain
