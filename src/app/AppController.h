// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"

#include <QObject>
#include <QPointer>
#include <memory>

class AccountCoordinator;
class AccountMenu;
class ApplicationsView;
class BookingsView;
class GuiSync;
class HeadlessSync;
class LanguageController;
class MainWindow;
class NewsView;
class SchedulePage;
class PropertiesView;
class TenantsView;
class ResourceReviewView;
class RoomsPresenter;
class ScreenshotRun;
class StaffGate;

namespace auth {
class AccountSession;
}
namespace repository {
class AccountContext;
}
namespace propertyos {
class PropertyOsAccount;
}
namespace domain {
struct Identity;
}

//! The composition root of one run: picks the mode (window, --screenshot, --sync, --sign-out),
//! builds what that mode needs and nothing more (`--sync` builds no widget), and hands each signed-in
//! account's context to the views.
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(AppOptions options, QString password, QObject *parent = nullptr);
    ~AppController() override;

    //! Starts everything; returns false (after printing why) when the app cannot start at all.
    bool start();

Q_SIGNALS:
    //! The app should end with this exit code (screenshot taken, sign-out done, or a fatal error).
    void exitRequested(int code);

private:
    void openWindow();
    void activate(const QString &id, auth::AccountSession *session);
    //! A Property OS account: its views show, the Nexudus views hide.
    void activatePropertyOs(const QString &id, propertyos::PropertyOsAccount *account);
    //! Which kind of account the window shows: the other kind's tabs are hidden.
    void showViewsOf(bool propertyOs);
    //! The headless run has what it waits for.
    bool isSettled() const;
    void onIdentity(const domain::Identity &identity);
    void onSignOut(bool removeAccount);
    void onNoAccount();
    void onLanguageChanged(const QString &code);
    void applyViewTitles();
    void showNotice(const QString &text);
    void showStatus(const QString &text);
    void onLoadFailed(const QString &message);
    //! No window for people: --screenshot or --sync; problems end the run with a message.
    bool isHeadless() const { return !m_options.screenshotPath.isEmpty() || m_options.sync; }
    void failHeadless(const QString &message);
    void finish(int code);

    AppOptions m_options;
    QString m_password;
    LanguageController *m_language;
    AccountCoordinator *m_accounts;
    repository::AccountContext *m_context = nullptr; //!< the current account's, or none
    propertyos::PropertyOsAccount *m_propertyOs = nullptr; //!< the current Property OS account, or none
    std::unique_ptr<MainWindow> m_window;            //!< none in --sync
    AccountMenu *m_accountMenu = nullptr;
    RoomsPresenter *m_rooms = nullptr;
    StaffGate *m_staff = nullptr;
    GuiSync *m_sync = nullptr;
    ScreenshotRun *m_screenshot = nullptr;
    HeadlessSync *m_headlessSync = nullptr;
    BookingsView *m_bookingsView = nullptr;         //!< owned by the window
    NewsView *m_newsView = nullptr;                 //!< owned by the window
    SchedulePage *m_schedule = nullptr;             //!< owned by the window
    ApplicationsView *m_applicationsView = nullptr; //!< owned by the window
    ResourceReviewView *m_reviewView = nullptr;     //!< owned by the window
    PropertiesView *m_propertiesView = nullptr;     //!< owned by the window
    TenantsView *m_tenantsView = nullptr;           //!< owned by the window
    QString m_startupNotice; //!< said once at start (e.g. an unknown --view) and kept visible
    bool m_finished = false; //!< headless work done: nothing else may end the run
};
