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
    return r;
}

} // namespace domain
