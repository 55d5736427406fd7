// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountMenu.h"

#include "AccountCoordinator.h"
#include "MainWindow.h"
#include "auth/AccountSession.h"

#include <QMessageBox>

AccountMenu::AccountMenu(MainWindow *window, AccountCoordinator *accounts, QObject *parent)
    : QObject(parent), m_window(window), m_accounts(accounts)
{
    connect(m_window, &MainWindow::accountChosen, m_accounts, &AccountCoordinator::switchTo);
    connect(m_window, &MainWindow::addAccountRequested, m_accounts, [this] { m_accounts->showSignInDialog(); });
    connect(m_window, &MainWindow::renameAccountRequested, m_accounts, &AccountCoordinator::renameCurrent);
    connect(m_window, &MainWindow::signOutRequested, m_accounts, [this] { m_accounts->signOutCurrent(false); });
    connect(m_window, &MainWindow::removeAccountRequested, m_accounts, [this] { m_accounts->signOutCurrent(true); });
    connect(m_window, &MainWindow::removeOfflineCopyRequested, this, &AccountMenu::confirmRemoveOfflineCopy);
    connect(m_accounts, &AccountCoordinator::accountsChanged, this, &AccountMenu::refresh);
    connect(m_accounts, &AccountCoordinator::signedOut, this, [this] {
        m_session = nullptr;
        m_window->setAccount(tr("Not signed in"), {});
        refresh();
    });
    refresh();
}

void AccountMenu::setSession(auth::AccountSession *session, bool sameAccount)
{
    m_session = session;
    if (!sameAccount)
        setIdentity({}, {}, false);
    showHeader();
    refresh();
}

void AccountMenu::setPropertyOsAccount(const QString &host)
{
    m_session = nullptr;
    m_personName.clear();
    m_spaceName.clear();
    m_isStaff = false;
    m_window->setAccount(host, tr("NEXUS Property OS"));
    refresh();
}

void AccountMenu::setIdentity(const QString &personName, const QString &spaceName, bool isStaff)
{
    m_personName = personName;
    m_spaceName = spaceName;
    m_isStaff = isStaff;
    showHeader();
}

void AccountMenu::refresh()
{
    QList<MainWindow::AccountEntry> entries;
    for (const auto &[id, label] : m_accounts->menuEntries())
        entries.append({id, label});
    m_window->setAccounts(entries, m_accounts->currentId());
    showHeader();
}

void AccountMenu::showHeader()
{
    if (!m_session)
        return;
    const QString person = m_personName.isEmpty() ? m_session->email() : m_personName;
    m_window->setAccount(m_spaceName.isEmpty() ? m_session->spaceUrl().host() : m_spaceName,
                         m_isStaff ? tr("%1 (staff)").arg(person) : person);
}

void AccountMenu::confirmRemoveOfflineCopy()
{
    if (m_session
        && QMessageBox::question(m_window, tr("Remove the offline copy"),
                                 tr("Forget everything saved on this computer for this account: rooms, bookings, news "
                                    "and, for staff, applications and resources? It is all fetched again from "
                                    "the space when you are online."))
               == QMessageBox::Yes)
        Q_EMIT removeOfflineCopyConfirmed();
}
