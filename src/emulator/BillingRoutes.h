// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoData.h"
#include "HttpTypes.h"

namespace emulator {

// Read-only admin route of the booking rates (the API's "ExtraService" entity, docs §3.1 module
// `billing`): `GET /api/billing/extraservices` (search) and `GET /api/billing/extraservices/{id}`.
// Records: Id, UniqueId, BusinessId, BusinessName, Name, Price, CurrencyCode, ChargePeriod,
// ResourceTypeId, ResourceTypeName (see docs/emulator.md). The caller has checked admin rights.
class BillingRoutes
{
public:
    explicit BillingRoutes(const DemoData &data) : m_data(data) {}

    // nullopt: not a billing route (the caller answers 404).
    std::optional<Response> handle(const Request &request) const;

private:
    const DemoData &m_data;
};

} // namespace emulator
