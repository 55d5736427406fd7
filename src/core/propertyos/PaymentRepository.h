// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Calls.h"
#include "PropertyOsWrites.h"

namespace propertyos {

//! What a payment list asks for; invalid dates and empty fields are not sent. Both dates inclusive.
struct PaymentFilter {
    QDate from;
    QDate to;
    PaymentStatus status = PaymentStatus::Unknown;
    QString propertyId;
};

//! The account's payments: lists and new records.
class PaymentRepository
{
public:
    explicit PaymentRepository(PropertyOsClient &client) : m_client(client) {}

    ListWalk *list(const PaymentFilter &filter, QObject *context, calls::ListDone<Payment> done, calls::Failure failed);
    //! A POST: never re-sent; a lost answer fails with ApiError::isOutcomeUnknown().
    repository::Pending record(const wire::NewPayment &payment, QObject *context, calls::RecordDone<Payment> done,
                               calls::Failure failed);

private:
    PropertyOsClient &m_client;
};

} // namespace propertyos
