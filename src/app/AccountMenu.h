// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class AccountCoordinator;
class MainWindow;

namespace auth {
class AccountSession;
}

//! The window's account header ("Space — Person (staff)") and Account menu: switch, add, rename,
//! sign out, remove, and remove the offline copy after asking.
class AccountMenu : public QObject
{
    Q_OBJECT
public:
    AccountMenu(MainWindow *window, AccountCoordinator *accounts, QObject *parent = nullptr);

    //! The account now shown; its header starts from the space's address and the e-mail.
    void setSession(auth::AccountSession *session, bool sameAccount);
    //! A Property OS account is shown: its host, and no person (an API key belongs to no one).
    void setPropertyOsAccount(const QString &host);
    //! The profile arrived: the person's and the space's names.
    void setIdentity(const QString &personName, const QString &spaceName, bool isStaff);
    bool isStaff() const { return m_isStaff; }
    //! Re-reads the accounts and the words (after a language change).
    void refresh();

Q_SIGNALS:
    //! The person confirmed: forget this account's offline copy.
    void removeOfflineCopyConfirmed();

private:
    void showHeader();
    void confirmRemoveOfflineCopy();

    MainWindow *m_window;
    AccountCoordinator *m_accounts;
    QPointer<auth::AccountSession> m_session;
    QString m_personName;
    QString m_spaceName;
    bool m_isStaff = false;
};
