// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSession.h"

#include "AuthService.h"
#include "api/ApiClient.h"

namespace auth {

AccountSession::AccountSession(const QUrl &spaceUrl, const QString &email, QObject *parent)
    : QObject(parent), m_spaceUrl(spaceUrl), m_email(email.trimmed().toLower()), m_api(new api::ApiClient(this)),
      m_auth(new AuthService(m_api, this))
{
    m_api->setBaseUrl(spaceUrl);
}

AccountSession::~AccountSession() = default;

void AccountSession::setLanguage(const QString &code)
{
    m_api->setLanguage(code);
}

} // namespace auth
