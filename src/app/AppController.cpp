// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "AccountCoordinator.h"
#include "AccountMenu.h"
#include "ApplicationsView.h"
#include "BookingsView.h"
#include "repository/SeriesCancellation.h"
#include "GuiSync.h"
#include "HeadlessSync.h"
#include "LanguageController.h"
#include "Logging.h"
#include "MainWindow.h"
#include "NewsView.h"
#include "PropertiesView.h"
#include "TenantsView.h"
#include "ResourceReviewView.h"
#include "RoomsPresenter.h"
#include "SchedulePage.h"
#include "ScreenshotRun.h"
#include "StaffGate.h"
#include "auth/AccountSession.h"
#include "repository/AccountContext.h"
#include "repository/IdentityLoader.h"
#include "propertyos/PropertyOsAccount.h"

#include <QIcon>
#include <QTimer>
#include <cstdio>

namespace {
//! Headless screenshot runs give up after this long rather than hang a script.
constexpr int screenshotDeadlineMs = 90000;
//! A full sync pages through everything within the throttle: it may take minutes on a big space.
constexpr int syncDeadlineMs = 30 * 60 * 1000;
} // namespace

AppController::AppController(AppOptions options, QString password, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_password(std::move(password)),
      m_language(new LanguageController(m_options.language, this)), m_accounts(new AccountCoordinator(m_options, this))
{
    m_accounts->setLanguage(m_language->current());
    connect(m_accounts, &AccountCoordinator::activated, this, &AppController::activate);
    connect(m_accounts, &AccountCoordinator::propertyOsActivated, this, &AppController::activatePropertyOs);
    connect(m_accounts, &AccountCoordinator::aboutToSignOut, this, [this](const QString &, bool remove) { onSignOut(remove); });
    connect(m_accounts, &AccountCoordinator::failed, this, &AppController::onLoadFailed);
    connect(m_accounts, &AccountCoordinator::notice, this, &AppController::showNotice);
    connect(m_accounts, &AccountCoordinator::status, this, [this](const QString &text) { showStatus(text); });
    connect(m_accounts, &AccountCoordinator::noAccount, this, &AppController::onNoAccount);
    connect(m_accounts, &AccountCoordinator::exitRequested, this, &AppController::exitRequested);
    connect(m_language, &LanguageController::changed, this, &AppController::onLanguageChanged);
}

// The account's repositories may still answer the views: the context goes before the window.
AppController::~AppController()
{
    delete m_context;
    delete m_propertyOs;
}

bool AppController::start()
{
    if (m_options.signOut) {
        m_accounts->signOutFromCommandLine();
        return true;
    }
    if (!m_options.sync) // --sync works from the command line only: no window at all
        openWindow();
    if (isHeadless())
        QTimer::singleShot(m_options.sync ? syncDeadlineMs : screenshotDeadlineMs, this,
                           [this] { failHeadless(tr("The space's data did not load in time.")); });
    m_accounts->start(std::exchange(m_password, {}));
    return true;
}

void AppController::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.portaldesk.PortalDesk.png")));
    if (!isHeadless())
        m_accounts->setDialogParent(m_window.get());
    m_rooms = new RoomsPresenter(m_window.get(), this);
    // The schedule's rows are the rooms of the list's filter; a slot picked books through the rooms.
    m_schedule = new SchedulePage;
    m_schedule->setRooms(m_rooms->filteredRooms());
    m_window->addView(QStringLiteral("schedule"), m_schedule);
    m_bookingsView = new BookingsView;
    m_window->addView(QStringLiteral("bookings"), m_bookingsView);
    m_newsView = new NewsView;
    m_window->addView(QStringLiteral("news"), m_newsView);
    m_applicationsView = new ApplicationsView;
    m_window->addView(QStringLiteral("applications"), m_applicationsView);
    m_reviewView = new ResourceReviewView;
    m_window->addView(QStringLiteral("resources-review"), m_reviewView);
    m_propertiesView = new PropertiesView;
    m_window->addView(QStringLiteral("properties"), m_propertiesView);
    m_tenantsView = new TenantsView;
    m_window->addView(QStringLiteral("tenants"), m_tenantsView);
    for (const QString &name : AppOptions::propertyOsViews())
        m_window->setViewAvailable(name, false); // until a Property OS account opens
    applyViewTitles();
    m_staff = new StaffGate(m_window.get(), m_applicationsView, m_reviewView, m_options.view, this);
    m_sync = new GuiSync(m_window.get(), this);

    connect(m_rooms, &RoomsPresenter::loadFailed, this, &AppController::onLoadFailed);
    connect(m_rooms, &RoomsPresenter::reloadStarted, this, [this] { showNotice(m_startupNotice); });
    connect(m_rooms, &RoomsPresenter::backOnline, this, [this] { // what the other views show is stale too
        m_bookingsView->reload();
        m_newsView->reload();
    });
    connect(m_rooms, &RoomsPresenter::booked, m_bookingsView, &BookingsView::reload);
    connect(m_rooms, &RoomsPresenter::booked, m_schedule, &SchedulePage::reload);
    connect(m_rooms, &RoomsPresenter::backOnline, m_schedule, &SchedulePage::reload);
    connect(m_rooms, &RoomsPresenter::bookingBlockedChanged, m_schedule, &SchedulePage::setBookingBlockedReason);
    connect(m_schedule, &SchedulePage::bookRequested, m_rooms, &RoomsPresenter::openBookingDialogOn);
    connect(m_rooms, &RoomsPresenter::spaceWordsChanged, m_newsView, &NewsView::setSpaceWords);
    connect(m_staff, &StaffGate::identityKnown, this, &AppController::onIdentity);
    connect(m_staff, &StaffGate::viewNotice, this, [this](const QString &text) { showNotice(m_startupNotice = text); });
    connect(m_sync, &GuiSync::started, m_rooms, &RoomsPresenter::onSyncStarted);
    connect(m_sync, &GuiSync::ended, m_rooms, &RoomsPresenter::onSyncEnded);
    connect(m_window.get(), &MainWindow::syncRequested, this, [this] { m_sync->start(m_context, m_accountMenu->isStaff()); });
    m_accountMenu = new AccountMenu(m_window.get(), m_accounts, this);
    connect(m_accountMenu, &AccountMenu::removeOfflineCopyConfirmed, this, [this] {
        if (m_context)
            m_context->clearOfflineCopy();
        m_rooms->forgetPictures(); // and the rooms' pictures kept for this account
    });
    m_language->bindMenu(m_window.get());

    if (!m_options.screenshotPath.isEmpty()) {
        m_screenshot = new ScreenshotRun(
            m_options.screenshotPath, m_window.get(),
            [this] { return isSettled(); },
            [this] { return m_rooms->isOffline(); }, this);
        connect(m_newsView, &NewsView::listProgressed, m_screenshot, &ScreenshotRun::check);
        connect(m_schedule, &SchedulePage::progressed, m_screenshot, &ScreenshotRun::check);
        connect(m_rooms, &RoomsPresenter::progressed, m_screenshot, &ScreenshotRun::check);
        connect(m_staff, &StaffGate::progressed, m_screenshot, &ScreenshotRun::check);
        connect(m_propertiesView, &PropertiesView::progressed, m_screenshot, &ScreenshotRun::check);
        connect(m_tenantsView, &TenantsView::progressed, m_screenshot, &ScreenshotRun::check);
        connect(m_screenshot, &ScreenshotRun::done, this, &AppController::finish);
    }
    // The staff's and the Property OS views show once the account says they may.
    if (!StaffGate::viewNames().contains(m_options.view) && !AppOptions::propertyOsViews().contains(m_options.view)
        && !m_window->showView(m_options.view))
        showNotice(m_startupNotice = tr("The \"%1\" view is not part of this version yet; showing the rooms.").arg(m_options.view));
    m_window->show();
}

