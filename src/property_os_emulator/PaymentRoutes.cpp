// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentRoutes.h"

#include "ListPage.h"
#include "Portfolio.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using emulator::Request;
using emulator::Response;

namespace propertyos {

namespace {

const QStringList kStatuses{QStringLiteral("completed"), QStringLiteral("pending"), QStringLiteral("failed"),
                            QStringLiteral("refunded")};
const QStringList kMethods{QStringLiteral("cash"), QStringLiteral("cheque"), QStringLiteral("bank_transfer"),
                           QStringLiteral("card")};
constexpr double kMaxAmount = 10000000;

// A calendar date written YYYY-MM-DD; records `field`'s error otherwise.
std::optional<QDate> isoDate(const QString &text, const QString &field, FieldErrors &errors)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid()) {
        errors.add(field, QStringLiteral("must be a date written YYYY-MM-DD"));
        return std::nullopt;
    }
    return date;
}

std::optional<QDate> dateParam(const Request &request, const QString &key, FieldErrors &errors)
{
    const auto value = request.param(key);
    if (!value || value->isEmpty())
        return std::nullopt;
    return isoDate(*value, key, errors);
}

bool equalsParam(const QJsonObject &payment, const Request &request, const QString &key)
{
    const auto wanted = request.param(key);
    return !wanted || wanted->isEmpty() || payment.value(key).toString() == *wanted;
}

// The lease a new payment belongs to: the tenant's active one, else the latest.
QString leaseOf(const Portfolio &portfolio, const QString &tenantId)
{
    QString latest;
    for (const QJsonObject &lease : portfolio.leases) {
        if (lease.value(QStringLiteral("tenant_id")).toString() != tenantId)
            continue;
        latest = lease.value(QStringLiteral("id")).toString();
        if (lease.value(QStringLiteral("status")).toString() == QLatin1String("active"))
            return latest;
    }
    return latest;
}

} // namespace

Response PaymentRoutes::handle(const Request &request, const QString &id)
{
    if (id.isEmpty()) {
        if (request.method == "GET")
            return list(request);
        if (request.method == "POST")
            return record(request);
        return ApiErrors::methodNotAllowed("GET, POST");
    }
    if (request.method != "GET")
        return ApiErrors::methodNotAllowed("GET");
    const int index = m_portfolio.indexOf(m_portfolio.payments, id);
    return index < 0 ? ApiErrors::notFound(QStringLiteral("Payment")) : Response::ofJson(m_portfolio.payments.at(index));
}

Response PaymentRoutes::list(const Request &request) const
{
    FieldErrors errors;
    const ListPage page = ListPage::fromQuery(request, errors);
    const auto status = enumFilter(request, QStringLiteral("status"), kStatuses, errors);
    enumFilter(request, QStringLiteral("method"), kMethods, errors);
    const auto from = dateParam(request, QStringLiteral("from"), errors);
    const auto to = dateParam(request, QStringLiteral("to"), errors);
    if (from && to && *from > *to)
        errors.add(QStringLiteral("to"), QStringLiteral("must not be before from"));
    if (!errors.isEmpty())
        return errors.response();
    const QString fromText = from ? from->toString(Qt::ISODate) : QString();
    const QString toText = to ? to->toString(Qt::ISODate) : QString();
    QList<QJsonObject> matching;
    for (const QJsonObject &payment : std::as_const(m_portfolio.payments)) {
        const QString date = payment.value(QStringLiteral("date")).toString(); // ISO dates compare as text
        if ((from && date < fromText) || (to && date > toText))
            continue;
        if (status && payment.value(QStringLiteral("status")).toString() != *status)
            continue;
        if (!equalsParam(payment, request, QStringLiteral("property_id"))
            || !equalsParam(payment, request, QStringLiteral("tenant_id"))
            || !equalsParam(payment, request, QStringLiteral("method")))
            continue;
        matching.append(payment);
    }
    return page.answer(matching);
}

Response PaymentRoutes::record(const Request &request)
{
    const auto body = objectBody(request);
    if (!body)
        return ApiErrors::malformedJson();
    FieldErrors errors;
    const auto tenantId = errors.requiredString(*body, QStringLiteral("tenant_id"), QStringLiteral("tenant_id"));
    const int tenant = tenantId ? m_portfolio.indexOf(m_portfolio.tenants, *tenantId) : -1;
    if (tenantId && tenant < 0)
        errors.add(QStringLiteral("tenant_id"), QStringLiteral("no tenant has this id"));
    const auto method = errors.oneOf(*body, QStringLiteral("method"), QStringLiteral("method"), kMethods, true);
    const QJsonValue amount = body->value(QStringLiteral("amount"));
    if (amount.isUndefined() || amount.isNull())
        errors.add(QStringLiteral("amount"), QStringLiteral("is required"));
    else if (!amount.isDouble() || !(amount.toDouble() > 0) || amount.toDouble() > kMaxAmount
             || std::abs(amount.toDouble() * 100 - std::round(amount.toDouble() * 100)) > 1e-6)
        errors.add(QStringLiteral("amount"), QStringLiteral("must be a number above 0 with at most 2 decimals"));
    std::optional<QDate> date;
    if (const auto text = errors.requiredString(*body, QStringLiteral("date"), QStringLiteral("date")))
        date = isoDate(*text, QStringLiteral("date"), errors);
    if (date && *date > m_today())
        errors.add(QStringLiteral("date"), QStringLiteral("must not be in the future"));
    const auto reference = errors.optionalString(*body, QStringLiteral("reference"), QStringLiteral("reference"), 100);
    if (!errors.isEmpty())
        return errors.response();

    const QJsonObject &owner = m_portfolio.tenants.at(tenant);
    const QJsonObject payment{
        {QStringLiteral("id"), m_portfolio.newId(QStringLiteral("pay"), 8)},
        {QStringLiteral("tenant_id"), *tenantId},
        {QStringLiteral("property_id"), owner.value(QStringLiteral("property_id"))},
        {QStringLiteral("lease_id"), leaseOf(m_portfolio, *tenantId)},
        {QStringLiteral("amount"), amount.toDouble()},
        {QStringLiteral("currency"), QStringLiteral("AED")},
        {QStringLiteral("method"), *method},
        {QStringLiteral("date"), date->toString(Qt::ISODate)},
        // A cheque is pending until it clears; the other methods are settled when recorded.
        {QStringLiteral("status"), *method == QLatin1String("cheque") ? QStringLiteral("pending") : QStringLiteral("completed")},
        {QStringLiteral("reference"), reference.value_or(QString())}};
    m_portfolio.insertPayment(payment);
    Response created = Response::ofJson(payment, 201);
    created.setHeader("Location", "/api/v2/payments/" + payment.value(QStringLiteral("id")).toString().toLatin1());
    return created;
}

} // namespace propertyos
