// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "ApplicationsView.h"
#include "ResourceReviewView.h"
#include "BookingDialog.h"
#include "FilterPanel.h"
#include "clock/Clock.h"
#include "NewsView.h"
#include "RoomDetails.h"
#include "repository/ResourceDetailsLoader.h"
#include "SyncProgress.h"
#include "ResourceCardView.h"
#include "ResourceViewStack.h"
#include "repository/ResourcePictureLoader.h"
#include "BusyTimesFeed.h"
#include "LanguageSwitcher.h"
#include "BookingsView.h"
#include "DemoSpace.h"
#include "Logging.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/ServerAddress.h"
#include "SignInDialog.h"
#include "auth/AccountManager.h"
#include "auth/AccountRegistry.h"
#include "auth/AccountSession.h"
#include "auth/TokenStore.h"
#include "auth/AuthService.h"
#include "domain/Resource.h"
#include "models/ResourceListModel.h"
#include "repository/SpaceWordsRepository.h"
#include "models/ResourceFilterProxy.h"
#include "models/RoleColumnsProxy.h"
#include "repository/BookingService.h"
#include "repository/IdentityLoader.h"
#include "cache/AsyncOfflineStore.h"
#include "repository/ConnectivityMonitor.h"
#include "repository/FullSync.h"
#include "repository/ResourceRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <cstdio>

namespace {
//! Headless screenshot runs give up after this long rather than hang a script.
constexpr int screenshotDeadlineMs = 90000;
//! A full sync pages through everything within the throttle: it may take minutes on a big space.
constexpr int syncDeadlineMs = 30 * 60 * 1000;

//! The --view names of the views only the space's staff see; their tabs show once the profile says so.
const QStringList &staffViewNames()
{
    static const QStringList names{QStringLiteral("resources-review"), QStringLiteral("applications")};
    return names;
}
} // namespace

