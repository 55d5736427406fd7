// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace domain {

//! How a late-cancellation fee is computed (the server's eCancellationFeeType).
enum class CancellationFeeType { None = 0, Absolute = 1, Percentage = 2 };

//! Unknown numbers read as None: charging a fee we cannot explain would be worse than showing none.
inline CancellationFeeType cancellationFeeTypeFromInt(int value)
{
    return (value == 1 || value == 2) ? static_cast<CancellationFeeType>(value) : CancellationFeeType::None;
}

//! The late-cancellation fee of a resource.
struct CancellationFee {
    bool charged = false;                       //!< ChargeCancellationFee
    CancellationFeeType type = CancellationFeeType::None;
    std::optional<double> amount;               //!< CancellationFeeAmount, when type is Absolute
    std::optional<double> percentage;           //!< CancellationFeePercentage, when type is Percentage
    std::optional<qint64> productId;            //!< CancellationFeeProductId
    QString productName;                        //!< CancellationFeeProductName (read-only)

    bool operator==(const CancellationFee &) const = default;
};

//! Booking rules of one resource, as data. An empty optional means "no limit set".
//! Units follow the API: days for BookInAdvanceLimit, minutes for the other time limits.
//! (The plain-words explainer for these rules lives elsewhere.)
struct BookingPolicy {
    std::optional<double> bookInAdvanceLimitDays;   //!< BookInAdvanceLimit (decimal in the docs)
    std::optional<double> lateBookingLimitMinutes;  //!< LateBookingLimit (decimal in the docs)
    std::optional<int> lateCancellationLimitMinutes; //!< LateCancellationLimit
    std::optional<int> intervalLimitMinutes;        //!< IntervalLimit: buffer between bookings
    std::optional<int> noReturnPolicyMinutes;       //!< NoReturnPolicy: same user, this resource
    std::optional<int> noReturnPolicyAllResourcesMinutes; //!< same user, any resource
    std::optional<int> noReturnPolicyAllUsersMinutes;     //!< any user, this resource
    std::optional<int> maxBookingLengthMinutes;     //!< MaxBookingLength
    std::optional<int> minBookingLengthMinutes;     //!< MinBookingLength
    std::optional<int> repeatBookingQuantityLimit;  //!< RepeatBookingQuantityLimit
    std::optional<int> repeatBookingPeriodLimitInMonths; //!< RepeatBookingPeriodLimitInMonths

    bool requiresConfirmation = false;      //!< bookings stay pending until an admin approves
    bool allowMultipleBookings = false;     //!< overlapping bookings up to `allocation`
    std::optional<int> allocation;          //!< Allocation: capacity (attendees / concurrent bookings)
    bool limitVisitorsToAllocation = false; //!< LimitVisitorsToAllocation

    bool onlyForMembers = false;            //!< OnlyForMembers
    bool onlyForContacts = false;           //!< OnlyForContacts
    bool onlyForInvoicingBusiness = false;  //!< OnlyForInvoicingBusiness
    QList<qint64> tariffIds;                //!< Tariffs (only on get-by-id; lists omit collections)
    QList<qint64> teamIds;                  //!< Teams (likewise)

    CancellationFee cancellationFee;

    bool operator==(const BookingPolicy &) const = default;
};

} // namespace domain
