// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonRead.h"

#include <QJsonArray>

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

// Reads `count` digits at `pos`; -1 when any is not a digit or the text is too short.
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY-MM-DDTHH:MM[:SS[.fff...]]" then nothing, "Z" or "±HH:MM". Anything else: nullopt, and the caller
// falls back to QDateTime::fromString, so odd forms still read exactly as before.
std::optional<QDateTime> parseIsoFast(QStringView s, bool wallClock)
{
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || s[4] != u'-' || s[7] != u'-'
        || s[10] != u'T' || s[13] != u':')
        return std::nullopt;
    qsizetype pos = 16;
    int second = 0, msec = 0;
    if (pos < s.size() && s[pos] == u':') {
        if ((second = digits(s, pos + 1, 2)) < 0)
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && s[pos] == u'.') {
            int scale = 100, fractionDigits = 0;
            for (++pos; pos < s.size() && s[pos].isDigit(); ++pos, ++fractionDigits) {
                msec += (s[pos].unicode() - u'0') * scale;
                scale /= 10;
            }
            if (fractionDigits == 0 || fractionDigits > 3) // let Qt decide how it rounds longer fractions
                return std::nullopt;
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QStringView zone = s.mid(pos);
    if (wallClock || zone == u"Z")
        return QDateTime(date, time, Qt::UTC); // wall clock: the digits, in a neutral carrier
    if (zone.isEmpty())
        return QDateTime(date, time, Qt::LocalTime);
    const int zoneHours = digits(zone, 1, 2), zoneMinutes = digits(zone, 4, 2);
    if (zone.size() != 6 || (zone[0] != u'+' && zone[0] != u'-') || zone[3] != u':' || zoneHours < 0
        || zoneMinutes < 0)
        return std::nullopt;
    const int offset = (zoneHours * 3600 + zoneMinutes * 60) * (zone[0] == u'-' ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}
} // namespace

QString asString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

int asInt(const QJsonValue &v, int fallback)
{
    const auto n = toNumber(v);
    if (!n || !std::isfinite(*n) || *n > std::numeric_limits<int>::max() || *n < std::numeric_limits<int>::min())
        return fallback;
    return int(*n);
}

qint64 asInt64(const QJsonValue &v, qint64 fallback)
{
    return asOptionalInt64(v).value_or(fallback);
}

std::optional<int> asOptionalInt(const QJsonValue &v)
{
    const auto n = toNumber(v);
    if (!n || !std::isfinite(*n) || std::fabs(*n) > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(std::lround(*n));
}

std::optional<qint64> asOptionalInt64(const QJsonValue &v)
{
    const auto n = toNumber(v);
    // Beyond 2^53 a double no longer holds every integer: an id there is not an id we can trust.
    if (!n || !std::isfinite(*n) || std::fabs(*n) > 9.0e15)
        return std::nullopt;
    return qint64(*n);
}

std::optional<double> asOptionalDouble(const QJsonValue &v)
{
    const auto n = toNumber(v);
    if (!n || !std::isfinite(*n))
        return std::nullopt;
    return n;
}

QList<qint64> asIdList(const QJsonValue &v)
{
    QList<qint64> ids;
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

QDateTime asDateTime(const QJsonValue &v, bool wallClock)
{
    if (!v.isString())
        return {};
    QString text = v.toString().trimmed();
    if (text.isEmpty())
        return {};
    if (const auto fast = parseIsoFast(text, wallClock))
        return *fast;
    if (wallClock && text.endsWith(u'Z'))
        text.chop(1); // portal routes write the space's wall-clock time with a literal Z
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (wallClock && dt.isValid())
        dt.setTimeSpec(Qt::UTC);
    return dt;
}

QString readString(const QJsonObject &o, QStringView key, const QString &fallback)
{
    const QJsonValue v = o.value(key);
    return (v.isString() || v.isDouble()) ? asString(v) : fallback;
}

int readInt(const QJsonObject &o, QStringView key, int fallback)
{
    return asInt(o.value(key), fallback);
}

qint64 readInt64(const QJsonObject &o, QStringView key, qint64 fallback)
{
    return asInt64(o.value(key), fallback);
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
    return asOptionalInt(o.value(key));
}

std::optional<double> readOptionalDouble(const QJsonObject &o, QStringView key)
{
    return asOptionalDouble(o.value(key));
}

QList<qint64> readIdList(const QJsonObject &o, QStringView key)
{
    return asIdList(o.value(key));
}

QDateTime readDateTime(const QJsonObject &o, QStringView key, bool wallClock)
{
    return asDateTime(o.value(key), wallClock);
}

} // namespace json
