// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountCoordinator.h"

#include "DemoSpace.h"
#include "Logging.h"
#include "SignInDialog.h"
#include "api/ServerAddress.h"
#include "auth/AccountManager.h"
#include "auth/AccountRegistry.h"
#include "auth/AccountSession.h"
#include "auth/AuthService.h"
#include "auth/TokenStore.h"
#include "propertyos/PropertyOsAccount.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <cstdio>

AccountCoordinator::AccountCoordinator(const AppOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_language(options.language),
      m_registry(new auth::AccountRegistry(nullptr, this)),
      m_tokenStore(new auth::TokenStore(auth::TokenStore::defaultService(), this)),
      m_accounts(new auth::AccountManager(m_registry, m_tokenStore, this))
{
    connect(m_accounts, &auth::AccountManager::notRemembered, this, [this](const QString &id) {
        if (id == m_currentId)
            Q_EMIT notice(tr("No secure storage (keychain) is available, so Portal Desk cannot remember this "
                             "sign-in: you will need to sign in again next time."));
    });
    connect(m_accounts, &auth::AccountManager::restored, this, [this](const QString &id, auth::AccountSession *session) {
        m_currentId = id;
        Q_EMIT activated(id, session);
    });
    connect(m_accounts, &auth::AccountManager::apiKeyRestored, this, &AccountCoordinator::openPropertyOs);
    connect(m_accounts, &auth::AccountManager::restoreFailed, this, [this](const QString &id) {
        const auto account = m_registry->find(id);
        if (account && account->kind == auth::AccountInfo::Kind::PropertyOs) {
            // There is no Property OS sign-in dialog yet: the command line is the way in.
            Q_EMIT failed(tr("There is no stored API key for %1. Sign in once with --property-os URL --api-key-stdin.")
                              .arg(account->spaceUrl.toString()));
            return;
        }
        if (!canAsk()) {
            Q_EMIT failed(tr("There is no stored sign-in for %1. Sign in once with --user EMAIL and --password-stdin.")
                              .arg(account ? tr("%1 at %2").arg(account->email, account->spaceUrl.host()) : id));
            return;
        }
        showSignInDialog(account ? account->spaceUrl.toString() : QString(), account ? account->email : QString());
    });
    connect(m_registry, &auth::AccountRegistry::accountsChanged, this, &AccountCoordinator::accountsChanged);
}

AccountCoordinator::~AccountCoordinator() = default;

void AccountCoordinator::start(QString secret)
{
    if (m_options.demo)
        startDemo();
    else if (!m_options.propertyOs.isEmpty())
        openPropertyOsFromCommandLine(std::move(secret));
    else if (!m_options.server.isEmpty())
        signInFromCommandLine(std::move(secret));
    else
        restoreLastAccount();
}

void AccountCoordinator::adopt(auth::AccountSession *session, bool remember)
{
    const QString id = m_accounts->adopt(session, remember);
    if (!remember)
        m_demoId = id;
    m_currentId = id;
    Q_EMIT activated(id, session);
}

void AccountCoordinator::startDemo()
{
    m_demo = std::make_unique<DemoSpace>();
    if (!m_demo->start()) {
        Q_EMIT failed(tr("The demo space could not start: no free local port."));
        return;
    }
    // The demo's port changes every run, so its sign-in is never stored.
    auto *session = new auth::AccountSession(m_demo->url(), m_options.demoUser);
    session->setLanguage(m_language);
    connect(session->auth(), &auth::AuthService::signedIn, this, [this, session] { adopt(session, false); });
    connect(session->auth(), &auth::AuthService::signInFailed, this, [this](const auth::SignInError &error) {
        Q_EMIT failed(tr("Could not sign in: %1").arg(error.message()));
    });
    Q_EMIT status(tr("Starting the demo space…"));
    session->auth()->signIn(m_options.demoUser, DemoSpace::demoPassword());
}

void AccountCoordinator::signInFromCommandLine(QString password)
{
    QString why;
    const QUrl spaceUrl = api::ServerAddress::fromUserInput(m_options.server, &why);
    if (!spaceUrl.isValid()) {
        Q_EMIT failed(why);
        return;
    }
    if (password.isEmpty() && !m_options.passwordFromStdin) {
        openStoredAccount(spaceUrl);
        return;
    }
    if (m_options.user.isEmpty() || password.isEmpty()) {
        if (!canAsk()) {
            Q_EMIT failed(tr("Sign in with --user EMAIL and --password-stdin."));
            return;
        }
        showSignInDialog(m_options.server, m_options.user);
        return;
    }
    auto *session = new auth::AccountSession(spaceUrl, m_options.user);
    session->setLanguage(m_language);
    connect(session->auth(), &auth::AuthService::signedIn, this, [this, session] { adopt(session, true); });
    connect(session->auth(), &auth::AuthService::signInFailed, this, [this, session](const auth::SignInError &error) {
        session->deleteLater();
        Q_EMIT failed(tr("Could not sign in: %1").arg(error.message()));
    });
    Q_EMIT status(tr("Signing in to %1…").arg(spaceUrl.host()));
    session->auth()->signIn(m_options.user, password);
}

void AccountCoordinator::openStoredAccount(const QUrl &spaceUrl)
{
    // --server alone names the space's only stored account; with --user, that one.
    QString id;
    if (!m_options.user.isEmpty()) {
        id = auth::AccountInfo::makeId(spaceUrl, m_options.user);
    } else {
        const QString host = auth::AccountInfo::hostKey(spaceUrl);
        QStringList atThisSpace;
        for (const auth::AccountInfo &account : m_registry->accounts())
            if (auth::AccountInfo::hostKey(account.spaceUrl) == host)
                atThisSpace.append(account.id);
        if (atThisSpace.size() == 1)
            id = atThisSpace.constFirst();
    }
    if (id.isEmpty() || !m_registry->find(id)) {
        const QString who = m_options.user.isEmpty() ? tr("an account") : m_options.user;
        qCInfo(lcApp) << "No stored sign-in for the account named on the command line";
        if (!canAsk()) {
            Q_EMIT failed(tr("There is no stored sign-in for %1 at %2. Sign in once with --user EMAIL and "
                             "--password-stdin.").arg(who, spaceUrl.host()));
            return;
        }
        showSignInDialog(m_options.server, m_options.user);
        return;
    }
    Q_EMIT status(tr("Opening your account…"));
    m_accounts->restore(id);
}

void AccountCoordinator::openPropertyOsFromCommandLine(QString apiKey)
{
    QString why;
    const QUrl apiUrl = api::ServerAddress::fromUserInput(m_options.propertyOs, &why);
    if (!apiUrl.isValid() || !m_options.propertyOs.contains(QLatin1String("://"))) {
        // A bare word would become a Nexudus space's address: a Property OS account has no such slug.
        Q_EMIT failed(why.isEmpty() ? tr("Give the Property OS account as a web address, e.g. https://nexus.example.com.")
                                    : why);
        return;
    }
    const QString id = auth::AccountInfo::makeId(apiUrl, auth::AccountInfo::propertyOsUser());
    if (!m_options.apiKeyFromStdin) {
        if (!m_registry->find(id)) {
            Q_EMIT failed(tr("There is no stored API key for %1. Sign in once with --property-os URL --api-key-stdin.")
                              .arg(apiUrl.toString()));
            return;
        }
        Q_EMIT status(tr("Opening your account…"));
        m_accounts->restore(id);
        return;
    }
    apiKey = apiKey.trimmed();
    if (apiKey.isEmpty()) {
        Q_EMIT failed(tr("No API key came on standard input. Pipe the key from Settings › API Keys of your NEXUS "
                         "dashboard into --api-key-stdin."));
        return;
    }
    // The key is checked before anything keeps it: a refused key is never stored.
    auto *account = new propertyos::PropertyOsAccount(id, apiUrl, apiKey, propertyos::PlanLimit::Standard, this);
    Q_EMIT status(tr("Checking the API key with %1…").arg(apiUrl.host()));
    account->checkKey(
        account,
        [this, account, apiUrl, apiKey] {
            const QString stored = m_accounts->adoptApiKey(apiUrl, apiKey);
            m_currentId = stored;
            Q_EMIT propertyOsActivated(stored, account);
        },
        [this, account](const api::ApiError &error) {
            account->deleteLater();
            if (propertyos::PropertyOsAccount::isKeyRefused(error))
                Q_EMIT failed(tr("NEXUS Property OS refused this API key. Create a new key under Settings › API Keys "
                                 "in your NEXUS dashboard and sign in with it."));
            else
                Q_EMIT failed(tr("Could not reach NEXUS Property OS: %1").arg(error.message()));
        });
}

void AccountCoordinator::openPropertyOs(const QString &id, const QUrl &apiUrl, const QString &apiKey)
{
    m_currentId = id;
    Q_EMIT propertyOsActivated(id, new propertyos::PropertyOsAccount(id, apiUrl, apiKey, propertyos::PlanLimit::Standard, this));
}

void AccountCoordinator::restoreLastAccount()
{
    const QString id = m_registry->lastUsedId().isEmpty() && !m_registry->accounts().isEmpty()
                           ? m_registry->accounts().first().id
                           : m_registry->lastUsedId();
    if (!id.isEmpty()) {
        Q_EMIT status(tr("Opening your account…"));
        m_accounts->restore(id);
        return;
    }
    Q_EMIT noAccount();
}

void AccountCoordinator::signOutFromCommandLine()
{
    QString id = m_registry->lastUsedId();
    if (!m_options.propertyOs.isEmpty()) {
        id = auth::AccountInfo::makeId(api::ServerAddress::fromUserInput(m_options.propertyOs),
                                       auth::AccountInfo::propertyOsUser());
    } else if (!m_options.server.isEmpty()) {
        const QUrl spaceUrl = api::ServerAddress::fromUserInput(m_options.server);
        id = auth::AccountInfo::makeId(spaceUrl, m_options.user);
    }
    if (id.isEmpty() || !m_registry->find(id)) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("There is no stored account to sign out of.")));
        QTimer::singleShot(0, this, [this] { Q_EMIT exitRequested(1); });
        return;
    }
    connect(m_tokenStore, &auth::TokenStore::removed, this, [this, id](const auth::AccountKey &, auth::TokenStore::Status status) {
        const bool ok = status == auth::TokenStore::Status::Ok || status == auth::TokenStore::Status::NotFound;
        std::printf("%s\n", qPrintable(ok ? tr("Signed out of %1.").arg(id)
                                         : tr("Signed out of %1, but the keychain entry could not be removed.").arg(id)));
        std::fflush(stdout);
        Q_EMIT exitRequested(ok ? 0 : 1);
    });
    m_accounts->removeAccount(id);
}

