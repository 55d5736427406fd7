// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QDate>

#include <functional>

namespace propertyos {

class Portfolio;

//! /api/v2/payments: the paged list (from/to dates, status, property_id, tenant_id, method), one
//! payment, and recording a payment from a tenant.
class PaymentRoutes
{
public:
    using Today = std::function<QDate()>; // the emulator clock's date

    PaymentRoutes(Portfolio &portfolio, Today today) : m_portfolio(portfolio), m_today(std::move(today)) {}

    emulator::Response handle(const emulator::Request &request, const QString &id);

private:
    emulator::Response list(const emulator::Request &request) const;
    emulator::Response record(const emulator::Request &request);

    Portfolio &m_portfolio;
    Today m_today;
};

} // namespace propertyos
