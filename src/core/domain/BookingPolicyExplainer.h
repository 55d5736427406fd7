// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BookingPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace domain {

//! Which rule of a BookingPolicy a sentence explains (one sentence per rule at most).
enum class PolicyRule {
    Access,
    InvoicingBusiness,
    Teams,
    Tariffs,
    BookInAdvance,
    LateBooking,
    MinLength,
    MaxLength,
    Interval,
    NoReturn,
    NoReturnAllResources,
    NoReturnAllUsers,
    Cancellation,
    Confirmation,
    SharedBookings,
    Visitors,
    RepeatQuantity,
    RepeatPeriod,
};

struct PolicySentence {
    PolicyRule rule;
    QString text;
};

//! Turns the booking rules of a resource into short sentences a member reads before booking:
//! "Book up to 30 days ahead", "Cancelling less than 2 hours before costs 50%".
//! A rule that is not set (null) or zero sets no limit and gives no sentence.
class BookingPolicyExplainer
{
    Q_DECLARE_TR_FUNCTIONS(domain::BookingPolicyExplainer)
public:
    //! currencyCode: the space's currency, for absolute cancellation fees.
    explicit BookingPolicyExplainer(QString currencyCode = {}) : m_currencyCode(std::move(currencyCode)) {}

    QList<PolicySentence> explain(const BookingPolicy &policy) const;
    QStringList sentences(const BookingPolicy &policy) const;

    //! "1 hour 30 minutes", "2 hours", "1 day", "1 day 12 hours"; rounded to whole minutes, and at
    //! least "1 minute" for any positive length.
    static QString duration(double minutes);

private:
    QString cancellationSentence(const BookingPolicy &policy) const;
    QString feeText(const CancellationFee &fee) const;

    QString m_currencyCode;
};

} // namespace domain
