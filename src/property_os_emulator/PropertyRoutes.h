// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

namespace propertyos {

class Portfolio;

//! /api/v2/properties: the paged list (status filter), one property, and creating one.
class PropertyRoutes
{
public:
    explicit PropertyRoutes(Portfolio &portfolio) : m_portfolio(portfolio) {}

    emulator::Response handle(const emulator::Request &request, const QString &id);

private:
    emulator::Response list(const emulator::Request &request) const;
    emulator::Response create(const emulator::Request &request);

    Portfolio &m_portfolio;
};

} // namespace propertyos
