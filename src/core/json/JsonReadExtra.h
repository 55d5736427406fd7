// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringView>
#include <optional>

#include "json/JsonRead.h"

//! Readers the domain mapping needs beyond JsonRead.h, with the same forgiving contract: missing,
//! null or unreadable gives the fallback (or an empty optional), never a crash. The `as*` forms take a
//! value already found, for mappers that walk an object once (see FieldCollector.h).
namespace json {

//! A flag spelled many ways: true/false, 1/0, and "true"/"false"/"yes"/"no"/"1"/"0"/"on"/"off" in any
//! case. Anything else is "not said".
std::optional<bool> asOptionalBool(const QJsonValue &v);

std::optional<bool> readOptionalBool(const QJsonObject &o, QStringView key);
std::optional<qint64> readOptionalInt64(const QJsonObject &o, QStringView key);
//! "12, 13,x,14" -> {12, 13, 14}: the read-only comma-separated id strings (e.g. LinkedResourceIds).
QList<qint64> parseIdCsv(QStringView text);
//! The nested object at `key`, or an empty object when absent or not an object.
QJsonObject readObject(const QJsonObject &o, QStringView key);

} // namespace json