AppController::AppController(AppOptions options, QString password, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_password(std::move(password)),
      m_registry(new auth::AccountRegistry(nullptr, this)), m_tokenStore(new auth::TokenStore(auth::TokenStore::defaultService(), this)),
      m_accounts(new auth::AccountManager(m_registry, m_tokenStore, this)), m_languages(new LanguageSwitcher(this)),
      m_connectivity(new repository::ConnectivityMonitor(this))
{
    m_languages->apply(m_options.language);
    connect(m_connectivity, &repository::ConnectivityMonitor::offlineChanged, this, &AppController::showOfflineState);
    connect(m_connectivity, &repository::ConnectivityMonitor::retryWanted, this, &AppController::loadResources);
    connect(m_accounts, &auth::AccountManager::notRemembered, this, [this](const QString &id) {
        if (id == m_currentId)
            m_window->showNotice(tr("No secure storage (keychain) is available, so Portal Desk cannot remember this "
                                    "sign-in: you will need to sign in again next time."));
    });
    connect(m_accounts, &auth::AccountManager::restored, this, &AppController::activate);
    connect(m_accounts, &auth::AccountManager::restoreFailed, this, [this](const QString &id) {
        const auto account = m_registry->find(id);
        if (isHeadless()) {
            failHeadless(tr("There is no stored sign-in for %1. Sign in once with --user EMAIL and --password-stdin.")
                             .arg(account ? tr("%1 at %2").arg(account->email, account->spaceUrl.host()) : id));
            return;
        }
        showSignInDialog(account ? account->spaceUrl.toString() : QString(), account ? account->email : QString());
    });
    connect(m_registry, &auth::AccountRegistry::accountsChanged, this, &AppController::refreshAccountMenu);
}

AppController::~AppController() = default;

bool AppController::start()
{
    if (m_options.signOut) {
        signOutFromCommandLine();
        return true;
    }
    openWindow();
    if (isHeadless())
        QTimer::singleShot(m_options.sync ? syncDeadlineMs : screenshotDeadlineMs, this, [this] {
            failHeadless(tr("The space's data did not load in time."));
        });
    if (m_options.demo)
        startDemo();
    else if (!m_options.server.isEmpty())
        signInFromCommandLine();
    else
        restoreLastAccount();
    return true;
}

void AppController::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.portaldesk.PortalDesk.png")));
    m_resources = new models::ResourceListModel(this);
    m_resourceColumns = new models::RoleColumnsProxy(this);
    applyColumnTitles();
    m_filterProxy = new models::ResourceFilterProxy(this);
    m_filterProxy->setSourceModel(m_resources);
    m_resourceColumns->setSourceModel(m_filterProxy);
    m_filterPanel = new FilterPanel;
    m_filterPanel->setProxy(m_filterProxy);
    m_window->setFilterPanel(m_filterPanel);
    // The search box reads names, descriptions, floors, types and locations through the proxy.
    m_window->setSearchHandler([this](const QString &text) { m_filterProxy->setText(text); });
    // "Free between": one request for the whole space's busy times of the chosen day.
    m_busyTimes = new BusyTimesFeed(this);
    connect(m_filterPanel, &FilterPanel::busyTimesWanted, m_busyTimes, &BusyTimesFeed::load);
    connect(m_busyTimes, &BusyTimesFeed::loaded, this, [this](QDate day, const QList<domain::BusySlot> &slots) {
        m_filterProxy->setBusySlots(slots);
        m_filterPanel->setBusyTimesState(day, true);
        m_roomDetails->setBusyTimes(day, slots);
        screenshotWhenReady();
    });
    connect(m_busyTimes, &BusyTimesFeed::failed, this, [this](QDate day, const QString &message) {
        m_filterProxy->setBusySlots({});
        m_filterPanel->setBusyTimesState(day, false, message);
        m_roomDetails->setBusyTimes({}, {});
        screenshotWhenReady();
    });
    m_roomDetails = new RoomDetails;
    m_window->setDetailsPanel(m_roomDetails);
    connect(m_roomDetails, &RoomDetails::bookRequested, this, &AppController::openBookingDialog);
    connect(m_window.get(), &MainWindow::currentResourceChanged, this, [this](qint64 id) {
        const int row = m_resources->rowForId(id);
        m_roomDetails->showResource(row >= 0 ? std::optional(m_resources->resourceAt(row)) : std::nullopt);
        if (row >= 0 && m_roomDetailsLoader) // the list holds what it shows; the rest comes now
            m_roomDetailsLoader->load(id);
    });
    m_window->setResourceModel(m_resourceColumns);
    m_pictures = new repository::ResourcePictureLoader(this); // card view (issue #4)
    m_window->resourceViews()->cardView()->setPictureLoader(m_pictures);
    m_bookingsView = new BookingsView;
    m_window->addView(QStringLiteral("bookings"), m_bookingsView);
    m_newsView = new NewsView;
    m_window->addView(QStringLiteral("news"), m_newsView);
    m_applicationsView = new ApplicationsView;
    m_window->addView(QStringLiteral("applications"), m_applicationsView);
    m_reviewView = new ResourceReviewView;
    m_window->addView(QStringLiteral("resources-review"), m_reviewView);
    applyViewTitles();
    // A screenshot of a staff view waits for its first page (or the reason there is none).
    m_awaitingViewData = staffViewNames().contains(m_options.view);
    connect(m_reviewView, &ResourceReviewView::ready, this, [this] {
        if (m_options.view == u"resources-review") {
            m_awaitingViewData = false;
            screenshotWhenReady();
        }
    });
    connect(m_applicationsView, &ApplicationsView::ready, this, [this] {
        if (m_options.view == u"applications") {
            m_awaitingViewData = false;
            screenshotWhenReady();
        }
    });
    connect(m_window.get(), &MainWindow::reloadRequested, this, &AppController::loadResources);
    connect(m_window.get(), &MainWindow::syncRequested, this, &AppController::syncForOfflineUse);
    connect(m_window.get(), &MainWindow::bookRequested, this, &AppController::openBookingDialog);
    connect(m_window.get(), &MainWindow::accountChosen, this, &AppController::switchTo);
    connect(m_window.get(), &MainWindow::addAccountRequested, this, [this] { showSignInDialog(); });
    connect(m_window.get(), &MainWindow::renameAccountRequested, this, &AppController::renameCurrentAccount);
    connect(m_window.get(), &MainWindow::signOutRequested, this, [this] { signOutCurrentAccount(false); });
    connect(m_window.get(), &MainWindow::removeAccountRequested, this, [this] { signOutCurrentAccount(true); });
    connect(m_window.get(), &MainWindow::removeOfflineCopyRequested, this, [this] {
        if (m_offlineStore
            && QMessageBox::question(m_window.get(), tr("Remove the offline copy"),
                                     tr("Forget everything saved on this computer for this account: rooms, bookings, news "
                                        "and, for staff, applications and resources? It is all fetched again from "
                                        "the space when you are online."))
                   == QMessageBox::Yes) {
            m_offlineStore->clear();
            QList<qint64> shown; // and the rooms' pictures kept for this account
            for (int row = 0; row < m_resources->rowCount(); ++row)
                shown.append(m_resources->resourceAt(row).id);
            m_pictures->forget(shown);
        }
    });
    refreshAccountMenu();
    refreshLanguageMenu();
    connect(m_window.get(), &MainWindow::languageChosen, this, &AppController::switchLanguage);
    for (const QString &name : staffViewNames())
        m_window->setViewAvailable(name, false); // until the profile says this account is staff
    if (!staffViewNames().contains(m_options.view) && !m_window->showView(m_options.view)) {
        m_startupNotice = tr("The \"%1\" view is not part of this version yet; showing the rooms.").arg(m_options.view);
        m_window->showNotice(m_startupNotice);
    }
    if (!m_options.sync) // --sync works from the command line only
        m_window->show();
}

void AppController::applyColumnTitles()
{
    using Model = models::ResourceListModel;
    m_resourceColumns->setColumns({
        {tr("Name"), Qt::DisplayRole, Model::NameRole},
        {tr("Type"), Model::ResourceTypeNameRole},
        {tr("Location"), Model::BusinessNameRole},
        {tr("Floor or area"), Model::GroupNameRole},
        {tr("Capacity"), Model::CapacityTextRole, Model::CapacityRole},
    });
}

