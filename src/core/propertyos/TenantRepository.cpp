// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenantRepository.h"

namespace propertyos {

namespace {
QString tenantPath(const QString &id)
{
    return QStringLiteral("tenants/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

ListWalk *TenantRepository::list(const TenantFilter &filter, QObject *context, calls::ListDone<Tenant> done,
                                 calls::Failure failed)
{
    QUrlQuery filters;
    if (!filter.search.trimmed().isEmpty())
        filters.addQueryItem(QStringLiteral("search"), filter.search.trimmed());
    if (!filter.propertyId.isEmpty())
        filters.addQueryItem(QStringLiteral("property_id"), filter.propertyId);
    if (filter.status != TenantStatus::Unknown)
        filters.addQueryItem(QStringLiteral("status"),
                             filter.status == TenantStatus::Active ? QStringLiteral("active") : QStringLiteral("former"));
    return calls::list(m_client, QStringLiteral("tenants"), filters, context, &wire::readTenant, std::move(done),
                       std::move(failed));
}

repository::Pending TenantRepository::details(const QString &tenantId, QObject *context, calls::RecordDone<Tenant> done,
                                              calls::Failure failed)
{
    return calls::record(m_client.get(tenantPath(tenantId)), context, &wire::readTenant, std::move(done),
                         std::move(failed));
}

repository::Pending TenantRepository::updateContacts(const QString &tenantId, const TenantContacts &contacts,
                                                     QObject *context, calls::RecordDone<Tenant> done,
                                                     calls::Failure failed)
{
    return calls::record(m_client.put(tenantPath(tenantId), wire::contactsBody(contacts)), context, &wire::readTenant,
                         std::move(done), std::move(failed));
}

} // namespace propertyos
