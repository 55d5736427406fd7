// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyOsJson.h"

#include "json/JsonRead.h"

#include <QJsonArray>
#include <QStringList>
#include <cmath>

namespace propertyos {

QString Address::oneLine() const
{
    if (!formatted.isEmpty())
        return formatted;
    QStringList parts;
    for (const QString &part : {street, area, city, postalCode, country}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

namespace wire {

namespace {
QString firstOf(const QJsonObject &o, std::initializer_list<QStringView> keys)
{
    for (const QStringView key : keys) {
        if (const QString v = ::json::readString(o, key); !v.isEmpty())
            return v;
    }
    return {};
}

QList<QJsonObject> objectsOf(const QJsonValue &value)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isObject())
            out.append(v.toObject());
    }
    return out;
}

int metaInt(const QJsonObject &meta, std::initializer_list<QStringView> keys)
{
    for (const QStringView key : keys) {
        if (const auto v = ::json::readOptionalInt(meta, key))
            return *v;
    }
    return -1;
}
} // namespace

Page readPage(const QJsonDocument &document)
{
    Page page;
    if (document.isArray()) {
        page.records = objectsOf(document.array());
        page.readable = true;
        return page;
    }
    const QJsonObject root = document.object();
    if (!root.value(u"data").isArray())
        return page;
    page.records = objectsOf(root.value(u"data"));
    page.readable = true;
    // `meta` as documented; some servers put the same keys at the top level.
    const QJsonObject meta = root.value(u"meta").isObject() ? root.value(u"meta").toObject() : root;
    page.total = metaInt(meta, {u"total", u"total_count", u"count"});
    page.page = metaInt(meta, {u"page", u"current_page"});
    page.limit = metaInt(meta, {u"limit", u"per_page"});
    page.lastPage = metaInt(meta, {u"last_page", u"total_pages"});
    return page;
}

QJsonObject readRecord(const QJsonDocument &document)
{
    const QJsonObject root = document.object();
    const QJsonValue data = root.value(u"data");
    return data.isObject() ? data.toObject() : root;
}

Address readAddress(const QJsonValue &value)
{
    Address a;
    if (value.isString()) {
        a.formatted = value.toString().trimmed();
        return a;
    }
    const QJsonObject o = value.toObject();
    a.street = firstOf(o, {u"street", u"line1", u"address_line1", u"line_1"});
    a.area = firstOf(o, {u"area", u"line2", u"address_line2", u"district", u"state", u"emirate"});
    a.city = firstOf(o, {u"city", u"town"});
    a.postalCode = firstOf(o, {u"postal_code", u"zip", u"postcode"});
    a.country = firstOf(o, {u"country", u"country_code"});
    a.formatted = firstOf(o, {u"formatted", u"full"});
    return a;
}

Property readProperty(const QJsonObject &o)
{
    Property p;
    p.id = ::json::readString(o, u"id");
    p.name = ::json::readString(o, u"name");
    p.type = ::json::readString(o, u"type");
    p.address = readAddress(o.value(u"address"));
    p.unitsCount = ::json::readInt(o, u"units_count");
    p.occupiedUnits = ::json::readInt(o, u"occupied_units");
    p.status = propertyStatus(::json::readString(o, u"status"));
    return p;
}

EmergencyContact readEmergencyContact(const QJsonObject &o)
{
    return {::json::readString(o, u"name"), firstOf(o, {u"relationship", u"relation"}), ::json::readString(o, u"phone")};
}

TenantContacts readContacts(const QJsonObject &o)
{
    TenantContacts c;
    c.firstName = ::json::readString(o, u"first_name");
    c.lastName = ::json::readString(o, u"last_name");
    c.email = ::json::readString(o, u"email");
    c.phone = ::json::readString(o, u"phone");
    for (const QJsonObject &e : objectsOf(o.value(u"emergency_contacts")))
        c.emergencyContacts.append(readEmergencyContact(e));
    return c;
}

Lease readLease(const QJsonObject &o)
{
    Lease l;
    l.id = ::json::readString(o, u"id");
    l.tenantId = ::json::readString(o, u"tenant_id");
    l.propertyId = ::json::readString(o, u"property_id");
    l.unit = ::json::readString(o, u"unit");
    l.startDate = readDate(o.value(u"start_date"));
    l.endDate = readDate(o.value(u"end_date"));
    l.monthlyRentCents = readCents(o.value(u"monthly_rent")).value_or(0);
    l.currency = ::json::readString(o, u"currency");
    const QString status = ::json::readString(o, u"status").toLower();
    l.status = status == u"active" ? LeaseStatus::Active
               : (status == u"ended" || status == u"expired" || status == u"terminated") ? LeaseStatus::Ended
                                                                                          : LeaseStatus::Unknown;
    return l;
}

Payment readPayment(const QJsonObject &o)
{
    Payment p;
    p.id = ::json::readString(o, u"id");
    p.tenantId = ::json::readString(o, u"tenant_id");
    p.propertyId = ::json::readString(o, u"property_id");
    p.leaseId = ::json::readString(o, u"lease_id");
    const QJsonValue amount = o.value(u"amount");
    p.amountCents = readCents(amount).value_or(0);
    p.currency = ::json::readString(o, u"currency");
    if (p.currency.isEmpty() && amount.isObject())
        p.currency = ::json::readString(amount.toObject(), u"currency");
    p.method = paymentMethod(firstOf(o, {u"method", u"payment_method"}));
    p.date = readDate(o.contains(u"date") ? o.value(u"date") : o.value(u"paid_at"));
    p.status = paymentStatus(::json::readString(o, u"status"));
    p.reference = ::json::readString(o, u"reference");
    return p;
}

Tenant readTenant(const QJsonObject &o)
{
    Tenant t;
    t.id = ::json::readString(o, u"id");
    t.propertyId = ::json::readString(o, u"property_id");
    t.unit = ::json::readString(o, u"unit");
    t.contacts = readContacts(o);
    t.name = ::json::readString(o, u"name");
    if (t.name.isEmpty())
        t.name = QStringList{t.contacts.firstName, t.contacts.lastName}.join(u' ').trimmed();
    const QString status = ::json::readString(o, u"status").toLower();
    t.status = tenantStatus(status);
    for (const QJsonObject &l : objectsOf(o.value(u"leases")))
        t.leases.append(readLease(l));
    for (const QJsonObject &p : objectsOf(o.value(u"payments")))
        t.payments.append(readPayment(p));
    return t;
}

std::optional<qint64> readCents(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        return readCents(o.contains(u"value") ? o.value(u"value") : o.value(u"amount"));
    }
    const std::optional<double> amount = ::json::asOptionalDouble(value);
    if (!amount || !std::isfinite(*amount) || std::abs(*amount) > 1e13)
        return std::nullopt;
    return qint64(std::llround(*amount * 100.0));
}