void AppController::applyViewTitles()
{
    // The tabs after the rooms are not part of the window's form, so they re-translate here.
    m_window->setViewTitle(QStringLiteral("bookings"), tr("My &bookings"));
    m_window->setViewTitle(QStringLiteral("news"), tr("&News"));
    m_window->setViewTitle(QStringLiteral("resources-review"), tr("Resource &review"));
    m_window->setViewTitle(QStringLiteral("applications"), tr("&Applications"));
}

void AppController::refreshLanguageMenu()
{
    QList<QPair<QString, QString>> languages;
    for (const QString &code : LanguageSwitcher::supportedLanguages())
        languages.append({code, LanguageSwitcher::nativeName(code)});
    m_window->setLanguages(languages, m_languages->current());
}

void AppController::switchLanguage(const QString &code)
{
    m_languages->apply(code);
    m_options.language = m_languages->current();
    // The API's localized routes follow the UI: the same code, for this account, and kept for it.
    if (m_session)
        m_session->api()->setLanguage(m_options.language);
    if (m_registry->find(m_currentId))
        m_registry->setLanguage(m_currentId, m_options.language);
    applyColumnTitles();
    applyViewTitles();
    showAccountHeader();
    refreshAccountMenu();
    refreshLanguageMenu();
    m_window->showStatus(tr("%n bookable room(s)", nullptr, m_resources->rowCount()));
}

void AppController::startDemo()
{
    m_demo = std::make_unique<DemoSpace>();
    if (!m_demo->start()) {
        failHeadless(tr("The demo space could not start: no free local port."));
        return;
    }
    // The demo's port changes every run, so its sign-in is never stored.
    auto *session = new auth::AccountSession(m_demo->url(), m_options.demoUser);
    session->api()->setLanguage(m_options.language);
    connect(session->auth(), &auth::AuthService::signedIn, this, [this, session] {
        m_demoId = m_accounts->adopt(session, false);
        activate(m_demoId, session);
    });
    connect(session->auth(), &auth::AuthService::signInFailed, this, [this](const auth::SignInError &error) {
        onLoadFailed(tr("Could not sign in: %1").arg(error.message()));
    });
    m_window->showStatus(tr("Starting the demo space…"));
    session->auth()->signIn(m_options.demoUser, DemoSpace::demoPassword());
}

void AppController::signInFromCommandLine()
{
    QString why;
    const QUrl spaceUrl = api::ServerAddress::fromUserInput(m_options.server, &why);
    if (!spaceUrl.isValid()) {
        failHeadless(why);
        return;
    }
    if (m_password.isEmpty() && !m_options.passwordFromStdin) {
        openStoredAccount(spaceUrl);
        return;
    }
    if (m_options.user.isEmpty() || m_password.isEmpty()) {
        if (isHeadless()) {
            failHeadless(tr("Sign in with --user EMAIL and --password-stdin."));
            return;
        }
        showSignInDialog(m_options.server, m_options.user);
        return;
    }
    auto *session = new auth::AccountSession(spaceUrl, m_options.user);
    session->api()->setLanguage(m_options.language);
    connect(session->auth(), &auth::AuthService::signedIn, this, [this, session] {
        activate(m_accounts->adopt(session, true), session);
    });
    connect(session->auth(), &auth::AuthService::signInFailed, this, [this, session](const auth::SignInError &error) {
        session->deleteLater();
        onLoadFailed(tr("Could not sign in: %1").arg(error.message()));
    });
    m_window->showStatus(tr("Signing in to %1…").arg(spaceUrl.host()));
    session->auth()->signIn(m_options.user, m_password);
    m_password.clear();
}

void AppController::openStoredAccount(const QUrl &spaceUrl)
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
        if (isHeadless()) {
            failHeadless(tr("There is no stored sign-in for %1 at %2. Sign in once with --user EMAIL and "
                            "--password-stdin.").arg(who, spaceUrl.host()));
            return;
        }
        showSignInDialog(m_options.server, m_options.user);
        return;
    }
    m_window->showStatus(tr("Opening your account…"));
    m_accounts->restore(id);
}

void AppController::restoreLastAccount()
{
    const QString id = m_registry->lastUsedId().isEmpty() && !m_registry->accounts().isEmpty()
                           ? m_registry->accounts().first().id
                           : m_registry->lastUsedId();
    if (!id.isEmpty()) {
        m_window->showStatus(tr("Opening your account…"));
        m_accounts->restore(id);
        return;
    }
    m_window->showNotice(tr("Sign in to your space to see its rooms. To look around first, start Portal Desk "
                            "with --demo."));
    if (m_options.sync) {
        failHeadless(tr("There is no account to sync. Sign in once first."));
        return;
    }
    if (!m_options.screenshotPath.isEmpty()) {
        QTimer::singleShot(0, this, &AppController::takeScreenshotAndExit);
        return;
    }
    showSignInDialog();
}

