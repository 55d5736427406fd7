// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyOsTypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <optional>

//! Tolerant readers of Property OS answers (docs/property-os.md, "Emulator decisions": the
//! emulator's shapes and the alternatives a real server may use). A missing or odd field gives its
//! default, never a failure.
namespace propertyos::wire {

//! One page of a list: `{"data": [...], "meta": {total, page, limit}}`, a bare array, or `data`
//! without `meta` (then total, page and limit are unknown: -1).
struct Page {
    QList<QJsonObject> records;
    int total = -1;
    int page = -1;
    int limit = -1;
    int lastPage = -1; //!< `meta.last_page` / `total_pages`, when sent
    bool readable = false;
};
Page readPage(const QJsonDocument &document);
//! A single record, bare or inside `data`.
QJsonObject readRecord(const QJsonDocument &document);

Address readAddress(const QJsonValue &value);
Property readProperty(const QJsonObject &o);
EmergencyContact readEmergencyContact(const QJsonObject &o);
TenantContacts readContacts(const QJsonObject &o);
Lease readLease(const QJsonObject &o);
Payment readPayment(const QJsonObject &o);
Tenant readTenant(const QJsonObject &o);

//! An amount in hundredths: a JSON number, a decimal string, or `{value|amount, currency}`.
std::optional<qint64> readCents(const QJsonValue &value);
//! `YYYY-MM-DD`, or the date part of an ISO date-time as written (no zone conversion).
QDate readDate(const QJsonValue &value);

PropertyStatus propertyStatus(const QString &text);
TenantStatus tenantStatus(const QString &text);
PaymentMethod paymentMethod(const QString &text); //!< also `check`, `bank-transfer`, `bank`, `credit_card`
PaymentStatus paymentStatus(const QString &text);
QString propertyStatusName(PropertyStatus status); //!< the wire name; empty for Unknown
QString paymentMethodName(PaymentMethod method);
QString paymentStatusName(PaymentStatus status);

} // namespace propertyos::wire
