// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyRepository.h"

namespace propertyos {

ListWalk *PropertyRepository::list(std::optional<PropertyStatus> status, QObject *context,
                                   calls::ListDone<Property> done, calls::Failure failed)
{
    QUrlQuery filters;
    if (status && *status != PropertyStatus::Unknown)
        filters.addQueryItem(QStringLiteral("status"), wire::propertyStatusName(*status));
    return calls::list(m_client, QStringLiteral("properties"), filters, context, &wire::readProperty, std::move(done),
                       std::move(failed));
}

repository::Pending PropertyRepository::create(const wire::NewProperty &property, QObject *context,
                                               calls::RecordDone<Property> done, calls::Failure failed)
{
    return calls::record(m_client.post(QStringLiteral("properties"), wire::propertyBody(property)), context,
                         &wire::readProperty, std::move(done), std::move(failed));
}

} // namespace propertyos