void AppController::signOutFromCommandLine()
{
    QString id = m_registry->lastUsedId();
    if (!m_options.server.isEmpty()) {
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

void AppController::showSignInDialog(const QString &space, const QString &email)
{
    auto *dialog = new SignInDialog(m_window.get());
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
        adopted->api()->setLanguage(m_options.language);
        activate(m_accounts->adopt(adopted, true), adopted);
    });
    dialog->open();
}

void AppController::activate(const QString &id, auth::AccountSession *session)
{
    if (m_options.sync) {
        runHeadlessSync(id, session);
        return;
    }
    if (m_session && m_session != session)
        disconnect(m_session->api(), nullptr, this, nullptr);
    if (id != m_currentId) {
        m_resources->clear(); // another account: never show one space's rooms under another's name
        m_identity = {};
    }
    m_currentId = id;
    m_session = session;
    if (const auto account = m_registry->find(id); account && !account->language.isEmpty()
                                                   && account->language != m_languages->current())
        switchLanguage(account->language);
    else
        session->api()->setLanguage(m_languages->current());
    connect(session->api(), &api::ApiClient::signInRequired, this, [this, session] {
        onLoadFailed(tr("Your session has ended. Please sign in again."));
        if (!isHeadless() && session == m_session)
            showSignInDialog(session->spaceUrl().toString(), session->email());
    });
    qCInfo(lcApp) << "Signed in to" << session->spaceUrl().host();
    m_window->setAccount(session->spaceUrl().host(), session->email());
    m_window->showNotice(m_startupNotice);
    refreshAccountMenu();
    // Bookings belong to the account: a new service on its own API client each time.
    delete m_bookingService;
    m_bookingService = new repository::BookingService(session->api(), session);
    ensureOfflineStore(id);
    m_bookingService->setOfflineStore(m_offlineStore); // "my bookings" stay readable offline
    m_bookingsView->setService(m_bookingService);
    m_bookingsView->reload();
    m_newsView->setOfflineStore(m_offlineStore); // before the client: its first load may need the copy
    m_newsView->setApiClient(session->api());
    m_pictures->setApiClient(session->api());
    m_roomDetails->setSpaceUrl(session->spaceUrl());
    m_busyTimes->setApiClient(session->api());
    m_newsView->reload();
    m_applicationsView->setOfflineStore(m_offlineStore); // staff views fall back to the copy too
    m_reviewView->setOfflineStore(m_offlineStore);
    m_applicationsView->setApiClient(session->api()); // loads once the profile says staff
    m_reviewView->setApiClient(session->api());
    loadWhoAmI();
    openOfflineCopy(id, session);
    m_resourceRepository->load();
    m_spaceWords->load(); // after the rooms: their first page goes first
}

void AppController::switchTo(const QString &id)
{
    if (id == m_currentId)
        return;
    if (auth::AccountSession *live = m_accounts->session(id); live && live->auth()->isSignedIn()) {
        activate(id, live);
        return;
    }
    m_accounts->restore(id);
}

void AppController::refreshAccountMenu()
{
    if (!m_window)
        return;
    QList<MainWindow::AccountEntry> entries;
    if (!m_demoId.isEmpty())
        entries.append({m_demoId, tr("Demo space (%1)").arg(m_options.demoUser)});
    for (const auth::AccountInfo &account : m_registry->accounts())
        entries.append({account.id, tr("%1 — %2").arg(account.displayName, account.email)});
    m_window->setAccounts(entries, m_currentId);
}

void AppController::renameCurrentAccount()
{
    const auto account = m_registry->find(m_currentId);
    if (!account)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window.get(), tr("Rename account"), tr("Name shown in the account menu:"),
                                               QLineEdit::Normal, account->displayName, &ok);
    if (ok)
        m_registry->rename(m_currentId, name);
}

