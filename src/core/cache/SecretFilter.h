// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace cache {

//! Keeps secrets out of the offline copy: any key that names a token, a secret or a password (any
//! case, at any depth: SecretKey, ZoomAccessToken, ZoomRefreshToken...) is dropped before a record
//! is written.
class SecretFilter
{
public:
    //! Whether `key` contains "token", "secret" or "password", ignoring ASCII case.
    static bool namesASecret(QStringView key);
    //! Whether any key at any depth names a secret (read only: nothing is copied).
    static bool holdsSecret(const QJsonValue &value);
    //! `json` without the keys that name a secret, at any depth (no copy when it holds none).
    static QJsonObject withoutSecrets(const QJsonObject &json);

private:
    //! Removes secrets in place; false when there was nothing to remove.
    static bool strip(QJsonObject &object);
    static bool strip(QJsonValue &value);
};

} // namespace cache