QDate readDate(const QJsonValue &value)
{
    const QString text = ::json::asString(value).trimmed();
    return QDate::fromString(text.left(10), Qt::ISODate);
}

PropertyStatus propertyStatus(const QString &text)
{
    const QString s = text.toLower();
    if (s == u"active")
        return PropertyStatus::Active;
    if (s == u"inactive")
        return PropertyStatus::Inactive;
    if (s == u"maintenance" || s == u"under_maintenance")
        return PropertyStatus::Maintenance;
    return PropertyStatus::Unknown;
}

TenantStatus tenantStatus(const QString &text)
{
    const QString s = text.toLower();
    if (s == u"active" || s == u"current")
        return TenantStatus::Active;
    if (s == u"former" || s == u"inactive" || s == u"past")
        return TenantStatus::Former;
    return TenantStatus::Unknown;
}

PaymentMethod paymentMethod(const QString &text)
{
    const QString s = text.toLower().replace(u'-', u'_').replace(u' ', u'_');
    if (s == u"cash")
        return PaymentMethod::Cash;
    if (s == u"cheque" || s == u"check")
        return PaymentMethod::Cheque;
    if (s == u"bank_transfer" || s == u"bank" || s == u"transfer" || s == u"wire")
        return PaymentMethod::BankTransfer;
    if (s == u"card" || s == u"credit_card" || s == u"debit_card")
        return PaymentMethod::Card;
    return PaymentMethod::Unknown;
}

PaymentStatus paymentStatus(const QString &text)
{
    const QString s = text.toLower();
    if (s == u"completed" || s == u"paid" || s == u"succeeded" || s == u"cleared")
        return PaymentStatus::Completed;
    if (s == u"pending")
        return PaymentStatus::Pending;
    if (s == u"failed" || s == u"bounced")
        return PaymentStatus::Failed;
    if (s == u"refunded")
        return PaymentStatus::Refunded;
    return PaymentStatus::Unknown;
}

QString propertyStatusName(PropertyStatus status)
{
    switch (status) {
    case PropertyStatus::Active: return QStringLiteral("active");
    case PropertyStatus::Inactive: return QStringLiteral("inactive");
    case PropertyStatus::Maintenance: return QStringLiteral("maintenance");
    case PropertyStatus::Unknown: break;
    }
    return {};
}

QString paymentMethodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return QStringLiteral("cash");
    case PaymentMethod::Cheque: return QStringLiteral("cheque");
    case PaymentMethod::BankTransfer: return QStringLiteral("bank_transfer");
    case PaymentMethod::Card: return QStringLiteral("card");
    case PaymentMethod::Unknown: break;
    }
    return {};
}

QString paymentStatusName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Completed: return QStringLiteral("completed");
    case PaymentStatus::Pending: return QStringLiteral("pending");
    case PaymentStatus::Failed: return QStringLiteral("failed");
    case PaymentStatus::Refunded: return QStringLiteral("refunded");
    case PaymentStatus::Unknown: break;
    }
    return {};
}

} // namespace wire
} // namespace propertyos