void AppController::signOutCurrentAccount(bool removeAccount)
{
    if (m_currentId.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, removeAccount ? tr("Remove account") : tr("Sign out"),
                    removeAccount ? tr("Remove this account from Portal Desk? Its sign-in is deleted from the keychain.")
                                  : tr("Sign out of this account? Its sign-in is deleted from the keychain."),
                    QMessageBox::Cancel, m_window.get());
    QPushButton *confirm = box.addButton(removeAccount ? tr("Remove") : tr("Sign out"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    const QString id = std::exchange(m_currentId, {});
    if (m_resourceRepository)
        m_resourceRepository->cancel();
    if (removeAccount && m_offlineStore)
        m_offlineStore->clear(); // the account's offline copy goes with it
    m_resources->clear();
    m_applicationsView->setApiClient(nullptr); // staff data goes with the account
    m_reviewView->setApiClient(nullptr);
    if (id == m_demoId)
        m_demoId.clear();
    if (removeAccount)
        m_accounts->removeAccount(id);
    else
        m_accounts->signOut(id);
    m_window->setAccount(tr("Not signed in"), {});
    refreshAccountMenu();
    showSignInDialog();
}

void AppController::openBookingDialog(qint64 resourceId)
{
    const int row = m_resources->rowForId(resourceId);
    if (!m_session || row < 0)
        return;
    if (m_connectivity->isOffline()) {
        m_window->showStatus(tr("Booking needs a connection to the space; Portal Desk will reconnect by itself."));
        return;
    }
    auto *dialog = new BookingDialog(m_resources->resourceAt(row), m_session->api(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTimeZone(m_identity.timeZone);
    dialog->setCoworkerId(m_identity.profileIds.value(0));
    // The window the person is looking for rooms in is the one to book; otherwise the next free slot.
    if (const auto window = m_filterPanel->freeWindow())
        dialog->setWindow(window->from, int(window->from.secsTo(window->to) / 60));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const domain::Booking booking = dialog->booking();
        m_window->showStatus(booking.pending ? tr("Booked %1: waiting for the space to approve it.").arg(booking.resourceName)
                                             : tr("Booked %1.").arg(booking.resourceName));
        m_bookingsView->reload();
        m_busyTimes->reload();
    });
    dialog->open();
}

void AppController::showAccountHeader()
{
    if (!m_session)
        return;
    const QString person = m_identity.fullName.isEmpty() ? m_session->email() : m_identity.fullName;
    m_window->setAccount(m_identity.spaceName.isEmpty() ? m_session->spaceUrl().host() : m_identity.spaceName,
                         m_identity.isStaff ? tr("%1 (staff)").arg(person) : person);
}

void AppController::loadWhoAmI()
{
    auto *loader = new repository::IdentityLoader(m_session->api(), this);
    loader->setOfflineStore(m_offlineStore); // offline, the last one read: staff views and all
    auth::AccountSession *session = m_session;
    connect(loader, &repository::IdentityLoader::loaded, this, [this, loader, session](const repository::Identity &identity) {
        loader->deleteLater();
        if (session != m_session)
            return; // the person switched accounts meanwhile
        m_identity = identity;
        m_bookingsView->setTimeZone(identity.timeZone);
        m_bookingsView->setCurrencyCode(identity.currencyCode);
        m_roomDetails->setCurrencyCode(identity.currencyCode);
        m_filterPanel->setTimeZone(identity.timeZone);
        showAccountHeader();
        for (const QString &name : staffViewNames())
            m_window->setViewAvailable(name, identity.isStaff);
        m_reviewView->setCurrencyCode(identity.currencyCode);
        if (identity.isStaff) {
            m_applicationsView->reload();
            m_reviewView->reload();
        } else if (staffViewNames().contains(m_options.view)) {
            m_awaitingViewData = false; // nothing to wait for: the notice says why
            screenshotWhenReady();
        }
        if (staffViewNames().contains(m_options.view)) {
            if (!identity.isStaff)
                m_startupNotice = tr("The \"%1\" view is only for the space's staff; this account is a member.")
                                      .arg(m_options.view);
            else if (!m_window->showView(m_options.view))
                m_startupNotice = tr("The \"%1\" view is not part of this version yet; showing the rooms.")
                                      .arg(m_options.view);
            m_window->showNotice(m_startupNotice);
        }
    });
    // Not knowing the person's name is no reason to stop: the window already shows the e-mail.
    connect(loader, &repository::IdentityLoader::failed, loader, &QObject::deleteLater);
    connect(loader, &repository::IdentityLoader::failed, this, [this] {
        if (staffViewNames().contains(m_options.view)) {
            m_awaitingViewData = false; // staff views stay hidden without a profile
            screenshotWhenReady();
        }
    });
    loader->load();
}

void AppController::ensureOfflineStore(const QString &id)
{
    // The demo's address changes every run; its offline copy is kept per demo account instead.
    const QString cacheKey = id == m_demoId ? QStringLiteral("demo-") + m_options.demoUser : id;
    const QString path = cache::OfflineStore::defaultPath(cacheKey);
    if (!m_offlineStore || m_offlineStore->path() != path) {
        delete m_resourceRepository; // they write to the store: first
        m_resourceRepository = nullptr;
        delete m_spaceWords;
        m_spaceWords = nullptr;
        delete m_roomDetailsLoader;
        m_roomDetailsLoader = nullptr;
        delete m_offlineStore;
        m_offlineStore = new cache::AsyncOfflineStore(path, this);
        connect(m_offlineStore, &cache::AsyncOfflineStore::opened, this,
                [this](cache::OfflineStore::OpenResult, const QString &message) {
                    if (!message.isEmpty())
                        m_window->showNotice(message);
                });
        connect(m_offlineStore, &cache::AsyncOfflineStore::writeFailed, this,
                [this](const QString &message) { m_window->showNotice(message); });
        connect(m_offlineStore, &cache::AsyncOfflineStore::cleared, this,
                [this] { m_window->showStatus(tr("The offline copy of this account was removed.")); });
    }
}

void AppController::openOfflineCopy(const QString &id, auth::AccountSession *session)
{
    ensureOfflineStore(id);
    delete m_resourceRepository;
    m_resourceRepository = new repository::ResourceRepository(session->api(), m_offlineStore, this);
    delete m_spaceWords;
    m_spaceWords = new repository::SpaceWordsRepository(session->api(), m_offlineStore, this);
    connect(m_spaceWords, &repository::SpaceWordsRepository::wordsChanged, this, [this](const domain::SpaceWords &words) {
        m_resources->setSpaceWords(words);
        m_roomDetails->setSpaceWords(words);
        m_newsView->setSpaceWords(words);
    });
    connect(m_spaceWords, &repository::SpaceWordsRepository::loadFinished, this, &AppController::screenshotWhenReady);
    delete m_roomDetailsLoader;
    m_roomDetailsLoader = new repository::ResourceDetailsLoader(session->api(), m_offlineStore, this);
    connect(m_roomDetailsLoader, &repository::ResourceDetailsLoader::loaded, m_roomDetails, &RoomDetails::showDetails);
    connect(m_roomDetailsLoader, &repository::ResourceDetailsLoader::loaded, this, &AppController::screenshotWhenReady);
    connect(m_roomDetailsLoader, &repository::ResourceDetailsLoader::failed, this, [this](qint64 id, const QString &message) {
        qCInfo(lcApp) << "Details of room" << id << "not loaded:" << message; // the list's record stays shown
        screenshotWhenReady();
    });
    using repository::ResourceRepository;
    connect(m_resourceRepository, &ResourceRepository::cachedLoaded, this, &AppController::showCachedResources);
    connect(m_resourceRepository, &ResourceRepository::pageReceived, m_resources, &models::ResourceListModel::upsert);
    connect(m_resourceRepository, &ResourceRepository::progress, this, [this](int done, int total) {
        m_window->showStatus(tr("Loading rooms… page %1 of %2").arg(done).arg(total));
    });
    connect(m_resourceRepository, &ResourceRepository::retryScheduled, this, [this](int, qint64 delayMs) {
        const int seconds = int((delayMs + 999) / 1000);
        m_window->showStatus(tr("The space did not answer; trying again in %n second(s)…", nullptr, seconds));
    });
    connect(m_resourceRepository, &ResourceRepository::refreshed, this,
            [this](const QSet<qint64> &listedIds, const QDateTime &fetchedAt) {
                m_resources->removeAllExcept(listedIds); // rooms the space no longer lists
                m_roomDetailsLoader->forgetFetched();
                const bool wasOffline = m_connectivity->isOffline();
                m_connectivity->reportReachable(fetchedAt);
                if (wasOffline) { // back online: what the other views show is stale too
                    m_pictures->retryUnreachable();
                    m_bookingsView->reload();
                    m_newsView->reload();
                }
                onResourcesLoaded();
            });
    connect(m_resourceRepository, &ResourceRepository::refreshFailed, this, &AppController::onResourcesFailed);
}

void AppController::loadResources()
{
    if (!m_session || !m_session->auth()->isSignedIn() || !m_resourceRepository || m_fullSync)
        return; // a running sync refreshes the rooms' offline copy itself
    m_window->showNotice(m_startupNotice);
    m_resourceRepository->refresh();
}

void AppController::showCachedResources(const QList<domain::Resource> &resources, const QDateTime &fetchedAt)
{
    if (resources.isEmpty() || m_resources->rowCount() > 0)
        return; // no copy yet, or the space answered first
    m_resources->setResources(resources);
    onResourcesListed();
    m_window->showStatus(tr("%n bookable room(s), from the offline copy of %1", nullptr, int(resources.size()))
                             .arg(QLocale().toString(core::Clock::onComputer(fetchedAt), QLocale::ShortFormat)));
}

void AppController::onResourcesFailed(const api::ApiError &error, bool offline)
{
    if (!offline)
        m_connectivity->reportReachable(); // the space answered, even if with an error: not offline
    if (error.isUnavailableHere()) {
        // Not a failure of the run: the other views go on, and a picture shows the reason.
        m_window->showNotice(error.kind() == api::ApiError::Kind::Forbidden
                                 ? tr("This account may not see the space's rooms. Your bookings and the news are "
                                      "still here.")
                                 : tr("This space does not list its rooms to Portal Desk. Your bookings and the news "
                                      "are still here."));
        m_window->showStatus({});
        m_resourcesReady = true;
        screenshotWhenReady();
        return;
    }
    if (!offline || m_resources->rowCount() == 0) {
        onLoadFailed(offline ? tr("The space cannot be reached and there is no offline copy of its rooms yet: %1")
                                   .arg(error.message())
                             : error.message());
        if (offline)
            m_connectivity->reportUnreachable({}); // keep trying
        return;
    }
    m_connectivity->reportUnreachable(m_resourceRepository->fetchedAt());
    showOfflineState(true);
    m_resourcesReady = true; // the offline copy is what there is to show
    screenshotWhenReady();
}

void AppController::showOfflineState(bool offline)
{
    const QDateTime from = m_connectivity->dataFetchedAt();
    const QString banner = !offline ? QString()
                           : from.isValid()
                               ? tr("Offline — showing data from %1. Booking and other changes need a connection; "
                                    "Portal Desk reconnects by itself.")
                                     .arg(QLocale().toString(core::Clock::onComputer(from), QLocale::ShortFormat))
                               : tr("Offline — the space cannot be reached. Portal Desk reconnects by itself.");
    m_window->showOfflineBanner(banner);
    m_roomDetails->setBookingBlockedReason(offline ? tr("Booking needs a connection to the space.") : QString());
}

void AppController::onResourcesLoaded()
{
    onResourcesListed();
    m_window->showStatus(tr("%n bookable room(s)", nullptr, m_resources->rowCount()));
    m_resourcesReady = true;
    screenshotWhenReady();
}

void AppController::onResourcesListed()
{
    QHash<qint64, QString> locations;
    for (int row = 0; row < m_resources->rowCount(); ++row) {
        const domain::Resource resource = m_resources->resourceAt(row);
        locations.insert(resource.businessId, resource.businessName);
    }
    m_filterPanel->setLocations(locations);
    m_window->selectFirstResourceIfNone();
}

QString AppController::datasetTitle(const QString &dataset)
{
    if (dataset == u"resources")
        return tr("rooms");
    if (dataset == u"resource-details")
        return tr("room details");
    if (dataset == u"bookings")
        return tr("bookings");
    if (dataset == u"bookings-cancelled")
        return tr("cancelled bookings");
    if (dataset == u"news")
        return tr("news");
    if (dataset == u"applications")
        return tr("applications");
    if (dataset == u"review-resources")
        return tr("resources for review");
    if (dataset == u"review-resource-types")
        return tr("resource types");
    if (dataset == u"review-booking-rates")
        return tr("booking rates");
    return dataset;
}

QString AppController::syncSummary(const repository::FullSync &sync)
{
    QStringList parts;
    for (auto it = sync.counts().cbegin(); it != sync.counts().cend(); ++it)
        parts.append(tr("%1: %2").arg(datasetTitle(it.key())).arg(it.value()));
    QString summary = parts.join(QStringLiteral(", "));
    if (!sync.skipped().isEmpty())
        summary = tr("%1; skipped: %2").arg(summary, skippedSummary(sync));
    return summary;
}

QString AppController::skippedSummary(const repository::FullSync &sync)
{
    QStringList parts;
    for (auto it = sync.skipped().cbegin(); it != sync.skipped().cend(); ++it)
        parts.append(tr("%1 (%2)").arg(datasetTitle(it.key()), unavailableReason(it.value())));
    return parts.join(QStringLiteral(", "));
}

QString AppController::unavailableReason(const api::ApiError &error)
{
    return error.kind() == api::ApiError::Kind::Forbidden ? tr("this account may not read them")
                                                          : tr("the space does not offer them");
}

QString AppController::syncStoppedMessage(const QString &dataset, const api::ApiError &error)
{
    return tr("Sync stopped at %1: %2 What was synced before is kept.").arg(datasetTitle(dataset), error.message());
}

void AppController::syncForOfflineUse()
{
    if (!m_session || !m_offlineStore || m_fullSync)
        return;
    if (m_resourceRepository)
        m_resourceRepository->cancel(); // one refresh of the rooms at a time: the sync's
    SyncProgress *progress = m_window->syncProgress();
    m_fullSync = new repository::FullSync(m_session->api(), m_offlineStore, m_identity.isStaff, this);
    connect(m_fullSync, &repository::FullSync::progress, progress,
            [progress](const QString &dataset, int step, int steps, int done, int total) {
                progress->showProgress(tr("Syncing %1 (%2 of %3)").arg(datasetTitle(dataset)).arg(step).arg(steps), done, total);
            });
    connect(m_fullSync, &repository::FullSync::finished, this, [this, progress] {
        progress->finish();
        if (m_fullSync->lastSavedDataset().isEmpty())
            m_window->showNotice(tr("Nothing could be synced: the space offers none of its data to this account (%1).")
                                     .arg(skippedSummary(*m_fullSync)));
        else
            m_window->showStatus(tr("The offline copy is up to date: %1.").arg(syncSummary(*m_fullSync)));
        m_connectivity->reportReachable(core::Clock::nowUtc());
        m_fullSync->deleteLater();
    });
    connect(m_fullSync, &repository::FullSync::failed, this,
            [this, progress](const QString &dataset, const api::ApiError &error) {
                progress->finish();
                m_window->showNotice(syncStoppedMessage(dataset, error));
                m_fullSync->deleteLater();
            });
    connect(progress, &SyncProgress::cancelRequested, m_fullSync, [this, progress] {
        m_fullSync->cancel();
        progress->finish();
        m_window->showStatus(tr("Sync stopped. The offline copy keeps what was complete before."));
        m_fullSync->deleteLater();
    });
    m_fullSync->start();
}

void AppController::runHeadlessSync(const QString &id, auth::AccountSession *session)
{
    m_currentId = id;
    m_session = session;
    // The words of the space are kept in the language the window would show.
    const auto account = m_registry->find(id);
    session->api()->setLanguage(account && !account->language.isEmpty() && m_options.language.isEmpty()
                                    ? account->language : m_languages->current());
    ensureOfflineStore(id);
    connect(m_offlineStore, &cache::AsyncOfflineStore::writeFailed, this, [this](const QString &message) {
        failHeadless(message);
    });
    // Staff also keep the applications: the profile says who this is first.
    auto *loader = new repository::IdentityLoader(session->api(), this);
    auto committed = std::make_shared<QSet<QString>>(); // datasets on disk so far
    const auto startSync = [this, loader, session, committed](bool staff) {
        loader->deleteLater();
        auto *sync = new repository::FullSync(session->api(), m_offlineStore, staff, this);
        connect(sync, &repository::FullSync::progress, this,
                [](const QString &dataset, int step, int steps, int done, int total) {
                    std::fprintf(stderr, "%s\n", qPrintable(tr("[%1/%2] %3: page %4 of %5")
                                                                .arg(step).arg(steps).arg(datasetTitle(dataset))
                                                                .arg(done).arg(total)));
                });
        connect(sync, &repository::FullSync::retryScheduled, this, [](const QString &dataset, int, qint64 delayMs) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("%1: the space did not answer; trying again in %n second(s)…",
                                                        nullptr, int((delayMs + 999) / 1000)).arg(datasetTitle(dataset))));
        });
        connect(sync, &repository::FullSync::failed, this, [this](const QString &dataset, const api::ApiError &error) {
            failHeadless(syncStoppedMessage(dataset, error));
        });
        connect(sync, &repository::FullSync::datasetSkipped, this, [](const QString &dataset, const api::ApiError &error) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("Skipped %1: %2.").arg(datasetTitle(dataset), unavailableReason(error))));
        });
        connect(sync, &repository::FullSync::finished, this, [this, sync, committed] {
            // The summary waits for the last dataset to be on disk, not just fetched.
            const QString last = sync->lastSavedDataset();
            if (last.isEmpty()) {
                failHeadless(tr("Nothing could be synced: the space offers none of its data to this account (%1).")
                                 .arg(skippedSummary(*sync)));
                return;
            }
            const auto report = [this, sync] {
                if (m_screenshotTaken)
                    return;
                m_screenshotTaken = true; // headless work done: nothing else may end the run
                std::printf("%s\n", qPrintable(tr("Synced %1 for %2 in %3 s; the offline copy is at %4.")
                                                   .arg(syncSummary(*sync), m_currentId)
                                                   .arg(double(sync->elapsedMs()) / 1000.0, 0, 'f', 1)
                                                   .arg(m_offlineStore->path())));
                std::fflush(stdout);
                Q_EMIT exitRequested(0);
            };
            // Skipped datasets at the end: the last one saved may be on disk already.
            if (committed->contains(last)) {
                report();
                return;
            }
            connect(m_offlineStore, &cache::AsyncOfflineStore::committed, this, [report, last](const QString &dataset) {
                if (dataset == last)
                    report();
            });
        });
        connect(m_offlineStore, &cache::AsyncOfflineStore::committed, sync,
                [committed](const QString &dataset) { committed->insert(dataset); });
        sync->start();
    };
    connect(loader, &repository::IdentityLoader::loaded, this,
            [startSync](const repository::Identity &identity) { startSync(identity.isStaff); });
    connect(loader, &repository::IdentityLoader::failed, this, [startSync] { startSync(false); });
    loader->load();
}

