// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmulatorClock.h"
#include "HttpTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace emulator {

// A demo sign-in account (every password is "demo" but symbols@demo.test's, see docs/emulator.md).
struct Account
{
    qint64 userId = 0;
    qint64 coworkerId = 0;
    QString email;
    QString fullName;
    QString companyName;
    bool isAdmin = false;       // full unrestricted administrator
    bool isMember = true;       // false = a contact (no plan)
    bool twoFactor = false;
    bool mustResetPassword = false;
    int coworkerType = 1;       // 1 Individual, 2 Company
    QString password = QStringLiteral("demo");
};

// The OAuth-style token endpoint: password and refresh grants, bearer validation, rotation.
class TokenIssuer
{
public:
    static constexpr auto TotpSecret = "JBSWY3DPEHPK3PXP";   // base32, documented in docs/emulator.md
    static constexpr auto FixedTotpCode = "123456";          // accepted as well, for tests

    TokenIssuer(quint32 seed, int accessLifetimeSeconds, const EmulatorClock &clock);

    const QList<Account> &accounts() const { return m_accounts; }

    // POST /api/token (already known to be a POST).
    Response grant(const Request &request);

    // The account behind "Authorization: Bearer ..." when valid and unexpired, else nullptr.
    const Account *authenticate(const Request &request) const;

    void expireAccessTokens();
    void revokeRefreshTokens();

private:
    struct AccessToken { int account; QDateTime expires; };
    struct RefreshToken { int account; QString clientId; QDateTime expires; };

    Response issue(int account, const QString &clientId);
    Response passwordGrant(const QHash<QString, QString> &form, const QString &clientHeader);
    Response refreshGrant(const QHash<QString, QString> &form, const QString &clientHeader);
    QString randomHex(int bytes);
    QString makeAccessToken(const Account &account);

    QList<Account> m_accounts;
    int m_lifetime;
    const EmulatorClock &m_clock;
    QRandomGenerator m_rng;
    QHash<QString, AccessToken> m_access;
    QHash<QString, RefreshToken> m_refresh;
};

} // namespace emulator
