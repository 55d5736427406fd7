// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Calls.h"
#include "PropertyOsWrites.h"

namespace propertyos {

//! What a tenant list asks for; empty fields are not sent.
struct TenantFilter {
    QString search;     //!< name, email, phone or unit
    QString propertyId;
    TenantStatus status = TenantStatus::Unknown;
};

//! The account's tenants: lists, one tenant's details (leases, payments), contact updates.
class TenantRepository
{
public:
    explicit TenantRepository(PropertyOsClient &client) : m_client(client) {}

    ListWalk *list(const TenantFilter &filter, QObject *context, calls::ListDone<Tenant> done, calls::Failure failed);
    repository::Pending details(const QString &tenantId, QObject *context, calls::RecordDone<Tenant> done,
                                calls::Failure failed);
    //! PUT of the contact fields and the whole emergency contact list; answers the tenant as saved.
    repository::Pending updateContacts(const QString &tenantId, const TenantContacts &contacts, QObject *context,
                                       calls::RecordDone<Tenant> done, calls::Failure failed);

private:
    PropertyOsClient &m_client;
};

} // namespace propertyos
