// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyRoutes.h"

#include "ListPage.h"
#include "Portfolio.h"

using emulator::Request;
using emulator::Response;

namespace propertyos {

namespace {

const QStringList kStatuses{QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("maintenance")};
const QStringList kTypes{QStringLiteral("residential"), QStringLiteral("commercial"), QStringLiteral("mixed")};

// The address object: street, city and country required; area and postal_code optional.
QJsonObject checkedAddress(const QJsonObject &body, FieldErrors &errors)
{
    const QJsonValue value = body.value(QStringLiteral("address"));
    if (value.isUndefined() || value.isNull()) {
        errors.add(QStringLiteral("address"), QStringLiteral("is required"));
        return {};
    }
    if (!value.isObject()) {
        errors.add(QStringLiteral("address"), QStringLiteral("must be an object with street, city and country"));
        return {};
    }
    const QJsonObject in = value.toObject();
    QJsonObject address;
    for (const char *key : {"street", "area", "city", "postal_code", "country"}) {
        const QString name = QString::fromLatin1(key);
        const bool required = name == QLatin1String("street") || name == QLatin1String("city")
                           || name == QLatin1String("country");
        const QString field = QStringLiteral("address.") + name;
        const auto text = required ? errors.requiredString(in, name, field) : errors.optionalString(in, name, field);
        if (text)
            address.insert(name, *text);
    }
    return address;
}

} // namespace

Response PropertyRoutes::handle(const Request &request, const QString &id)
{
    if (id.isEmpty()) {
        if (request.method == "GET")
            return list(request);
        if (request.method == "POST")
            return create(request);
        return ApiErrors::methodNotAllowed("GET, POST");
    }
    if (request.method != "GET")
        return ApiErrors::methodNotAllowed("GET");
    const QJsonObject *property = m_portfolio.property(id);
    return property ? Response::ofJson(*property) : ApiErrors::notFound(QStringLiteral("Property"));
}

Response PropertyRoutes::list(const Request &request) const
{
    FieldErrors errors;
    const ListPage page = ListPage::fromQuery(request, errors);
    const auto status = enumFilter(request, QStringLiteral("status"), kStatuses, errors);
    if (!errors.isEmpty())
        return errors.response();
    QList<QJsonObject> matching;
    for (const QJsonObject &property : std::as_const(m_portfolio.properties)) {
        if (!status || property.value(QStringLiteral("status")).toString() == *status)
            matching.append(property);
    }
    return page.answer(matching);
}

Response PropertyRoutes::create(const Request &request)
{
    const auto body = objectBody(request);
    if (!body)
        return ApiErrors::malformedJson();
    FieldErrors errors;
    const auto name = errors.requiredString(*body, QStringLiteral("name"), QStringLiteral("name"));
    const auto type = errors.oneOf(*body, QStringLiteral("type"), QStringLiteral("type"), kTypes, true);
    const QJsonObject address = checkedAddress(*body, errors);
    const auto status = errors.oneOf(*body, QStringLiteral("status"), QStringLiteral("status"), kStatuses, false);
    int units = 0;
    if (const QJsonValue v = body->value(QStringLiteral("units_count")); !v.isUndefined()) {
        units = v.toInt(-1);
        if (!v.isDouble() || units < 0 || units > 10000 || v.toDouble() != units)
            errors.add(QStringLiteral("units_count"), QStringLiteral("must be an integer between 0 and 10000"));
    }
    if (!errors.isEmpty())
        return errors.response();
    const QJsonObject property{{QStringLiteral("id"), m_portfolio.newId(QStringLiteral("prop"))},
                               {QStringLiteral("name"), *name},
                               {QStringLiteral("type"), *type},
                               {QStringLiteral("address"), address},
                               {QStringLiteral("units_count"), units},
                               {QStringLiteral("occupied_units"), 0},
                               {QStringLiteral("status"), status.value_or(QStringLiteral("active"))}};
    m_portfolio.properties.append(property);
    Response created = Response::ofJson(property, 201);
    created.setHeader("Location", "/api/v2/properties/" + property.value(QStringLiteral("id")).toString().toLatin1());
    return created;
}

} // namespace propertyos
