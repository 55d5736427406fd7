// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"

#include <QObject>
#include <QPointer>
#include <memory>

class DemoSpace;
class MainWindow;

namespace api {
class ApiError;
}
namespace auth {
class AccountSession;
struct SignInError;
}
namespace models {
class ResourceListModel;
class RoleColumnsProxy;
}
namespace repository {
class ListPager;
}

//! Wires one run of the app together: picks the space (demo or real), signs in, opens the window,
//! loads the resources, and in --screenshot mode saves the window once the data is there.
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(AppOptions options, QString password, QObject *parent = nullptr);
    ~AppController() override;

    //! Starts everything; returns false (after printing why) when the app cannot start at all.
    bool start();

Q_SIGNALS:
    //! The app should end with this exit code (screenshot taken, or a fatal error in headless use).
    void exitRequested(int code);

private:
    void openWindow();
    void signIn(const QUrl &spaceUrl, const QString &email, const QString &password);
    void onSignedIn();
    void loadWhoAmI();
    void loadResources();
    void onResourcesLoaded(int count);
    void onLoadFailed(const QString &message);
    void takeScreenshotAndExit();
    void failHeadless(const QString &message);

    AppOptions m_options;
    QString m_password;
    std::unique_ptr<DemoSpace> m_demo;
    std::unique_ptr<MainWindow> m_window;
    auth::AccountSession *m_session = nullptr;
    models::ResourceListModel *m_resources = nullptr;
    models::RoleColumnsProxy *m_resourceColumns = nullptr;
    repository::ListPager *m_resourcePager = nullptr;
    bool m_screenshotTaken = false;
};
