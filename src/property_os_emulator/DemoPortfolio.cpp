// SPDX-License-Identifier: GPL-3.0-or-later
// The demo portfolio: deterministic from the seed, dated relative to the emulator clock's today.
#include "Portfolio.h"

#include <QJsonArray>

namespace propertyos {

namespace {

const char *const kAreas[][2] = {
    {"Dubai Marina", "Dubai"}, {"Jumeirah Lake Towers", "Dubai"}, {"Downtown", "Dubai"}, {"Business Bay", "Dubai"},
    {"Al Barsha", "Dubai"}, {"Deira", "Dubai"}, {"Al Reem Island", "Abu Dhabi"}, {"Khalifa City", "Abu Dhabi"},
    {"Al Majaz", "Sharjah"}, {"Al Nuaimiya", "Ajman"},
};
const char *const kBuildings[] = {"Tower", "Residences", "Heights", "Plaza", "Court", "Gardens", "House", "Point"};
const char *const kStreets[] = {"Al Sufouh Road", "Sheikh Zayed Road", "King Salman Street", "Al Khail Road",
                                "Corniche Road", "Al Wahda Street", "Marina Walk", "Hessa Street"};
const char *const kFirst[] = {"Aisha", "Omar", "Fatima", "Yusuf", "Layla", "Karim", "Sara", "Hassan", "Mariam",
                              "Daniel", "Priya", "Arjun", "Elena", "Chen", "Noura", "Tariq", "Grace", "Ivan",
                              "Amina", "Lucas"};
const char *const kLast[] = {"Al Mansoori", "Haddad", "Khan", "Rahman", "Nair", "Petrov", "Smith", "Okafor",
                             "Santos", "Li", "Al Falasi", "Mehta", "Kowalski", "Fernandes", "Yilmaz", "Brown"};
const char *const kRelations[] = {"spouse", "parent", "sibling", "friend", "colleague"};

template <typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

QString text(const char *latin1) { return QString::fromLatin1(latin1); }

QString phone(QRandomGenerator &rng)
{
    return QStringLiteral("+971 5%1 %2 %3")
        .arg(rng.bounded(10))
        .arg(rng.bounded(100, 1000))
        .arg(rng.bounded(1000, 10000));
}

QString isoDate(const QDate &date) { return date.toString(Qt::ISODate); }

struct Builder
{
    Portfolio &p;
    QDate today;
    QRandomGenerator &rng() { return p.rng(); }

    QJsonObject property(int index)
    {
        const auto &area = pick(rng(), kAreas);
        const int roll = rng().bounded(100);
        const QString status = roll < 70 ? QStringLiteral("active")
                             : roll < 85 ? QStringLiteral("maintenance") : QStringLiteral("inactive");
        const int typeRoll = rng().bounded(10);
        const QString type = typeRoll < 6 ? QStringLiteral("residential")
                           : typeRoll < 8 ? QStringLiteral("commercial") : QStringLiteral("mixed");
        const QString name = text(area[0]) + QLatin1Char(' ') + text(pick(rng(), kBuildings)) + QLatin1Char(' ')
                           + QChar(u'A' + index % 26);
        const QJsonObject address{{QStringLiteral("street"), QStringLiteral("%1 %2").arg(rng().bounded(1, 400)).arg(text(pick(rng(), kStreets)))},
                                  {QStringLiteral("area"), text(area[0])},
                                  {QStringLiteral("city"), text(area[1])},
                                  {QStringLiteral("country"), QStringLiteral("AE")}};
        return {{QStringLiteral("id"), p.newId(QStringLiteral("prop"))},
                {QStringLiteral("name"), name},
                {QStringLiteral("type"), type},
                {QStringLiteral("address"), address},
                {QStringLiteral("units_count"), rng().bounded(4, 17)},
                {QStringLiteral("occupied_units"), 0},
                {QStringLiteral("status"), status}};
    }

    QJsonObject tenant(const QJsonObject &property, const QString &unit, bool active)
    {
        const QString first = text(pick(rng(), kFirst)), last = text(pick(rng(), kLast));
        const QString id = p.newId(QStringLiteral("ten"));
        QJsonArray contacts;
        for (int i = rng().bounded(3); i > 0; --i) {
            contacts.append(QJsonObject{{QStringLiteral("name"), QString(text(pick(rng(), kFirst)) + QLatin1Char(' ') + last)},
                                        {QStringLiteral("relationship"), text(pick(rng(), kRelations))},
                                        {QStringLiteral("phone"), phone(rng())}});
        }
        const QString mail = (first + QLatin1Char('.') + last).toLower().remove(QLatin1Char(' '))
                           + QLatin1Char('.') + id.mid(4, 3) + QStringLiteral("@example.ae");
        return {{QStringLiteral("id"), id},
                {QStringLiteral("property_id"), property.value(QStringLiteral("id"))},
                {QStringLiteral("unit"), unit},
                {QStringLiteral("first_name"), first},
                {QStringLiteral("last_name"), last},
                {QStringLiteral("name"), QString(first + QLatin1Char(' ') + last)},
                {QStringLiteral("email"), mail},
                {QStringLiteral("phone"), phone(rng())},
                {QStringLiteral("status"), active ? QStringLiteral("active") : QStringLiteral("former")},
                {QStringLiteral("emergency_contacts"), contacts}};
    }