bool AppController::isSettled() const
{
    if (m_propertyOs)
        return m_propertiesView->isSettled() && m_tenantsView->isSettled();
    return m_rooms->isSettled() && !m_staff->isAwaitingView()
           && (m_options.view != QLatin1String("news") || m_newsView->isListSettled())
           && (m_options.view != QLatin1String("schedule") || m_schedule->isSettled());
}

void AppController::showViewsOf(bool propertyOs)
{
    if (!m_window)
        return;
    for (const QString &name : {QStringLiteral("browser"), QStringLiteral("schedule"), QStringLiteral("bookings"), QStringLiteral("news")})
        m_window->setViewAvailable(name, !propertyOs);
    if (propertyOs) // the staff tabs come back only with a staff profile (StaffGate)
        for (const QString &name : StaffGate::viewNames())
            m_window->setViewAvailable(name, false);
    for (const QString &name : AppOptions::propertyOsViews())
        m_window->setViewAvailable(name, propertyOs);
}

void AppController::activatePropertyOs(const QString &id, propertyos::PropertyOsAccount *account)
{
    if (m_options.sync) { // no window to show it in
        account->deleteLater();
        failHeadless(tr("--sync does not cover Property OS accounts yet."));
        return;
    }
    // One account at a time: whatever the previous one showed goes with it.
    onSignOut(false);
    delete std::exchange(m_propertyOs, account);
    account->setParent(this);
    qCInfo(lcApp) << "Opened the Property OS account at" << account->apiUrl().host();
    m_accountMenu->setPropertyOsAccount(account->apiUrl().host());
    showViewsOf(true);
    m_window->showView(AppOptions::propertyOsViews().contains(m_options.view) ? m_options.view
                                                                              : AppOptions::propertyOsViews().constFirst());
    m_window->showStatus({});
    showNotice({});
    m_propertiesView->setRepository(&account->properties());
    m_propertiesView->reload();
    m_tenantsView->setRepository(&account->tenants());
    m_tenantsView->reload();
    Q_UNUSED(id)
}

