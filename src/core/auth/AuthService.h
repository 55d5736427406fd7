// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TokenSet.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/Authenticator.h"

#include <QPointer>
#include <QTimer>

namespace api {
class ApiClient;
}

namespace auth {

//! Why a sign-in failed, in terms the sign-in dialog can act on.
struct SignInError {
    enum class Kind { None, InvalidCredentials, TwoFactorRequired, MustResetPassword, Network, Throttled, Server, Other };
    Kind kind = Kind::None;
    QString resetToken; //!< with MustResetPassword
    api::ApiError apiError;

    QString message() const;
    static SignInError fromApiError(const api::ApiError &error);
};

//! Password and refresh grants on `POST /api/token`. Renews the access token before it expires and
//! once after a 401; refresh tokens rotate, and every new set is announced through tokensChanged()
//! (the keychain store listens). When renewal is refused, it asks for sign-in.
class AuthService : public api::Authenticator
{
    Q_OBJECT
public:
    explicit AuthService(api::ApiClient *client, QObject *parent = nullptr);

    void signIn(const QString &email, const QString &password, const QString &totp = {});
    //! Restores a session (e.g. from the keychain) for `email`.
    void restore(const QString &email, const TokenSet &tokens);
    void signOut();

    QString email() const { return m_email; }
    //! Sent as the `client_id` header on every grant: the refresh grant must repeat it exactly.
    QString clientId() const;
    TokenSet tokens() const { return m_tokens; }
    bool isSignedIn() const { return !m_tokens.accessToken.isEmpty(); }
    //! How long before expiry the token is refreshed.
    void setRefreshMarginMs(qint64 ms) { m_refreshMarginMs = ms; }

    QString accessToken() const override { return m_tokens.accessToken; }
    void renewAccessToken() override;

Q_SIGNALS:
    void signedIn();
    void signInFailed(const auth::SignInError &error);
    void tokensChanged(const auth::TokenSet &tokens);
    void signInRequired();
    void signedOut();

private:
    void requestTokens(const api::ApiClient::FormFields &form, bool isRefresh);
    void acceptTokens(const QJsonObject &answer, bool isRefresh);
    void scheduleRefresh();

    QPointer<api::ApiClient> m_client;
    QString m_email;
    TokenSet m_tokens;
    QTimer m_refreshTimer;
    qint64 m_refreshMarginMs = -1;
    bool m_refreshing = false;
};

} // namespace auth
Q_DECLARE_METATYPE(auth::SignInError)
