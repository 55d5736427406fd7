// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

//! Forgiving readers for server JSON: a missing, null or wrong-typed field gives the fallback,
//! never an exception or a crash. Numbers sent as strings ("12") are accepted.
namespace json {

// Readers of one value; the object readers below apply them to `o.value(key)`.
QString asString(const QJsonValue &v);                 //!< strings; numbers as text; else empty
int asInt(const QJsonValue &v, int fallback = 0);
qint64 asInt64(const QJsonValue &v, qint64 fallback = 0);
std::optional<int> asOptionalInt(const QJsonValue &v);  //!< rounded
std::optional<qint64> asOptionalInt64(const QJsonValue &v);
std::optional<double> asOptionalDouble(const QJsonValue &v);
QList<qint64> asIdList(const QJsonValue &v);           //!< an array of numbers or numeric strings
//! ISO 8601, with a fast path for the common forms; `wallClock` as for readDateTime().
QDateTime asDateTime(const QJsonValue &v, bool wallClock = false);

QString readString(const QJsonObject &o, QStringView key, const QString &fallback = {});
int readInt(const QJsonObject &o, QStringView key, int fallback = 0);
qint64 readInt64(const QJsonObject &o, QStringView key, qint64 fallback = 0);
bool readBool(const QJsonObject &o, QStringView key, bool fallback = false);
std::optional<int> readOptionalInt(const QJsonObject &o, QStringView key);
std::optional<double> readOptionalDouble(const QJsonObject &o, QStringView key);
QList<qint64> readIdList(const QJsonObject &o, QStringView key);
//! ISO 8601. With `wallClock`, the value is the space's wall-clock time (portal routes add a literal Z
//! that means nothing): the digits are kept and carried in a Qt::UTC QDateTime that is never converted.
QDateTime readDateTime(const QJsonObject &o, QStringView key, bool wallClock = false);

} // namespace json
