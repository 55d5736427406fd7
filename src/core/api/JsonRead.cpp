// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonRead.h"

#include <cmath>
#include <limits>

namespace json {

namespace {
std::optional<double> toNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}
} // namespace

QString readString(const QJsonObject &o, QStringView key, const QString &fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return fallback;
}

int readInt(const QJsonObject &o, QStringView key, int fallback)
{
    const auto n = toNumber(o.value(key));
    if (!n || !std::isfinite(*n) || *n > std::numeric_limits<int>::max() || *n < std::numeric_limits<int>::min())
        return fallback;
    return int(*n);
}

qint64 readInt64(const QJsonObject &o, QStringView key, qint64 fallback)
{
    const auto n = toNumber(o.value(key));
    if (!n || !std::isfinite(*n) || std::fabs(*n) > 9.0e15)
        return fallback;
    return qint64(*n);
}

bool readBool(const QJsonObject &o, QStringView key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == u"true")
            return true;
        if (s == u"false")
            return false;
    }
    return fallback;
}

std::optional<int> readOptionalInt(const QJsonObject &o, QStringView key)
{
    const auto n = toNumber(o.value(key));
    if (!n || !std::isfinite(*n) || std::fabs(*n) > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(std::lround(*n));
}

std::optional<double> readOptionalDouble(const QJsonObject &o, QStringView key)
{
    const auto n = toNumber(o.value(key));
    if (!n || !std::isfinite(*n))
        return std::nullopt;
    return n;
}

QList<qint64> readIdList(const QJsonObject &o, QStringView key)
{
    QList<qint64> ids;
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return ids;
    const QJsonArray array = v.toArray();
    ids.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (const auto n = toNumber(item))
            ids.append(qint64(*n));
    }
    return ids;
}

QDateTime readDateTime(const QJsonObject &o, QStringView key, bool wallClock)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return {};
    QString text = v.toString().trimmed();
    if (text.isEmpty())
        return {};
    if (wallClock && text.endsWith(u'Z'))
        text.chop(1); // portal routes write the space's wall-clock time with a literal Z
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (wallClock && dt.isValid())
        dt.setTimeSpec(Qt::UTC); // a neutral carrier: the digits are the space's wall clock, never converted
    return dt;
}

} // namespace json
