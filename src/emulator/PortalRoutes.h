// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoData.h"
#include "Emulator.h"
#include "HttpTypes.h"
#include "TokenIssuer.h"

namespace emulator {

// Members-portal API under /api/public (docs §5.1, §5.2, §5.5).
class PortalRoutes
{
public:
    PortalRoutes(DemoData &data, ListForm roomsListForm);

    // nullopt: no such route. `account` is null for anonymous callers; routes that need one answer 401.
    std::optional<Response> handle(const Request &request, const Account *account);

private:
    Response summaries(const Request &request);
    Response details(const Request &request);
    Response oneResource(const QString &idText);
    Response profiles(const Account &account);
    Response currentBusiness();
    Response blogPosts(const Request &request, const Account *account);

    Response roomsList(const Request &request, bool details);

    DemoData &m_data;
    ListForm m_roomsListForm;
};

} // namespace emulator
