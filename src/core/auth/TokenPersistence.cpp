// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenPersistence.h"

#include "AuthService.h"
#include "Logging.h"

namespace auth {

TokenPersistence::TokenPersistence(AuthService *auth, TokenStore *store, AccountKey account, QObject *parent)
    : QObject(parent), m_store(store), m_account(std::move(account))
{
    connect(auth, &AuthService::tokensChanged, this, &TokenPersistence::onTokensChanged);
    connect(store, &TokenStore::saved, this, [this](const AccountKey &key, TokenStore::Status status) {
        if (!(key == m_account))
            return;
        m_remembered = status == TokenStore::Status::Ok;
        if (!m_remembered && !m_warned) {
            m_warned = true;
            qCWarning(lcAuth) << "Keychain unavailable; the session will not be remembered";
            Q_EMIT keychainUnavailable(status);
        }
    });
}

void TokenPersistence::onTokensChanged(const TokenSet &tokens)
{
    if (!m_store)
        return;
    if (tokens.isEmpty())
        m_store->remove(m_account);
    else
        m_store->save(m_account, tokens);
}

} // namespace auth
