// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountRegistry.h"
#include "TokenStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace auth {

class AccountSession;
class TokenPersistence;

//! Several spaces or accounts side by side: each account has its own session (API client, token,
//! language), restored from the keychain on demand; metadata lives in the AccountRegistry. The
//! only place that decides when tokens are stored or forgotten.
class AccountManager : public QObject
{
    Q_OBJECT
public:
    AccountManager(AccountRegistry *registry, TokenStore *store, QObject *parent = nullptr);
    ~AccountManager() override;

    AccountRegistry *registry() const { return m_registry; }
    //! The live session of an account, if it is signed in during this run.
    AccountSession *session(const QString &id) const;

    //! Takes over a freshly signed-in session. `remember` stores its tokens in the keychain and
    //! the account in the registry (false for the throwaway demo space). Returns the account id.
    QString adopt(AccountSession *session, bool remember = true);
    //! A Property OS account whose key the API accepted: listed in the registry, the key stored in
    //! the keychain only (notRemembered() when it cannot be). Returns the account id.
    QString adoptApiKey(const QUrl &apiUrl, const QString &apiKey);
    //! Signs an account in from the keychain; answers with restored() (apiKeyRestored() for a
    //! Property OS account) or restoreFailed().
    void restore(const QString &id);
    //! Forgets the tokens (keychain entry deleted) and ends the session; the account stays listed.
    void signOut(const QString &id);
    //! Signs out and removes the account from the list.
    void removeAccount(const QString &id);

Q_SIGNALS:
    void restored(const QString &id, auth::AccountSession *session);
    //! A Property OS account's key came back from the keychain.
    void apiKeyRestored(const QString &id, const QUrl &apiUrl, const QString &apiKey);
    //! No stored sign-in (NotFound), or the keychain is unavailable/denied: ask the person.
    void restoreFailed(const QString &id, auth::TokenStore::Status status);
    //! The keychain cannot keep this account's sign-in: it lasts for this run only.
    void notRemembered(const QString &id, auth::TokenStore::Status status);
    void signedOut(const QString &id);

private:
    void attach(const QString &id, AccountSession *session, bool remember);
    void restoreApiKey(const AccountInfo &account);

    AccountRegistry *m_registry;
    QPointer<TokenStore> m_store;
    QHash<QString, QPointer<AccountSession>> m_sessions;
};

} // namespace auth