void AppController::activate(const QString &id, auth::AccountSession *session)
{
    if (m_propertyOs) {
        m_propertiesView->setRepository(nullptr);
        m_tenantsView->setRepository(nullptr);
        delete std::exchange(m_propertyOs, nullptr);
        showViewsOf(false);
    }
    const bool sameAccount = m_context && m_context->id() == id;
    delete m_context; // one account at a time: its offline copy closes before another opens
    m_context = new repository::AccountContext(id, session, m_accounts->offlineKey(id), this);
    // The API's localized routes follow the UI; an account keeps the language it was last used in.
    const QString kept = m_accounts->languageOf(id);
    if (m_options.sync) {
        m_context->setLanguage(!kept.isEmpty() && m_options.language.isEmpty() ? kept : m_language->current());
        m_headlessSync = new HeadlessSync(m_context, this);
        connect(m_headlessSync, &HeadlessSync::succeeded, this, [this] { finish(0); });
        connect(m_headlessSync, &HeadlessSync::failed, this, &AppController::failHeadless);
        m_headlessSync->start();
        return;
    }
    if (!kept.isEmpty() && kept != m_language->current())
        m_language->switchTo(kept);
    else
        m_context->setLanguage(m_language->current());
    connect(m_context, &repository::AccountContext::offlineCopyProblem, this, &AppController::showNotice);
    connect(m_context, &repository::AccountContext::offlineCopyWriteFailed, this, &AppController::showNotice);
    connect(m_context, &repository::AccountContext::offlineCopyCleared, this,
            [this] { showStatus(tr("The offline copy of this account was removed.")); });
    connect(m_context, &repository::AccountContext::signInRequired, this, [this, session] {
        onLoadFailed(tr("Your session has ended. Please sign in again."));
        if (!isHeadless())
            m_accounts->showSignInDialog(session->spaceUrl().toString(), session->email());
    });
    qCInfo(lcApp) << "Signed in to" << session->spaceUrl().host();
    m_accountMenu->setSession(session, sameAccount);
    showNotice(m_startupNotice);
    m_bookingsView->setRepository(m_context->bookings());
    m_bookingsView->setSeriesCancellationFactory([context = QPointer<repository::AccountContext>(m_context)](QObject *parent) {
        return context ? context->newSeriesCancellation(parent) : nullptr;
    });
    m_bookingsView->reload();
    m_newsView->setNews(m_context->news());
    m_schedule->setContext(m_context);
    m_staff->setContext(m_context);
    m_rooms->setContext(m_context, sameAccount);
}

