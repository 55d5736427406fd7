// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenantRoutes.h"

#include "ListPage.h"
#include "Portfolio.h"

#include <QJsonArray>

using emulator::Request;
using emulator::Response;

namespace propertyos {

namespace {

const QStringList kStatuses{QStringLiteral("active"), QStringLiteral("former")};
constexpr int kMaxEmergencyContacts = 5;

bool matchesSearch(const QJsonObject &tenant, const QString &needle)
{
    for (const char *key : {"name", "email", "phone", "unit"}) {
        if (tenant.value(QString::fromLatin1(key)).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QJsonArray checkedContacts(const QJsonValue &value, FieldErrors &errors)
{
    const QString field = QStringLiteral("emergency_contacts");
    if (!value.isArray()) {
        errors.add(field, QStringLiteral("must be an array of {name, relationship, phone}"));
        return {};
    }
    const QJsonArray in = value.toArray();
    if (in.size() > kMaxEmergencyContacts)
        errors.add(field, QStringLiteral("at most %1 contacts").arg(kMaxEmergencyContacts));
    QJsonArray contacts;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QString prefix = field + QLatin1Char('.') + QString::number(i) + QLatin1Char('.');
        if (!in.at(i).isObject()) {
            errors.add(field + QLatin1Char('.') + QString::number(i), QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject c = in.at(i).toObject();
        const auto name = errors.requiredString(c, QStringLiteral("name"), prefix + QStringLiteral("name"));
        const auto phone = errors.requiredString(c, QStringLiteral("phone"), prefix + QStringLiteral("phone"));
        if (phone)
            errors.checkPhone(*phone, prefix + QStringLiteral("phone"));
        const auto relationship = errors.optionalString(c, QStringLiteral("relationship"),
                                                        prefix + QStringLiteral("relationship"), 50);
        if (name && phone)
            contacts.append(QJsonObject{{QStringLiteral("name"), *name},
                                        {QStringLiteral("relationship"), relationship.value_or(QString())},
                                        {QStringLiteral("phone"), *phone}});
    }
    return contacts;
}

} // namespace

Response TenantRoutes::handle(const Request &request, const QString &id)
{
    if (id.isEmpty())
        return request.method == "GET" ? list(request) : ApiErrors::methodNotAllowed("GET");
    const int index = m_portfolio.indexOf(m_portfolio.tenants, id);
    if (request.method != "GET" && request.method != "PUT")
        return ApiErrors::methodNotAllowed("GET, PUT");
    if (index < 0)
        return ApiErrors::notFound(QStringLiteral("Tenant"));
    if (request.method == "PUT")
        return update(request, index);
    return Response::ofJson(m_portfolio.tenantDetails(id));
}

Response TenantRoutes::list(const Request &request) const
{
    FieldErrors errors;
    const ListPage page = ListPage::fromQuery(request, errors);
    const auto status = enumFilter(request, QStringLiteral("status"), kStatuses, errors);
    if (!errors.isEmpty())
        return errors.response();
    const QString property = request.param(QStringLiteral("property_id")).value_or(QString());
    const QString search = request.param(QStringLiteral("search")).value_or(QString()).trimmed();
    QList<QJsonObject> matching;
    for (const QJsonObject &tenant : std::as_const(m_portfolio.tenants)) {
        if (status && tenant.value(QStringLiteral("status")).toString() != *status)
            continue;
        if (!property.isEmpty() && tenant.value(QStringLiteral("property_id")).toString() != property)
            continue;
        if (!search.isEmpty() && !matchesSearch(tenant, search))
            continue;
        matching.append(tenant);
    }
    return page.answer(matching);
}

// A partial update: the fields sent replace the stored ones; fields that are not contact details
// (id, property_id, unit, status, leases, payments, unknown names) are ignored.
Response TenantRoutes::update(const Request &request, int index)
{
    const auto body = objectBody(request);
    if (!body)
        return ApiErrors::malformedJson();
    QJsonObject tenant = m_portfolio.tenants.at(index);
    FieldErrors errors;
    for (const char *key : {"first_name", "last_name"}) {
        const QString name = QString::fromLatin1(key);
        if (body->contains(name)) {
            if (const auto text = errors.requiredString(*body, name, name, 100))
                tenant.insert(name, *text);
        }
    }
    if (body->contains(QStringLiteral("email"))) {
        if (const auto email = errors.requiredString(*body, QStringLiteral("email"), QStringLiteral("email"))) {
            errors.checkEmail(*email, QStringLiteral("email"));
            tenant.insert(QStringLiteral("email"), *email);
        }
    }
    if (body->contains(QStringLiteral("phone"))) {
        if (const auto phone = errors.requiredString(*body, QStringLiteral("phone"), QStringLiteral("phone"), 30)) {
            errors.checkPhone(*phone, QStringLiteral("phone"));
            tenant.insert(QStringLiteral("phone"), *phone);
        }
    }
    if (body->contains(QStringLiteral("emergency_contacts")))
        tenant.insert(QStringLiteral("emergency_contacts"),
                      checkedContacts(body->value(QStringLiteral("emergency_contacts")), errors));
    if (!errors.isEmpty())
        return errors.response();
    tenant.insert(QStringLiteral("name"), QString(tenant.value(QStringLiteral("first_name")).toString()
                                                  + QLatin1Char(' ') + tenant.value(QStringLiteral("last_name")).toString()));
    m_portfolio.tenants[index] = tenant;
    return Response::ofJson(m_portfolio.tenantDetails(tenant.value(QStringLiteral("id")).toString()));
}

} // namespace propertyos
