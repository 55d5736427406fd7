// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "DemoSpace.h"
#include "Logging.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/ServerAddress.h"
#include "auth/AccountSession.h"
#include "auth/AuthService.h"
#include "domain/Resource.h"
#include "models/ResourceListModel.h"
#include "models/RoleColumnsProxy.h"
#include "sync/IdentityLoader.h"
#include "sync/ListPager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>

namespace {
//! Full public records, a large page: the throttle allows 10 public calls per 5 s.
constexpr int resourcePageSize = 500;
//! Headless screenshot runs give up after this long rather than hang a script.
constexpr int screenshotDeadlineMs = 90000;
} // namespace

AppController::AppController(AppOptions options, QString password, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_password(std::move(password))
{
}

AppController::~AppController() = default;

bool AppController::start()
{
    if (m_options.sync || m_options.signOut) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("--sync and --sign-out need the offline store and the keychain, which this "
                                   "version does not have yet.")));
        return false;
    }
    openWindow();
    if (!m_options.screenshotPath.isEmpty())
        QTimer::singleShot(screenshotDeadlineMs, this, [this] {
            failHeadless(tr("The space's data did not load in time."));
        });

    if (m_options.demo) {
        m_demo = std::make_unique<DemoSpace>();
        if (!m_demo->start()) {
            failHeadless(tr("The demo space could not start: no free local port."));
            return true;
        }
        signIn(m_demo->url(), m_options.demoUser, DemoSpace::demoPassword());
        return true;
    }
    if (!m_options.server.isEmpty()) {
        QString why;
        const QUrl spaceUrl = api::ServerAddress::fromUserInput(m_options.server, &why);
        if (!spaceUrl.isValid()) {
            failHeadless(why);
            return true;
        }
        if (m_options.user.isEmpty() || m_password.isEmpty()) {
            failHeadless(tr("Sign in with --user EMAIL and --password-stdin."));
            return true;
        }
        signIn(spaceUrl, m_options.user, m_password);
        return true;
    }
    m_window->showNotice(tr("Start Portal Desk with --demo to explore the demo space, or sign in to your space "
                            "with --server NAME --user EMAIL --password-stdin."));
    if (!m_options.screenshotPath.isEmpty())
        QTimer::singleShot(0, this, &AppController::takeScreenshotAndExit);
    return true;
}

void AppController::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_resources = new models::ResourceListModel(this);
    m_resourceColumns = new models::RoleColumnsProxy(this);
    using Model = models::ResourceListModel;
    m_resourceColumns->setColumns({
        {tr("Name"), Qt::DisplayRole, Model::NameRole},
        {tr("Type"), Model::ResourceTypeNameRole},
        {tr("Location"), Model::BusinessNameRole},
        {tr("Floor or area"), Model::GroupNameRole},
        {tr("Capacity"), Model::CapacityTextRole, Model::CapacityRole},
    });
    m_resourceColumns->setSourceModel(m_resources);
    m_window->setResourceModel(m_resourceColumns);
    connect(m_window.get(), &MainWindow::reloadRequested, this, &AppController::loadResources);
    m_window->show();
}

void AppController::signIn(const QUrl &spaceUrl, const QString &email, const QString &password)
{
    m_session = new auth::AccountSession(spaceUrl, email, this);
    if (!m_options.language.isEmpty())
        m_session->api()->setLanguage(m_options.language);
    auth::AuthService *auth = m_session->auth();
    connect(auth, &auth::AuthService::signedIn, this, &AppController::onSignedIn);
    connect(auth, &auth::AuthService::signInFailed, this, [this](const auth::SignInError &error) {
        onLoadFailed(tr("Could not sign in: %1").arg(error.message()));
    });
    connect(m_session->api(), &api::ApiClient::signInRequired, this, [this] {
        onLoadFailed(tr("Your session has ended. Please sign in again."));
    });
    m_window->setAccount(spaceUrl.host(), email);
    m_window->showStatus(tr("Signing in to %1…").arg(spaceUrl.host()));
    auth->signIn(email, password);
    m_password.clear();
}

void AppController::onSignedIn()
{
    qCInfo(lcApp) << "Signed in to" << m_session->spaceUrl().host();
    loadWhoAmI();
    loadResources();
}

void AppController::loadWhoAmI()
{
    auto *loader = new repository::IdentityLoader(m_session->api(), this);
    connect(loader, &repository::IdentityLoader::loaded, this, [this, loader](const repository::Identity &identity) {
        m_window->setAccount(identity.spaceName.isEmpty() ? m_session->spaceUrl().host() : identity.spaceName,
                             identity.fullName.isEmpty() ? m_session->email() : identity.fullName);
        loader->deleteLater();
    });
    // Not knowing the person's name is no reason to stop: the window already shows the e-mail.
    connect(loader, &repository::IdentityLoader::failed, loader, &QObject::deleteLater);
    loader->load();
}

void AppController::loadResources()
{
    if (!m_session || !m_session->auth()->isSignedIn())
        return;
    if (m_resourcePager)
        m_resourcePager->deleteLater();
    m_resourcePager = new repository::ListPager(
        m_session->api(), QStringLiteral("/api/public/resources/published/details"),
        api::ListQuery().size(resourcePageSize).orderBy(QStringLiteral("DisplayOrder")), this);
    connect(m_resourcePager, &repository::ListPager::pageReceived, this,
            [this](const QJsonArray &records) {
                QList<domain::Resource> page;
                page.reserve(records.size());
                for (const QJsonValue &record : records) {
                    domain::Resource resource = domain::Resource::fromJson(record.toObject());
                    // Hidden, archived and calendar-hidden rooms are not for browsing.
                    if (resource.isBookableListing())
                        page.append(std::move(resource));
                }
                m_resources->upsert(page);
            });
    connect(m_resourcePager, &repository::ListPager::progress, this, [this](int done, int total) {
        m_window->showStatus(tr("Loading rooms… page %1 of %2").arg(done).arg(total));
    });
    connect(m_resourcePager, &repository::ListPager::completed, this, &AppController::onResourcesLoaded);
    connect(m_resourcePager, &repository::ListPager::failed, this,
            [this](const api::ApiError &error) { onLoadFailed(error.message()); });
    m_window->showNotice({});
    m_resourcePager->start();
}

void AppController::onResourcesLoaded(int)
{
    m_window->showStatus(tr("%n bookable room(s)", nullptr, m_resources->rowCount()));
    if (!m_options.screenshotPath.isEmpty())
        QTimer::singleShot(100, this, &AppController::takeScreenshotAndExit); // let the view lay out first
}

void AppController::onLoadFailed(const QString &message)
{
    qCWarning(lcApp) << "Loading failed:" << message;
    m_window->showNotice(message);
    m_window->showStatus({});
    if (!m_options.screenshotPath.isEmpty())
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
    Q_EMIT exitRequested(0);
}

void AppController::failHeadless(const QString &message)
{
    if (m_window)
        m_window->showNotice(message);
    if (m_options.screenshotPath.isEmpty() || m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    Q_EMIT exitRequested(1);
}
