// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

//! Forgiving readers for server JSON: a missing, null or wrong-typed field gives the fallback,
//! never an exception or a crash. Numbers sent as strings ("12") are accepted.
namespace json {

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
