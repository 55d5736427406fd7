// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenIssuer.h"

#include "Totp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace emulator {

namespace {


Response oauthError(const QString &error, const QString &description = {})
{
    QJsonObject o{{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("error_description"), description);
    Response r = Response::ofJson(o, 400);
    r.setHeader("Cache-Control", "no-cache");
    return r;
}

QByteArray base64Url(const QByteArray &in)
{
    return in.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

TokenIssuer::TokenIssuer(quint32 seed, int accessLifetimeSeconds, const EmulatorClock &clock)
    : m_lifetime(accessLifetimeSeconds > 0 ? accessLifetimeSeconds : 3600), m_clock(clock), m_rng(seed)
{
    auto add = [this](qint64 uid, qint64 cid, const char *email, const char *name, const char *company) {
        Account a;
        a.userId = uid;
        a.coworkerId = cid;
        a.email = QString::fromLatin1(email);
        a.fullName = QString::fromUtf8(name);
        a.companyName = QString::fromUtf8(company);
        m_accounts.append(a);
        return m_accounts.size() - 1;
    };
    add(9001, 7001, "member@demo.test", "Marta Member", "Acme Studio");
    const int admin = add(9002, 7002, "admin@demo.test", "Adrián Admin", "Portal Desk Spaces");
    m_accounts[admin].isAdmin = true;
    const int totp = add(9003, 7003, "totp@demo.test", "Tomás Totp", "Secure Co");
    m_accounts[totp].twoFactor = true;
    const int reset = add(9004, 7004, "reset@demo.test", "Rita Reset", "");
    m_accounts[reset].mustResetPassword = true;
    const int contact = add(9005, 7005, "nostaff@demo.test", "Nico Nostaff", "");
    m_accounts[contact].isMember = false;
    // Every character a form body must encode: space, + & = % # and non-ASCII.
    const int symbols = add(9006, 7006, "symbols@demo.test", "Sam Symbols", "");
    m_accounts[symbols].password = QString::fromUtf8("p+ss w&rd=100%#ñ€");
}

QString TokenIssuer::randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (auto &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString TokenIssuer::makeAccessToken(const Account &account)
{
    // Opaque to clients, but JWT-looking like the real thing: header.payload.signature.
    const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QJsonObject payload{{QStringLiteral("sub"), account.email},
                              {QStringLiteral("jti"), randomHex(16)},
                              {QStringLiteral("iss"), QStringLiteral("nexudus-emulator")}};
    const QByteArray body = base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray sig = base64Url(QByteArray::fromHex(randomHex(32).toLatin1()));
    return QString::fromLatin1(header + '.' + body + '.' + sig);
}

Response TokenIssuer::grant(const Request &request)
{
    if (!request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        return oauthError(QStringLiteral("unsupported_grant_type"));
    QByteArray raw = request.body;
    raw.replace('+', "%20");
    const QUrlQuery form(QString::fromUtf8(raw));
    QHash<QString, QString> fields;
    for (const auto &item : form.queryItems(QUrl::FullyDecoded))
        fields.insert(item.first, item.second);
    const QString clientHeader = QString::fromUtf8(request.header("client_id"));
    const QString grantType = fields.value(QStringLiteral("grant_type"));
    if (grantType == QLatin1String("password"))
        return passwordGrant(fields, clientHeader);
    if (grantType == QLatin1String("refresh_token"))
        return refreshGrant(fields, clientHeader);
    return oauthError(QStringLiteral("unsupported_grant_type"));
}

Response TokenIssuer::passwordGrant(const QHash<QString, QString> &form, const QString &clientHeader)
{
    const QString username = form.value(QStringLiteral("username")).trimmed();
    int index = -1;
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).email.compare(username, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0 || form.value(QStringLiteral("password")) != m_accounts.at(index).password)
        return oauthError(QStringLiteral("invalid_grant"),
                          QStringLiteral("The user name or password is incorrect."));
    const Account &account = m_accounts.at(index);
    if (account.mustResetPassword) {
        return oauthError(QStringLiteral("must_reset_password"),
                          QStringLiteral("reset-") + randomHex(12));
    }
    if (account.twoFactor) {
        const QString code = form.value(QStringLiteral("totp"));
        const bool ok = code == QLatin1String(FixedTotpCode)
            || Totp::verify(QString::fromLatin1(TotpSecret), code,
                            m_clock.now().toSecsSinceEpoch());
        if (!ok)
            return oauthError(QStringLiteral("two_factor_auth_check"),
                              code.isEmpty() ? QStringLiteral("Two factor authentication code required.")
                                             : QStringLiteral("The two factor authentication code is not valid."));
    }
    return issue(index, clientHeader.isEmpty() ? account.email : clientHeader);
}

Response TokenIssuer::refreshGrant(const QHash<QString, QString> &form, const QString &clientHeader)
{
    const QString token = form.value(QStringLiteral("refresh_token"));
    const auto it = m_refresh.constFind(token);
    if (token.isEmpty() || it == m_refresh.constEnd())
        return oauthError(QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token is invalid, expired or has already been used."));
    const RefreshToken stored = it.value();
    const QString clientId = clientHeader.isEmpty() ? m_accounts.at(stored.account).email : clientHeader;
    if (stored.expires <= m_clock.now()) {
        m_refresh.remove(token);
        return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("The refresh token has expired."));
    }
    if (clientId != stored.clientId)
        return oauthError(QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token was issued to a different client_id."));
    m_refresh.remove(token); // rotation: a token is good for exactly one refresh
    return issue(stored.account, stored.clientId);
}

Response TokenIssuer::issue(int account, const QString &clientId)
{
    const QDateTime now = m_clock.now();
    // Issuing for a client_id invalidates that client's older refresh tokens (access tokens live on).
    for (auto it = m_refresh.begin(); it != m_refresh.end();) {
        if (it->account == account && it->clientId == clientId)
            it = m_refresh.erase(it);
        else
            ++it;
    }
    const QString access = makeAccessToken(m_accounts.at(account));
    const QString refresh = randomHex(16);
    m_access.insert(access, {account, now.addSecs(m_lifetime)});
    m_refresh.insert(refresh, {account, clientId, now.addDays(15)});
    Response r = Response::ofJson(QJsonObject{{QStringLiteral("access_token"), access},
                                              {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                              {QStringLiteral("expires_in"), m_lifetime},
                                              {QStringLiteral("refresh_token"), refresh}});
    r.setHeader("Cache-Control", "no-store");
    return r;
}

const Account *TokenIssuer::authenticate(const Request &request) const
{
    const QByteArray auth = request.header("authorization").trimmed();
    if (!auth.toLower().startsWith("bearer "))
        return nullptr;
    const QString token = QString::fromLatin1(auth.mid(7).trimmed());
    const auto it = m_access.constFind(token);
    if (it == m_access.constEnd() || it->expires <= m_clock.now())
        return nullptr;
    return &m_accounts.at(it->account);
}

void TokenIssuer::expireAccessTokens()
{
    const QDateTime past = m_clock.now().addSecs(-1);
    for (auto &t : m_access)
        t.expires = past;
}

void TokenIssuer::revokeRefreshTokens()
{
    m_refresh.clear();
}

} // namespace emulator
