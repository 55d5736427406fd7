// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"

#include "repository/IdentityLoader.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

namespace domain {
struct Resource;
}

class ApplicationsView;
class BookingsView;
class DemoSpace;
class BusyTimesFeed;
class FilterPanel;
class NewsView;
class ResourceReviewView;
class RoomDetails;
class LanguageSwitcher;
class MainWindow;

namespace api {
class ApiError;
}
namespace auth {
class AccountManager;
class AccountRegistry;
class AccountSession;
class TokenStore;
}
namespace models {
class ResourceFilterProxy;
class ResourceListModel;
class RoleColumnsProxy;
}
namespace cache {
class AsyncOfflineStore;
}
namespace repository {
class BookingService;
class ConnectivityMonitor;
class FullSync;
class ResourcePictureLoader;
class ResourceRepository;
class SpaceWordsRepository;
class ResourceDetailsLoader;
}

//! Wires one run of the app together: picks the account (demo, command line, or the ones stored),
//! signs in or restores it from the keychain, opens the window, loads the resources, and in
//! --screenshot mode saves the window once the data is there.
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
    void startDemo();
    void signInFromCommandLine();
    void restoreLastAccount();
    //! --server [--user] without a password: that account's sign-in from the keychain.
    void openStoredAccount(const QUrl &spaceUrl);
    void signOutFromCommandLine();
    void showSignInDialog(const QString &space = {}, const QString &email = {});
    void activate(const QString &id, auth::AccountSession *session);
    void switchTo(const QString &id);
    void refreshAccountMenu();
    void renameCurrentAccount();
    void signOutCurrentAccount(bool removeAccount);
    void openBookingDialog(qint64 resourceId);
    void applyColumnTitles();
    void applyViewTitles();
    void refreshLanguageMenu();
    void switchLanguage(const QString &code);
    void showAccountHeader();
    void loadWhoAmI();
    //! The account's offline copy (a new account: a new copy).
    void ensureOfflineStore(const QString &id);
    //! The offline copy and the rooms repository reading it first.
    void openOfflineCopy(const QString &id, auth::AccountSession *session);
    //! --sync: everything the account may see into the offline copy, progress on stderr, then exit.
    void runHeadlessSync(const QString &id, auth::AccountSession *session);
    //! What people call a dataset of the offline copy, e.g. "rooms" for "resources".
    static QString datasetTitle(const QString &dataset);
    //! "rooms: 63, bookings: 4, …" for a finished sync.
    static QString syncSummary(const repository::FullSync &sync);
    //! "cancelled bookings (the space does not offer them), …" for the datasets a sync skipped.
    static QString skippedSummary(const repository::FullSync &sync);
    //! Why a dataset is not there, in words: not offered by the space, or closed to this account.
    static QString unavailableReason(const api::ApiError &error);
    static QString syncStoppedMessage(const QString &dataset, const api::ApiError &error);
    //! File > Sync for offline use: everything into the offline copy, progress in the status bar.
    void syncForOfflineUse();
    //! No window for people: --screenshot or --sync; problems end the run with a message.
    bool isHeadless() const { return !m_options.screenshotPath.isEmpty() || m_options.sync; }
    void loadResources();
    void showCachedResources(const QList<domain::Resource> &resources, const QDateTime &fetchedAt);
    void onResourcesLoaded();
    //! The rooms are in the list (from the copy or the space): locations for the filter, a selection.
    void onResourcesListed();
    void onResourcesFailed(const api::ApiError &error, bool offline);
    void showOfflineState(bool offline);
    void onLoadFailed(const QString &message);
    void takeScreenshotAndExit();
    //! In --screenshot mode: shoot once the rooms and the --view's own data are there.
    void screenshotWhenReady();
    void failHeadless(const QString &message);

    AppOptions m_options;
    QString m_password;
    std::unique_ptr<DemoSpace> m_demo;
    std::unique_ptr<MainWindow> m_window;
    auth::AccountRegistry *m_registry = nullptr;
    auth::TokenStore *m_tokenStore = nullptr;
    auth::AccountManager *m_accounts = nullptr;
    LanguageSwitcher *m_languages = nullptr;
    QPointer<auth::AccountSession> m_session;
    QString m_currentId;
    QString m_demoId;
    repository::Identity m_identity; //!< who is signed in on the current account
    QString m_startupNotice; //!< said once at start (e.g. an unknown --view) and kept visible
    models::ResourceListModel *m_resources = nullptr;
    models::ResourceFilterProxy *m_filterProxy = nullptr;
    models::RoleColumnsProxy *m_resourceColumns = nullptr;
    FilterPanel *m_filterPanel = nullptr; //!< owned by the window
    BusyTimesFeed *m_busyTimes = nullptr;
    RoomDetails *m_roomDetails = nullptr; //!< owned by the window
    NewsView *m_newsView = nullptr;       //!< owned by the window
    cache::AsyncOfflineStore *m_offlineStore = nullptr;        //!< the current account's offline copy
    repository::ResourceRepository *m_resourceRepository = nullptr; //!< its rooms, cache first
    repository::SpaceWordsRepository *m_spaceWords = nullptr; //!< its words in the chosen language
    repository::ResourceDetailsLoader *m_roomDetailsLoader = nullptr; //!< an opened room's full record
    repository::ConnectivityMonitor *m_connectivity = nullptr;
    QPointer<repository::FullSync> m_fullSync; //!< a sync the person started, while it runs
    repository::ResourcePictureLoader *m_pictures = nullptr; //!< card pictures of the current account
    BookingsView *m_bookingsView = nullptr;               //!< owned by the window
    QPointer<repository::BookingService> m_bookingService; //!< owned by the current session
    bool m_screenshotTaken = false;
    ApplicationsView *m_applicationsView = nullptr; //!< owned by the window
    ResourceReviewView *m_reviewView = nullptr;     //!< owned by the window
    bool m_resourcesReady = false;   //!< the rooms have loaded (screenshot condition)
    bool m_awaitingViewData = false; //!< the --view still waits for its first page (screenshot condition)
};
