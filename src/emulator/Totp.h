// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace emulator {

// RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s steps) with an RFC 4648 base32 secret.
namespace Totp {
QByteArray decodeBase32(const QString &secret);
QString code(const QByteArray &key, qint64 unixSeconds);
// True when `candidate` matches the code of the current step or one step either side.
bool verify(const QString &base32Secret, const QString &candidate, qint64 unixSeconds);
}

} // namespace emulator
