// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TokenStore.h"

#include <QObject>
#include <QPointer>

namespace auth {

class AuthService;

//! Keeps an account's keychain entry in step with its AuthService: every new token set (sign-in and
//! each rotation on refresh) is written back, and a cleared set deletes the entry. When the keychain
//! cannot be used it says so once; the session then simply lives in memory until the app quits.
class TokenPersistence : public QObject
{
    Q_OBJECT
public:
    TokenPersistence(AuthService *auth, TokenStore *store, AccountKey account, QObject *parent = nullptr);

    bool isRemembered() const { return m_remembered; }

Q_SIGNALS:
    //! The keychain refused or is missing: sign-in will not be remembered after this session.
    void keychainUnavailable(auth::TokenStore::Status status);

private:
    void onTokensChanged(const TokenSet &tokens);

    QPointer<TokenStore> m_store;
    AccountKey m_account;
    bool m_remembered = false;
    bool m_warned = false;
};

} // namespace auth