void AccountCoordinator::showSignInDialog(const QString &space, const QString &email)
{
    if (!canAsk())
        return;
    auto *dialog = new SignInDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!space.isEmpty())
        dialog->setSpace(space);
    if (!email.isEmpty())
        dialog->setEmail(email);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        std::unique_ptr<auth::AccountSession> session = dialog->takeSession();
        if (!session)
            return;
        auth::AccountSession *adopted = session.release();
        adopted->setLanguage(m_language);
        adopt(adopted, true);
    });
    dialog->open();
}

void AccountCoordinator::switchTo(const QString &id)
{
    if (id == m_currentId)
        return;
    if (auth::AccountSession *live = m_accounts->session(id); live && live->auth()->isSignedIn()) {
        m_currentId = id;
        Q_EMIT activated(id, live);
        return;
    }
    m_accounts->restore(id);
}

QString AccountCoordinator::offlineKey(const QString &id) const
{
    return id == m_demoId ? QStringLiteral("demo-") + m_options.demoUser : id;
}

QList<QPair<QString, QString>> AccountCoordinator::menuEntries() const
{
    QList<QPair<QString, QString>> entries;
    if (!m_demoId.isEmpty())
        entries.append({m_demoId, tr("Demo space (%1)").arg(m_options.demoUser)});
    for (const auth::AccountInfo &account : m_registry->accounts())
        entries.append({account.id, account.kind == auth::AccountInfo::Kind::PropertyOs
                                        ? tr("%1 — NEXUS Property OS").arg(account.displayName)
                                        : tr("%1 — %2").arg(account.displayName, account.email)});
    return entries;
}

