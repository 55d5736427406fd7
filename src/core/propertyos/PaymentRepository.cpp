// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentRepository.h"

namespace propertyos {

ListWalk *PaymentRepository::list(const PaymentFilter &filter, QObject *context, calls::ListDone<Payment> done,
                                  calls::Failure failed)
{
    QUrlQuery filters;
    if (filter.from.isValid())
        filters.addQueryItem(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        filters.addQueryItem(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (filter.status != PaymentStatus::Unknown)
        filters.addQueryItem(QStringLiteral("status"), wire::paymentStatusName(filter.status));
    if (!filter.propertyId.isEmpty())
        filters.addQueryItem(QStringLiteral("property_id"), filter.propertyId);
    return calls::list(m_client, QStringLiteral("payments"), filters, context, &wire::readPayment, std::move(done),
                       std::move(failed));
}

repository::Pending PaymentRepository::record(const wire::NewPayment &payment, QObject *context,
                                              calls::RecordDone<Payment> done, calls::Failure failed)
{
    return calls::record(m_client.post(QStringLiteral("payments"), wire::paymentBody(payment)), context,
                         &wire::readPayment, std::move(done), std::move(failed));
}

} // namespace propertyos
