// SPDX-License-Identifier: GPL-3.0-or-later
#include "Portfolio.h"

#include <QJsonArray>

#include <algorithm>

namespace propertyos {

Portfolio::Portfolio(quint32 seed) : m_rng(seed ^ 0x9e0c0de5u) {}

QString Portfolio::newId(const QString &prefix, int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (;;) {
        QString id = prefix + QLatin1Char('_');
        for (int i = 0; i < length; ++i)
            id += QLatin1Char(alphabet[m_rng.bounded(int(sizeof alphabet - 1))]);
        if (!m_ids.contains(id)) {
            m_ids.insert(id);
            return id;
        }
    }
}

int Portfolio::indexOf(const QList<QJsonObject> &records, const QString &id) const
{
    for (int i = 0; i < records.size(); ++i) {
        if (records.at(i).value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

const QJsonObject *Portfolio::property(const QString &id) const
{
    const int i = indexOf(properties, id);
    return i < 0 ? nullptr : &properties.at(i);
}

QJsonObject Portfolio::tenantDetails(const QString &tenantId) const
{
    const int i = indexOf(tenants, tenantId);
    if (i < 0)
        return {};
    QJsonObject details = tenants.at(i);
    QJsonArray tenantLeases, tenantPayments;
    for (const QJsonObject &lease : leases) {
        if (lease.value(QStringLiteral("tenant_id")).toString() == tenantId)
            tenantLeases.append(lease);
    }
    for (const QJsonObject &payment : payments) {
        if (payment.value(QStringLiteral("tenant_id")).toString() == tenantId)
            tenantPayments.append(payment);
    }
    details.insert(QStringLiteral("leases"), tenantLeases);
    details.insert(QStringLiteral("payments"), tenantPayments);
    return details;
}

bool Portfolio::newerFirst(const QJsonObject &a, const QJsonObject &b)
{
    const QString da = a.value(QStringLiteral("date")).toString(), db = b.value(QStringLiteral("date")).toString();
    return da != db ? da > db : a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
}

void Portfolio::insertPayment(const QJsonObject &payment)
{
    payments.insert(std::upper_bound(payments.begin(), payments.end(), payment, &Portfolio::newerFirst), payment);
}

void Portfolio::sortPayments()
{
    std::sort(payments.begin(), payments.end(), &Portfolio::newerFirst);
}

} // namespace propertyos