QString AccountCoordinator::languageOf(const QString &id) const
{
    const auto account = m_registry->find(id);
    return account ? account->language : QString();
}

void AccountCoordinator::rememberLanguage(const QString &code)
{
    m_language = code;
    if (m_registry->find(m_currentId))
        m_registry->setLanguage(m_currentId, code);
}

void AccountCoordinator::renameCurrent()
{
    const auto account = m_registry->find(m_currentId);
    if (!account || !canAsk())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_dialogParent, tr("Rename account"), tr("Name shown in the account menu:"),
                                               QLineEdit::Normal, account->displayName, &ok);
    if (ok)
        m_registry->rename(m_currentId, name);
}

void AccountCoordinator::signOutCurrent(bool remove)
{
    if (m_currentId.isEmpty() || !canAsk())
        return;
    QMessageBox box(QMessageBox::Question, remove ? tr("Remove account") : tr("Sign out"),
                    remove ? tr("Remove this account from Portal Desk? Its sign-in is deleted from the keychain.")
                           : tr("Sign out of this account? Its sign-in is deleted from the keychain."),
                    QMessageBox::Cancel, m_dialogParent);
    QPushButton *confirm = box.addButton(remove ? tr("Remove") : tr("Sign out"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    const QString id = std::exchange(m_currentId, {});
    Q_EMIT aboutToSignOut(id, remove);
    if (id == m_demoId)
        m_demoId.clear();
    if (remove)
        m_accounts->removeAccount(id);
    else
        m_accounts->signOut(id);
    Q_EMIT signedOut();
    showSignInDialog();
}