void AppController::screenshotWhenReady()
{
    // The selected room's details too: the picture shows the pane as a person would see it.
    const bool awaitingRoomDetails = m_roomDetailsLoader && m_roomDetailsLoader->isLoading();
    // And the space's words in the chosen language, so the picture shows the names people read.
    const bool awaitingWords = m_spaceWords && m_spaceWords->isLoading();
    if (!m_options.screenshotPath.isEmpty() && m_resourcesReady && !m_awaitingViewData && !awaitingRoomDetails
        && !awaitingWords && !m_busyTimes->isAwaitingAnswer())
        QTimer::singleShot(100, this, &AppController::takeScreenshotAndExit); // let the view lay out first
}

void AppController::onLoadFailed(const QString &message)
{
    qCWarning(lcApp) << "Loading failed:" << message;
    m_window->showNotice(message);
    m_window->showStatus({});
    if (isHeadless())
        failHeadless(message);
}

void AppController::takeScreenshotAndExit()
{
    if (m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    const QString path = QFileInfo(m_options.screenshotPath).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_window->grab().save(path, "PNG")) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Could not save the screenshot to %1.").arg(path)));
        Q_EMIT exitRequested(1);
        return;
    }
    std::printf("%s\n", qPrintable(path));
    std::fflush(stdout);
    if (m_connectivity->isOffline()) // scripts learn the picture shows the offline copy
        std::fprintf(stderr, "%s\n", qPrintable(tr("Offline: the picture shows the offline copy.")));
    Q_EMIT exitRequested(0);
}

void AppController::failHeadless(const QString &message)
{
    if (m_window)
        m_window->showNotice(message);
    if (!isHeadless() || m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    Q_EMIT exitRequested(1);
}
