// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <memory>

class DemoSpace;
class QWidget;

namespace propertyos {
class PropertyOsAccount;
}
namespace auth {
class AccountManager;
class AccountRegistry;
class AccountSession;
class TokenStore;
}

//! Which account is open: the demo, the one named on the command line, the one used last or one
//! the person signs in to; switching, renaming, signing out. Says what happens through signals and
//! never touches the window, so `--sync` runs it without one (a dialog only when `dialogParent` is set).
class AccountCoordinator : public QObject
{
    Q_OBJECT
public:
    AccountCoordinator(const AppOptions &options, QObject *parent = nullptr);
    ~AccountCoordinator() override;

    auth::AccountRegistry *registry() const { return m_registry; }
    //! Dialogs (sign-in, rename, confirmations) open over this; without one nothing asks the person.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    //! The language new sessions ask the API's localized routes in.
    void setLanguage(const QString &code) { m_language = code; }

    //! Opens the account the command line or the last run names; `secret` from --password-stdin
    //! (or the API key from --api-key-stdin).
    void start(QString secret);
    //! --sign-out: that account's sign-in leaves the keychain; exitRequested says how it went.
    void signOutFromCommandLine();
    void switchTo(const QString &id);
    void showSignInDialog(const QString &space = {}, const QString &email = {});
    void renameCurrent();
    //! Asks first; then the account's sign-in leaves the keychain (and the account, if `remove`).
    void signOutCurrent(bool remove);

    QString currentId() const { return m_currentId; }
    //! The demo's address changes every run; its offline copy is kept per demo account instead.
    QString offlineKey(const QString &id) const;
    //! The account menu: (id, label) of every account, the demo first.
    QList<QPair<QString, QString>> menuEntries() const;
    //! The language kept for this account, or empty.
    QString languageOf(const QString &id) const;
    void rememberLanguage(const QString &code);

Q_SIGNALS:
    //! An account is signed in and becomes the current one.
    void activated(const QString &id, auth::AccountSession *session);
    //! A Property OS account is open and becomes the current one; the receiver takes `account` over.
    void propertyOsActivated(const QString &id, propertyos::PropertyOsAccount *account);
    //! Just before the current account's session goes: whoever uses it lets go now.
    void aboutToSignOut(const QString &id, bool remove);
    void signedOut();
    void status(const QString &text);
    void notice(const QString &text);
    //! Nothing can be opened without the person (a headless run ends on this).
    void failed(const QString &message);
    //! No account is stored and none was named.
    void noAccount();
    void accountsChanged();
    void exitRequested(int code);

private:
    void startDemo();
    void signInFromCommandLine(QString password);
    //! --server [--user] without a password: that account's sign-in from the keychain.
    void openStoredAccount(const QUrl &spaceUrl);
    void restoreLastAccount();
    //! --property-os URL: with --api-key-stdin the key is checked, then kept in the keychain;
    //! without it, the stored key of that account.
    void openPropertyOsFromCommandLine(QString apiKey);
    void openPropertyOs(const QString &id, const QUrl &apiUrl, const QString &apiKey);
    void adopt(auth::AccountSession *session, bool remember);
    bool canAsk() const { return m_dialogParent != nullptr; }

    AppOptions m_options;
    QString m_language;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<DemoSpace> m_demo;
    auth::AccountRegistry *m_registry;
    auth::TokenStore *m_tokenStore;
    auth::AccountManager *m_accounts;
    QString m_currentId;
    QString m_demoId;
};
