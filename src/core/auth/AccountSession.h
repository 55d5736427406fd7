// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

namespace api {
class ApiClient;
}

namespace auth {

class AuthService;

//! One signed-in account on one space: its own API client (and network manager, throttle, language)
//! and its own auth service. Accounts never share these, so tokens and data cannot cross over.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    AccountSession(const QUrl &spaceUrl, const QString &email, QObject *parent = nullptr);
    ~AccountSession() override;

    QUrl spaceUrl() const { return m_spaceUrl; }
    QString email() const { return m_email; }
    api::ApiClient *api() const { return m_api; }
    AuthService *auth() const { return m_auth; }
    //! The language of the API's localized routes (`/{lang}/…`), the UI's.
    void setLanguage(const QString &code);

private:
    QUrl m_spaceUrl;
    QString m_email;
    api::ApiClient *m_api;
    AuthService *m_auth;
};

} // namespace auth
