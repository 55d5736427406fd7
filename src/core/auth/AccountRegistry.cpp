// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRegistry.h"

#include <QSettings>

namespace auth {

QString AccountInfo::hostKey(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.port() > 0 ? host + u':' + QString::number(url.port()) : host;
}

QString AccountInfo::makeId(const QUrl &spaceUrl, const QString &email)
{
    return email.trimmed().toLower() + u'@' + hostKey(spaceUrl);
}

AccountRegistry::AccountRegistry(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings ? settings : new QSettings()), m_ownsSettings(!settings)
{
    load();
}

AccountRegistry::~AccountRegistry()
{
    if (m_ownsSettings)
        delete m_settings;
}

std::optional<AccountInfo> AccountRegistry::find(const QString &id) const
{
    for (const AccountInfo &account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

QString AccountRegistry::add(const QUrl &spaceUrl, const QString &email, const QString &displayName,
                             AccountInfo::Kind kind)
{
    const QString id = AccountInfo::makeId(spaceUrl, email);
    for (AccountInfo &account : m_accounts) {
        if (account.id == id) {
            account.spaceUrl = spaceUrl;
            account.kind = kind;
            if (!displayName.isEmpty())
                account.displayName = displayName;
            save();
            return id;
        }
    }
    AccountInfo account;
    account.id = id;
    account.spaceUrl = spaceUrl;
    account.email = email.trimmed().toLower();
    account.displayName = displayName.isEmpty() ? spaceUrl.host() : displayName;
    account.kind = kind;
    m_accounts.append(account);
    save();
    return id;
}

bool AccountRegistry::rename(const QString &id, const QString &displayName)
{
    const QString name = displayName.trimmed();
    for (AccountInfo &account : m_accounts) {
        if (account.id == id && !name.isEmpty()) {
            account.displayName = name;
            save();
            return true;
        }
    }
    return false;
}

bool AccountRegistry::setLanguage(const QString &id, const QString &language)
{
    for (AccountInfo &account : m_accounts) {
        if (account.id == id) {
            account.language = language;
            save();
            return true;
        }
    }
    return false;
}

bool AccountRegistry::remove(const QString &id)
{
    const auto removed = m_accounts.removeIf([&id](const AccountInfo &a) { return a.id == id; });
    if (removed == 0)
        return false;
    if (m_lastUsedId == id)
        m_lastUsedId = m_accounts.isEmpty() ? QString() : m_accounts.first().id;
    save();
    return true;
}

void AccountRegistry::setLastUsed(const QString &id)
{
    if (m_lastUsedId == id || !find(id))
        return;
    m_lastUsedId = id;
    save();
}

void AccountRegistry::load()
{
    m_accounts.clear();
    const int count = m_settings->beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        AccountInfo account;
        account.spaceUrl = QUrl(m_settings->value(QStringLiteral("spaceUrl")).toString());
        account.email = m_settings->value(QStringLiteral("email")).toString();
        account.displayName = m_settings->value(QStringLiteral("displayName")).toString();
        account.language = m_settings->value(QStringLiteral("language")).toString();
        if (m_settings->value(QStringLiteral("kind")).toString() == u"property-os")
            account.kind = AccountInfo::Kind::PropertyOs;
        account.id = AccountInfo::makeId(account.spaceUrl, account.email);
        // Skip entries a person or an older version left broken rather than fail later.
        if (account.spaceUrl.isValid() && !account.email.isEmpty())
            m_accounts.append(account);
    }
    m_settings->endArray();
    m_lastUsedId = m_settings->value(QStringLiteral("lastUsedAccount")).toString();
}

void AccountRegistry::save()
{
    m_settings->remove(QStringLiteral("accounts"));
    m_settings->beginWriteArray(QStringLiteral("accounts"), int(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        m_settings->setArrayIndex(i);
        const AccountInfo &account = m_accounts.at(i);
        m_settings->setValue(QStringLiteral("spaceUrl"), account.spaceUrl.toString());
        m_settings->setValue(QStringLiteral("email"), account.email);
        m_settings->setValue(QStringLiteral("displayName"), account.displayName);
        m_settings->setValue(QStringLiteral("language"), account.language);
        if (account.kind == AccountInfo::Kind::PropertyOs) // never the key: that is in the keychain only
            m_settings->setValue(QStringLiteral("kind"), QStringLiteral("property-os"));
    }
    m_settings->endArray();
    m_settings->setValue(QStringLiteral("lastUsedAccount"), m_lastUsedId);
    m_settings->sync();
    Q_EMIT accountsChanged();
}

} // namespace auth