    QJsonObject lease(const QJsonObject &tenant, const QDate &start, const QDate &end, int rent)
    {
        return {{QStringLiteral("id"), p.newId(QStringLiteral("lease"))},
                {QStringLiteral("tenant_id"), tenant.value(QStringLiteral("id"))},
                {QStringLiteral("property_id"), tenant.value(QStringLiteral("property_id"))},
                {QStringLiteral("unit"), tenant.value(QStringLiteral("unit"))},
                {QStringLiteral("start_date"), isoDate(start)},
                {QStringLiteral("end_date"), isoDate(end)},
                {QStringLiteral("monthly_rent"), rent},
                {QStringLiteral("currency"), QStringLiteral("AED")},
                {QStringLiteral("status"), end < today ? QStringLiteral("ended") : QStringLiteral("active")}};
    }

    // One payment a month of the lease, for the last twelve months up to today.
    void payments(const QJsonObject &lease)
    {
        const QDate start = QDate::fromString(lease.value(QStringLiteral("start_date")).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(lease.value(QStringLiteral("end_date")).toString(), Qt::ISODate);
        for (QDate month = start; month <= end && month <= today; month = month.addMonths(1)) {
            const QDate date = std::min(today, month.addDays(rng().bounded(7)));
            if (date < today.addYears(-1))
                continue;
            const int methodRoll = rng().bounded(20);
            const QString method = methodRoll < 10 ? QStringLiteral("bank_transfer")
                                 : methodRoll < 15 ? QStringLiteral("cheque")
                                 : methodRoll < 18 ? QStringLiteral("card") : QStringLiteral("cash");
            const int statusRoll = rng().bounded(100);
            QString status = statusRoll < 3 ? QStringLiteral("failed")
                           : statusRoll < 4 ? QStringLiteral("refunded") : QStringLiteral("completed");
            if (method == QLatin1String("cheque") && date.daysTo(today) < 10)
                status = QStringLiteral("pending"); // still clearing
            p.payments.append({{QStringLiteral("id"), p.newId(QStringLiteral("pay"), 8)},
                               {QStringLiteral("tenant_id"), lease.value(QStringLiteral("tenant_id"))},
                               {QStringLiteral("property_id"), lease.value(QStringLiteral("property_id"))},
                               {QStringLiteral("lease_id"), lease.value(QStringLiteral("id"))},
                               {QStringLiteral("amount"), lease.value(QStringLiteral("monthly_rent"))},
                               {QStringLiteral("currency"), QStringLiteral("AED")},
                               {QStringLiteral("method"), method},
                               {QStringLiteral("date"), isoDate(date)},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("reference"), QStringLiteral("RCPT-%1").arg(p.payments.size() + 10001)}});
        }
    }

    // The tenant's leases: a renewal after the first year, or one lease that ended (former tenants).
    void leases(const QJsonObject &tenant, bool active)
    {
        const int rent = 50 * rng().bounded(60, 400); // AED 3,000 .. 20,000 a month
        if (!active) {
            const QDate end = today.addDays(-rng().bounded(20, 300));
            const QJsonObject only = lease(tenant, end.addYears(-1).addDays(1), end, rent);
            p.leases.append(only);
            payments(only);
            return;
        }
        const QDate start = today.addDays(-rng().bounded(20, 720));
        QDate current = start;
        if (start.addYears(1) <= today) {
            const QJsonObject first = lease(tenant, start, start.addYears(1).addDays(-1), rent);
            p.leases.append(first);
            payments(first);
            current = start.addYears(1);
        }
        const QJsonObject renewed = lease(tenant, current, current.addYears(1).addDays(-1),
                                          current == start ? rent : rent + rent / 20);
        p.leases.append(renewed);
        payments(renewed);
    }
};

} // namespace

void DemoPortfolio::fill(Portfolio &portfolio, const QDate &today)
{
    Builder b{portfolio, today};
    constexpr int kProperties = 36;
    for (int i = 0; i < kProperties; ++i)
        portfolio.properties.append(b.property(i));
    for (QJsonObject &property : portfolio.properties) {
        const int units = property.value(QStringLiteral("units_count")).toInt();
        const bool letting = property.value(QStringLiteral("status")).toString() != QLatin1String("inactive");
        int occupied = 0;
        for (int unit = 1; unit <= units; ++unit) {
            const QString unitName = QStringLiteral("%1-%2").arg(QChar(u'A' + (unit - 1) / 8)).arg(101 + (unit - 1) % 8);
            if (b.rng().bounded(4) == 0) { // a former tenant of the unit
                const QJsonObject former = b.tenant(property, unitName, false);
                portfolio.tenants.append(former);
                b.leases(former, false);
            }
            if (!letting || b.rng().bounded(10) < 2)
                continue; // vacant
            const QJsonObject current = b.tenant(property, unitName, true);
            portfolio.tenants.append(current);
            b.leases(current, true);
            ++occupied;
        }
        property.insert(QStringLiteral("occupied_units"), occupied);
    }
    portfolio.sortPayments();
}

} // namespace propertyos
