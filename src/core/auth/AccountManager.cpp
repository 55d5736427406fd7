// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountManager.h"

#include "AccountSession.h"
#include "AuthService.h"
#include "Logging.h"
#include "TokenPersistence.h"
#include "api/ApiClient.h"

namespace auth {

AccountManager::AccountManager(AccountRegistry *registry, TokenStore *store, QObject *parent)
    : QObject(parent), m_registry(registry), m_store(store)
{
}

AccountManager::~AccountManager() = default;

AccountSession *AccountManager::session(const QString &id) const
{
    return m_sessions.value(id);
}

QString AccountManager::adopt(AccountSession *session, bool remember)
{
    const QString id = remember ? m_registry->add(session->spaceUrl(), session->email())
                                : AccountInfo::makeId(session->spaceUrl(), session->email());
    attach(id, session, remember);
    if (remember)
        m_registry->setLastUsed(id);
    return id;
}

void AccountManager::attach(const QString &id, AccountSession *session, bool remember)
{
    if (AccountSession *previous = m_sessions.value(id); previous && previous != session)
        previous->deleteLater();
    session->setParent(this);
    m_sessions.insert(id, session);
    if (!remember || !m_store)
        return;
    const AccountKey key = AccountInfo{id, session->spaceUrl(), session->email(), {}, {}}.key();
    auto *persistence = new TokenPersistence(session->auth(), m_store, key, session);
    connect(persistence, &TokenPersistence::keychainUnavailable, this,
            [this, id](TokenStore::Status status) { Q_EMIT notRemembered(id, status); });
    // A session signed in before it was handed over has tokens no one stored yet.
    if (session->auth()->isSignedIn())
        m_store->save(key, session->auth()->tokens());
}

QString AccountManager::adoptApiKey(const QUrl &apiUrl, const QString &apiKey)
{
    const QString id = m_registry->add(apiUrl, AccountInfo::propertyOsUser(), {}, AccountInfo::Kind::PropertyOs);
    m_registry->setLastUsed(id);
    if (!m_store) {
        Q_EMIT notRemembered(id, TokenStore::Status::Unavailable);
        return id;
    }
    const AccountKey key = m_registry->find(id)->key();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_store, &TokenStore::apiKeySaved, this,
                          [this, id, key, connection](const AccountKey &saved, TokenStore::Status status) {
                              if (!(saved == key))
                                  return;
                              disconnect(*connection);
                              if (status != TokenStore::Status::Ok)
                                  Q_EMIT notRemembered(id, status);
                          });
    m_store->saveApiKey(key, apiKey);
    return id;
}

void AccountManager::restoreApiKey(const AccountInfo &account)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_store, &TokenStore::apiKeyLoaded, this,
                          [this, account, connection](const AccountKey &key, const QString &apiKey,
                                                      TokenStore::Status status) {
                              if (!(key == account.key()))
                                  return;
                              disconnect(*connection);
                              if (status != TokenStore::Status::Ok || apiKey.isEmpty()) {
                                  qCInfo(lcAuth) << "No stored API key for an account:" << status;
                                  Q_EMIT restoreFailed(account.id, status);
                                  return;
                              }
                              m_registry->setLastUsed(account.id);
                              Q_EMIT apiKeyRestored(account.id, account.spaceUrl, apiKey);
                          });
    m_store->loadApiKey(account.key());
}

void AccountManager::restore(const QString &id)
{
    const auto account = m_registry->find(id);
    if (!account || !m_store) {
        Q_EMIT restoreFailed(id, TokenStore::Status::NotFound);
        return;
    }
    if (account->kind == AccountInfo::Kind::PropertyOs) {
        restoreApiKey(*account);
        return;
    }
    if (AccountSession *live = session(id); live && live->auth()->isSignedIn()) {
        Q_EMIT restored(id, live);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_store, &TokenStore::loaded, this,
                          [this, id, info = *account, connection](const AccountKey &key, const TokenSet &tokens,
                                                                    TokenStore::Status status) {
                              if (!(key == info.key()))
                                  return;
                              disconnect(*connection);
                              if (status != TokenStore::Status::Ok || tokens.refreshToken.isEmpty()) {
                                  qCInfo(lcAuth) << "No stored sign-in for an account:" << status;
                                  Q_EMIT restoreFailed(id, status);
                                  return;
                              }
                              auto *restoredSession = new AccountSession(info.spaceUrl, info.email);
                              if (!info.language.isEmpty())
                                  restoredSession->api()->setLanguage(info.language);
                              attach(id, restoredSession, true);
                              restoredSession->auth()->restore(info.email, tokens);
                              m_registry->setLastUsed(id);
                              Q_EMIT restored(id, restoredSession);
                          });
    m_store->load(account->key());
}

void AccountManager::signOut(const QString &id)
{
    if (AccountSession *live = m_sessions.take(id)) {
        live->auth()->signOut();
        live->deleteLater();
    }
    if (const auto account = m_registry->find(id); account && m_store)
        m_store->remove(account->key());
    Q_EMIT signedOut(id);
}

void AccountManager::removeAccount(const QString &id)
{
    signOut(id);
    m_registry->remove(id);
}

} // namespace auth
