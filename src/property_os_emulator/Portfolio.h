// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace propertyos {

//! The emulator's records, kept as the JSON objects the API answers with: properties, tenants (with
//! their contacts), leases and payments. Ids are made by the one seeded generator, so the same seed
//! gives the same portfolio, and ids of created records follow the seeded ones.
class Portfolio
{
public:
    explicit Portfolio(quint32 seed);

    QList<QJsonObject> properties;
    QList<QJsonObject> tenants;
    QList<QJsonObject> leases;
    QList<QJsonObject> payments; // newest first (date, then id)

    QString newId(const QString &prefix, int length = 6); // prefix + '_' + lower-case letters and digits
    QRandomGenerator &rng() { return m_rng; }

    int indexOf(const QList<QJsonObject> &records, const QString &id) const;
    const QJsonObject *property(const QString &id) const;
    QJsonObject tenantDetails(const QString &tenantId) const; // the tenant + "leases" + "payments"
    void insertPayment(const QJsonObject &payment);           // keeps the newest-first order
    void sortPayments();
    static bool newerFirst(const QJsonObject &a, const QJsonObject &b); // by date, then id

private:
    QRandomGenerator m_rng;
    QSet<QString> m_ids;
};

//! Fills a Portfolio with the demo data: a few dozen properties, a few hundred tenants, their leases
//! and a few thousand monthly payments, dated relative to `today` (the emulator clock's date).
namespace DemoPortfolio {
void fill(Portfolio &portfolio, const QDate &today);
}

} // namespace propertyos