void AppController::onIdentity(const domain::Identity &identity)
{
    m_bookingsView->setTimeZone(identity.timeZone);
    m_bookingsView->setCurrencyCode(identity.currencyCode);
    m_rooms->setIdentity(identity);
    m_schedule->setTimeZone(identity.timeZone);
    m_accountMenu->setIdentity(identity.fullName, identity.spaceName, identity.isStaff);
}

void AppController::onSignOut(bool removeAccount)
{
    m_rooms->clear();
    m_schedule->setContext(nullptr);
    m_staff->clear(); // staff data goes with the account
    if (removeAccount && m_context)
        m_context->clearOfflineCopy(); // the account's offline copy goes with it (done before the store closes)
    delete std::exchange(m_context, nullptr);
}

void AppController::onNoAccount()
{
    showNotice(tr("Sign in to your space to see its rooms. To look around first, start Portal Desk with --demo."));
    if (m_options.sync)
        failHeadless(tr("There is no account to sync. Sign in once first."));
    else if (m_screenshot)
        QTimer::singleShot(0, m_screenshot, &ScreenshotRun::shootNow);
    else
        m_accounts->showSignInDialog();
}

void AppController::onLanguageChanged(const QString &code)
{
    m_options.language = code;
    if (m_context)
        m_context->setLanguage(code);
    m_accounts->setLanguage(code);
    m_accounts->rememberLanguage(code);
    if (!m_window)
        return;
    m_rooms->retranslate();
    applyViewTitles();
    m_accountMenu->refresh();
    m_rooms->showRoomCount();
}

void AppController::applyViewTitles()
{
    // The tabs after the rooms are not part of the window's form, so they re-translate here.
    m_window->setViewTitle(QStringLiteral("schedule"), tr("&Schedule"));
    m_window->setViewTitle(QStringLiteral("bookings"), tr("My &bookings"));
    m_window->setViewTitle(QStringLiteral("news"), tr("&News"));
    m_window->setViewTitle(QStringLiteral("resources-review"), tr("Resource &review"));
    m_window->setViewTitle(QStringLiteral("applications"), tr("&Applications"));
    m_window->setViewTitle(QStringLiteral("properties"), tr("&Properties"));
    m_window->setViewTitle(QStringLiteral("tenants"), tr("&Tenants"));
}

void AppController::showNotice(const QString &text)
{
    if (m_window)
        m_window->showNotice(text);
}

void AppController::showStatus(const QString &text)
{
    if (m_window)
        m_window->showStatus(text);
}

void AppController::onLoadFailed(const QString &message)
{
    qCWarning(lcApp) << "Loading failed:" << message;
    showNotice(message);
    showStatus({});
    if (isHeadless())
        failHeadless(message);
}

void AppController::failHeadless(const QString &message)
{
    showNotice(message);
    if (!isHeadless() || m_finished)
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    finish(1);
}

void AppController::finish(int code)
{
    if (std::exchange(m_finished, true))
        return;
    Q_EMIT exitRequested(code);
}
