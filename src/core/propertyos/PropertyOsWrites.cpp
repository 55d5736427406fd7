// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyOsWrites.h"

#include "PropertyOsJson.h"
#include "api/ApiError.h"

#include <QJsonArray>

namespace propertyos::wire {

namespace {
void putIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
} // namespace

QJsonObject propertyBody(const NewProperty &property)
{
    QJsonObject address;
    putIfSet(address, QStringLiteral("street"), property.address.street);
    putIfSet(address, QStringLiteral("area"), property.address.area);
    putIfSet(address, QStringLiteral("city"), property.address.city);
    putIfSet(address, QStringLiteral("postal_code"), property.address.postalCode);
    putIfSet(address, QStringLiteral("country"), property.address.country);
    QJsonObject body;
    putIfSet(body, QStringLiteral("name"), property.name);
    putIfSet(body, QStringLiteral("type"), property.type);
    body.insert(QStringLiteral("address"), address);
    if (property.unitsCount >= 0)
        body.insert(QStringLiteral("units_count"), property.unitsCount);
    putIfSet(body, QStringLiteral("status"), propertyStatusName(property.status));
    return body;
}

QJsonObject contactsBody(const TenantContacts &contacts)
{
    QJsonArray emergency;
    for (const EmergencyContact &e : contacts.emergencyContacts) {
        QJsonObject o{{QStringLiteral("name"), e.name}, {QStringLiteral("phone"), e.phone}};
        putIfSet(o, QStringLiteral("relationship"), e.relationship);
        emergency.append(o);
    }
    return {{QStringLiteral("first_name"), contacts.firstName},
            {QStringLiteral("last_name"), contacts.lastName},
            {QStringLiteral("email"), contacts.email},
            {QStringLiteral("phone"), contacts.phone},
            {QStringLiteral("emergency_contacts"), emergency}};
}

QJsonObject paymentBody(const NewPayment &payment)
{
    QJsonObject body;
    putIfSet(body, QStringLiteral("tenant_id"), payment.tenantId);
    // A JSON number with at most two decimals (cents / 100 prints as such).
    body.insert(QStringLiteral("amount"), double(payment.amountCents) / 100.0);
    putIfSet(body, QStringLiteral("method"), paymentMethodName(payment.method));
    if (payment.date.isValid())
        body.insert(QStringLiteral("date"), payment.date.toString(Qt::ISODate));
    putIfSet(body, QStringLiteral("reference"), payment.reference);
    return body;
}

QMap<QString, QString> fieldMessages(const api::ApiError &error)
{
    QMap<QString, QString> out;
    for (const api::FieldError &e : error.fieldErrors()) {
        QString &text = out[e.propertyName];
        text = text.isEmpty() ? e.message : text + QStringLiteral("; ") + e.message;
    }
    return out;
}

} // namespace propertyos::wire
