// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace auth {

//! What the token endpoint hands out. Lives in memory and in the OS keychain, nowhere else.
struct TokenSet {
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; //!< UTC

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    bool isExpired(const QDateTime &nowUtc) const { return !expiresAt.isValid() || nowUtc >= expiresAt; }
};

} // namespace auth

Q_DECLARE_METATYPE(auth::TokenSet)
