// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QJsonObject>

namespace propertyos {

class FieldErrors;
class Portfolio;

//! /api/v2/tenants: the paged list across properties (property_id, status, search), one tenant's
//! details (with leases and payments) and updating the contact details.
class TenantRoutes
{
public:
    explicit TenantRoutes(Portfolio &portfolio) : m_portfolio(portfolio) {}

    emulator::Response handle(const emulator::Request &request, const QString &id);

private:
    emulator::Response list(const emulator::Request &request) const;
    emulator::Response update(const emulator::Request &request, int index);

    Portfolio &m_portfolio;
};

} // namespace propertyos
