// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringView>
#include <optional>

//! Small writers so toJson() mirrors the server's shapes: an empty optional becomes JSON null, as the
//! API itself writes "no limit", and dates go out in ISO 8601 with the digits untouched.
namespace json::write {

template<typename T>
void putOptional(QJsonObject &o, QStringView key, const std::optional<T> &value)
{
    o.insert(key, value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null));
}

inline void putIds(QJsonObject &o, QStringView key, const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(double(id));
    o.insert(key, array);
}

inline void putDateTime(QJsonObject &o, QStringView key, const QDateTime &value)
{
    o.insert(key, value.isValid() ? QJsonValue(value.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null));
}

//! Empty strings go out as null, like the server's own records.
inline void putString(QJsonObject &o, QStringView key, const QString &value)
{
    o.insert(key, value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
}

} // namespace json::write
