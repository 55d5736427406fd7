// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesRules.h"

#include "BookingRoutes.h"
#include "Entities.h"

namespace emulator::series {

QJsonObject repeatFields(const QJsonObject &booking)
{
    QJsonObject fields;
    for (auto it = booking.constBegin(); it != booking.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("Repeat"), Qt::CaseInsensitive))
            fields.insert(it.key(), it.value());
    }
    return fields;
}

QString refusal(const ResourceRec &resource, const QList<BookingRec> &bookings, const QString &seriesId, const QDateTime &from)
{
    if (seriesId.isEmpty())
        return {};
    int booked = 0;
    QDateTime first = from;
    for (const BookingRec &b : bookings) {
        if (b.cancelled || b.seriesId.compare(seriesId, Qt::CaseInsensitive) != 0)
            continue;
        ++booked;
        first = qMin(first, b.from);
    }
    // 0 or nothing: no limit, as for the other limits of a resource.
    if (const int most = resource.RepeatBookingQuantityLimit.value_or(0); most > 0 && booked >= most)
        return QStringLiteral("This resource can only be booked %1 times in one series.").arg(most);
    if (const int months = resource.RepeatBookingPeriodLimitInMonths.value_or(0); months > 0 && from.date() > first.date().addMonths(months))
        return QStringLiteral("A series of this resource can only span %1 months.").arg(months);
    return {};
}

} // namespace emulator::series
