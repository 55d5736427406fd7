// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingRate.h"

#include <QJsonValue>

namespace domain {

namespace {
qint64 idOf(const QJsonValue &v)
{
    return v.isDouble() ? v.toInteger() : 0;
}
} // namespace

BookingRate BookingRate::fromJson(const QJsonObject &o)
{
    BookingRate r;
    r.id = idOf(o.value(QLatin1String("Id")));
    r.businessId = idOf(o.value(QLatin1String("BusinessId")));
    r.resourceTypeId = idOf(o.value(QLatin1String("ResourceTypeId")));
    r.name = o.value(QLatin1String("Name")).toString();
    r.price = o.value(QLatin1String("Price")).toDouble();
    r.chargePeriod = o.value(QLatin1String("ChargePeriod")).toInt();
    r.priceFormatted = o.value(QLatin1String("PriceFormatted")).toString();
    return r;
}

QJsonObject BookingRate::toJson() const
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("BusinessId"), businessId},
            {QStringLiteral("ResourceTypeId"), resourceTypeId},
            {QStringLiteral("Name"), name},
            {QStringLiteral("Price"), price},
            {QStringLiteral("ChargePeriod"), chargePeriod},
            {QStringLiteral("PriceFormatted"), priceFormatted}};
}

} // namespace domain
