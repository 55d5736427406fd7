// SPDX-License-Identifier: GPL-3.0-or-later
#include "Table.h"

#include <QTimeZone>

#include <cmath>

namespace emulator {

int Table::fieldIndex(QStringView name) const
{
    for (int i = 0; i < fieldCount(); ++i) {
        if (name.compare(fieldName(i), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

namespace codec {

QJsonValue toJson(bool v) { return v; }
QJsonValue toJson(int v) { return v; }
QJsonValue toJson(qint64 v) { return v; }
QJsonValue toJson(double v) { return v; }
QJsonValue toJson(const QString &v) { return v.isNull() ? QJsonValue() : QJsonValue(v); }
QJsonValue toJson(const QDateTime &v) { return v.isValid() ? QJsonValue(formatDate(v)) : QJsonValue(); }
QJsonValue toJson(const QList<qint64> &v)
{
    QJsonArray a;
    for (qint64 id : v)
        a.append(id);
    return a;
}

bool fromJson(const QJsonValue &j, bool &out)
{
    if (j.isNull() || j.isUndefined()) { out = false; return true; }
    if (!j.isBool()) return false;
    out = j.toBool();
    return true;
}

bool fromJson(const QJsonValue &j, double &out)
{
    if (j.isNull() || j.isUndefined()) { out = 0; return true; }
    if (!j.isDouble()) return false;
    out = j.toDouble();
    return true;
}

bool fromJson(const QJsonValue &j, qint64 &out)
{
    double d = 0;
    if (!fromJson(j, d) || std::trunc(d) != d) return false;
    out = qint64(d);
    return true;
}

bool fromJson(const QJsonValue &j, int &out)
{
    qint64 v = 0;
    if (!fromJson(j, v) || v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        return false;
    out = int(v);
    return true;
}

bool fromJson(const QJsonValue &j, QString &out)
{
    if (j.isNull() || j.isUndefined()) { out = QString(); return true; }
    if (!j.isString()) return false;
    out = j.toString();
    return true;
}

bool fromJson(const QJsonValue &j, QDateTime &out)
{
    if (j.isNull() || j.isUndefined()) { out = QDateTime(); return true; }
    if (!j.isString()) return false;
    out = parseDate(j.toString());
    return out.isValid();
}

bool fromJson(const QJsonValue &j, QList<qint64> &out)
{
    out.clear();
    if (j.isNull() || j.isUndefined()) return true;
    if (!j.isArray()) return false;
    for (const QJsonValue &v : j.toArray()) {
        qint64 id = 0;
        if (!fromJson(v, id)) return false;
        out.append(id);
    }
    return true;
}

QDateTime parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!dt.isValid())
        dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // wall-clock text without offset is stored verbatim
    return dt.toUTC();
}

QString formatDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

} // namespace codec
} // namespace emulator
