// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TokenSet.h"

#include <QObject>
#include <QString>

namespace auth {

//! Which account a keychain entry belongs to: a space (host) and an e-mail.
struct AccountKey {
    QString host;
    QString email;

    //! `<email>@<host>`: the key prefix of this account's entries.
    QString prefix() const { return email.toLower() + u'@' + host.toLower(); }
    bool operator==(const AccountKey &other) const { return prefix() == other.prefix(); }
};

//! The only code that talks to the OS keychain (QtKeychain). Each account has three entries holding
//! bare strings (access token, refresh token, expiry), never one JSON blob: some backends limit the
//! size of a secret. A Property OS account has one entry instead, its API key. There is no plaintext fallback: when no keychain is there, callers are told so.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,    //!< nothing stored for this account
        Unavailable, //!< no keychain service (no Secret Service on the session bus, ...)
        Denied,      //!< the person or the system refused access
        Failed,      //!< anything else
    };
    Q_ENUM(Status)

    explicit TokenStore(QString service = defaultService(), QObject *parent = nullptr);

    static QString defaultService() { return QStringLiteral("io.github.portaldesk.PortalDesk"); }

    // Each call answers asynchronously with the matching signal, exactly once.
    void save(const AccountKey &account, const TokenSet &tokens);
    void load(const AccountKey &account);
    //! Removes every entry of the account: its tokens and its API key.
    void remove(const AccountKey &account);
    //! A Property OS account's API key: one entry of its own (a fixed key, nothing to rotate).
    void saveApiKey(const AccountKey &account, const QString &apiKey);
    void loadApiKey(const AccountKey &account);

Q_SIGNALS:
    void saved(const auth::AccountKey &account, auth::TokenStore::Status status);
    void loaded(const auth::AccountKey &account, const auth::TokenSet &tokens, auth::TokenStore::Status status);
    void removed(const auth::AccountKey &account, auth::TokenStore::Status status);
    void apiKeySaved(const auth::AccountKey &account, auth::TokenStore::Status status);
    void apiKeyLoaded(const auth::AccountKey &account, const QString &apiKey, auth::TokenStore::Status status);

private:
    QString m_service;
};

} // namespace auth

Q_DECLARE_METATYPE(auth::AccountKey)
