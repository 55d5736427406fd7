// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TokenStore.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QSettings;

namespace auth {

//! What the app remembers about an account. No secrets: those live in the keychain only.
struct AccountInfo {
    //! A Nexudus space (e-mail and tokens) or a NEXUS Property OS account (an API key).
    enum class Kind { Nexudus, PropertyOs };

    QString id;          //!< stable key, `<email>@<host[:port]>`
    QUrl spaceUrl;
    QString email;
    QString displayName; //!< what the switcher shows; the person may rename it
    QString language;    //!< two-letter code used for UI and `/{lang}/` routes
    Kind kind = Kind::Nexudus;

    AccountKey key() const { return AccountKey{hostKey(spaceUrl), email}; }
    //! A Property OS account has no person: its id and keychain entry use this in the e-mail's place.
    static QString propertyOsUser() { return QStringLiteral("property-os"); }
    static QString hostKey(const QUrl &url);
    static QString makeId(const QUrl &spaceUrl, const QString &email);
};

//! The list of accounts, kept in QSettings (group "accounts"), in the order the person added them.
class AccountRegistry : public QObject
{
    Q_OBJECT
public:
    //! `settings` may be null: then the application's default QSettings is used.
    explicit AccountRegistry(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~AccountRegistry() override;

    QList<AccountInfo> accounts() const { return m_accounts; }
    std::optional<AccountInfo> find(const QString &id) const;
    //! Adds or updates (same space and e-mail) an account; returns its id.
    QString add(const QUrl &spaceUrl, const QString &email, const QString &displayName = {},
                AccountInfo::Kind kind = AccountInfo::Kind::Nexudus);
    bool rename(const QString &id, const QString &displayName);
    bool setLanguage(const QString &id, const QString &language);
    bool remove(const QString &id);
    QString lastUsedId() const { return m_lastUsedId; }
    void setLastUsed(const QString &id);

Q_SIGNALS:
    void accountsChanged();

private:
    void load();
    void save();

    QSettings *m_settings;
    bool m_ownsSettings = false;
    QList<AccountInfo> m_accounts;
    QString m_lastUsedId;
};

} // namespace auth
