// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthService.h"
#include "clock/Clock.h"

#include "Logging.h"

#include <algorithm>
#include "api/ApiClient.h"
#include "json/JsonRead.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace auth {

namespace {
const QString tokenPath = QStringLiteral("/api/token");
} // namespace

QString SignInError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidCredentials:
        return QCoreApplication::translate("auth::SignInError", "The e-mail or password is not correct.");
    case Kind::TwoFactorRequired:
        return QCoreApplication::translate("auth::SignInError", "Enter the code from your authenticator app.");
    case Kind::MustResetPassword:
        return QCoreApplication::translate("auth::SignInError", "You need to set a new password on the space's website first.");
    case Kind::Network:
    case Kind::Throttled:
    case Kind::Server:
    case Kind::Other:
        return apiError.message();
    }
    return {};
}

SignInError SignInError::fromApiError(const api::ApiError &error)
{
    SignInError result;
    result.apiError = error;
    using K = api::ApiError::Kind;
    const QString code = error.errorCode();
    if (code == u"invalid_grant")
        result.kind = Kind::InvalidCredentials;
    else if (code == u"two_factor_auth_check")
        result.kind = Kind::TwoFactorRequired;
    else if (code == u"must_reset_password") {
        result.kind = Kind::MustResetPassword;
        result.resetToken = error.serverMessage();
    } else if (error.kind() == K::Network || error.kind() == K::Timeout)
        result.kind = Kind::Network;
    else if (error.kind() == K::Throttled)
        result.kind = Kind::Throttled;
    else if (error.kind() == K::Server)
        result.kind = Kind::Server;
    else
        result.kind = Kind::Other;
    return result;
}

AuthService::AuthService(api::ApiClient *client, QObject *parent) : api::Authenticator(parent), m_client(client)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AuthService::renewAccessToken);
    client->setAuthenticator(this);
}

QString AuthService::clientId() const
{
    return u"portaldesk." + m_email;
}

void AuthService::signIn(const QString &email, const QString &password, const QString &totp)
{
    m_email = email.trimmed().toLower();
    api::ApiClient::FormFields form{{QStringLiteral("grant_type"), QStringLiteral("password")},
                                    {QStringLiteral("username"), m_email},
                                    {QStringLiteral("password"), password}};
    if (!totp.isEmpty())
        form.append({QStringLiteral("totp"), totp.trimmed()});
    requestTokens(form, false);
}

void AuthService::restore(const QString &email, const TokenSet &tokens)
{
    m_email = email.trimmed().toLower();
    m_tokens = tokens;
    scheduleRefresh();
}

void AuthService::signOut()
{
    m_refreshTimer.stop();
    m_tokens = {};
    Q_EMIT signedOut();
}

void AuthService::renewAccessToken()
{
    if (m_refreshing)
        return;
    if (m_tokens.refreshToken.isEmpty()) {
        Q_EMIT renewalFailed(api::ApiError(api::ApiError::Kind::Unauthorized, 401));
        Q_EMIT signInRequired();
        return;
    }
    m_refreshing = true;
    const api::ApiClient::FormFields form{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                          {QStringLiteral("refresh_token"), m_tokens.refreshToken}};
    requestTokens(form, true);
}

void AuthService::requestTokens(const api::ApiClient::FormFields &form, bool isRefresh)
{
    if (!m_client)
        return;
    auto *request = m_client->postForm(tokenPath, form, {{"client_id", clientId().toUtf8()}});
    connect(request, &api::JsonRequest::jsonReceived, this, [this, isRefresh](const QJsonDocument &doc) {
        acceptTokens(doc.object(), isRefresh);
    });
    connect(request, &api::ApiRequest::failed, this, [this, isRefresh](const api::ApiError &error) {
        if (!isRefresh) {
            qCInfo(lcAuth) << "Sign-in refused:" << error.errorCode();
            Q_EMIT signInFailed(SignInError::fromApiError(error));
            return;
        }
        m_refreshing = false;
        if (error.isTransient()) {
            qCInfo(lcAuth) << "Token refresh could not reach the space; keeping the session";
            Q_EMIT renewalFailed(error);
            return;
        }
        qCInfo(lcAuth) << "Token refresh refused:" << error.errorCode() << "- sign-in required";
        m_tokens = {};
        m_refreshTimer.stop();
        Q_EMIT tokensChanged(m_tokens);
        Q_EMIT renewalFailed(error);
        Q_EMIT signInRequired();
    });
}

void AuthService::acceptTokens(const QJsonObject &answer, bool isRefresh)
{
    TokenSet tokens;
    tokens.accessToken = json::readString(answer, u"access_token");
    tokens.refreshToken = json::readString(answer, u"refresh_token");
    const qint64 expiresIn = json::readInt64(answer, u"expires_in", 0);
    tokens.expiresAt = core::Clock::nowUtc().addSecs(expiresIn);
    if (tokens.accessToken.isEmpty()) {
        const api::ApiError error(api::ApiError::Kind::BadPayload, 200, QStringLiteral("no access_token"));
        if (isRefresh) {
            m_refreshing = false;
            Q_EMIT renewalFailed(error);
        } else {
            Q_EMIT signInFailed(SignInError::fromApiError(error));
        }
        return;
    }
    m_tokens = tokens;
    m_refreshing = false;
    scheduleRefresh();
    qCInfo(lcAuth) << (isRefresh ? "Access token renewed" : "Signed in") << "; valid for" << expiresIn << "s";
    Q_EMIT tokensChanged(m_tokens);
    if (isRefresh)
        Q_EMIT accessTokenRenewed();
    else
        Q_EMIT signedIn();
}

void AuthService::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (m_tokens.refreshToken.isEmpty() || !m_tokens.expiresAt.isValid())
        return;
    const qint64 remaining = core::Clock::nowUtc().msecsTo(m_tokens.expiresAt);
    // Renew a little before expiry: a tenth of the lifetime, at most two minutes, unless set.
    const qint64 margin = m_refreshMarginMs >= 0 ? m_refreshMarginMs : qMin<qint64>(remaining / 10, 120000);
    const qint64 wait = std::clamp<qint64>(remaining - margin, 0, 24LL * 3600 * 1000);
    m_refreshTimer.start(int(wait));
}

} // namespace auth
