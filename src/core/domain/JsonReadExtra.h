// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringView>
#include <optional>

//! Readers the domain mapping needs beyond api/JsonRead.h, with the same forgiving contract: missing,
//! null or unreadable gives the fallback (or an empty optional), never a crash. The `as*` forms take a
//! value already found, for mappers that walk an object once (see FieldCollector.h); they read exactly
//! like their json::read* namesakes, numbers sent as strings included.
namespace domain::jsonread {

QString asString(const QJsonValue &v);                 //!< strings; numbers as text; else null
int asInt(const QJsonValue &v, int fallback = 0);
qint64 asInt64(const QJsonValue &v, qint64 fallback = 0);
std::optional<int> asOptionalInt(const QJsonValue &v);  //!< rounded, like json::readOptionalInt
std::optional<qint64> asOptionalInt64(const QJsonValue &v);
std::optional<double> asOptionalDouble(const QJsonValue &v);
//! A flag spelled many ways: true/false, 1/0, and "true"/"false"/"yes"/"no"/"1"/"0"/"on"/"off" in any
//! case. Anything else is "not said".
std::optional<bool> asOptionalBool(const QJsonValue &v);
QList<qint64> asIdList(const QJsonValue &v);           //!< an array of numbers or numeric strings
//! Same results as json::readDateTime, with a fast path for the plain ISO 8601 forms the API sends
//! (QDateTime::fromString costs microseconds per call, which dominated resource mapping).
QDateTime asDateTime(const QJsonValue &v, bool wallClock = false);

std::optional<bool> readOptionalBool(const QJsonObject &o, QStringView key);
std::optional<qint64> readOptionalInt64(const QJsonObject &o, QStringView key);
//! "12, 13,x,14" -> {12, 13, 14}: the read-only comma-separated id strings (e.g. LinkedResourceIds).
QList<qint64> parseIdCsv(QStringView text);
//! The nested object at `key`, or an empty object when absent or not an object.
QJsonObject readObject(const QJsonObject &o, QStringView key);

} // namespace domain::jsonread
