// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyOsTypes.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace api {
class ApiError;
}

//! The bodies Property OS writes send, and the per-field errors their refusals carry.
namespace propertyos::wire {

//! POST /properties. `unitsCount` < 0 and an Unknown status are left out (the server's defaults).
struct NewProperty {
    QString name;
    QString type;
    Address address;
    int unitsCount = -1;
    PropertyStatus status = PropertyStatus::Unknown;
};
QJsonObject propertyBody(const NewProperty &property);
//! PUT /tenants/{id}: the contact fields and the whole emergency contact list.
QJsonObject contactsBody(const TenantContacts &contacts);

//! POST /payments.
struct NewPayment {
    QString tenantId;
    qint64 amountCents = 0;
    PaymentMethod method = PaymentMethod::Unknown;
    QDate date;
    QString reference;
};
QJsonObject paymentBody(const NewPayment &payment);

//! A refusal's messages per field (dotted paths, as the form names its fields), joined with "; ".
//! Empty when the failure names no field.
QMap<QString, QString> fieldMessages(const api::ApiError &error);

} // namespace propertyos::wire
