// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts across restarts, side by side on two emulator instances, against a real gnome-keyring
// (and with no keychain at all).
#include "../integration/TestSpace.h"
#include "auth/AccountManager.h"
#include "auth/AccountRegistry.h"
#include "auth/TokenStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTemporaryDir>

using auth::AccountManager;

namespace {
std::unique_ptr<auth::AccountSession> signedInSession(emulator::Emulator &server, const QString &email)
{
    auto session = std::make_unique<auth::AccountSession>(server.baseUrl(), email);
    QSignalSpy signedIn(session->auth(), &auth::AuthService::signedIn);
    session->auth()->signIn(email, QStringLiteral("demo"));
    if (!signedIn.wait(10000))
        return nullptr;
    return session;
}

int totalResources(auth::AccountSession *session)
{
    auto *request = session->api()->list(QStringLiteral("/api/public/resources/published/summary"), api::ListQuery().size(1));
    int total = -1;
    QObject::connect(request, &api::ListRequest::pageLoaded, [&total](const api::ListPage &page) { total = page.meta.totalItems; });
    QSignalSpy finished(request, &api::ApiRequest::finished);
    finished.wait(10000);
    return total;
}

int statusWithToken(const QUrl &base, const QString &token)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/api/public/coworkers/profiles"))));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

bool noKeychain()
{
    return qEnvironmentVariableIsSet("PORTAL_EXPECT_NO_KEYCHAIN");
}
} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QDir::homePath().contains(QStringLiteral("/tmp")), "run through the keyring wrappers"); }

    void signedInAfterRestartAndSideBySide()
    {
        if (noKeychain())
            QSKIP("needs a keychain");
        emulator::Emulator spaceA;
        emulator::EmulatorConfig otherConfig;
        otherConfig.resourceCount = 12; // a different space with different data
        emulator::Emulator spaceB(otherConfig);
        QVERIFY(spaceA.listen() && spaceB.listen());
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        QString idA;
        QString idB;
        QString tokenA;
        {
            QSettings settings(settingsFile, QSettings::IniFormat);
            auth::AccountRegistry registry(&settings);
            auth::TokenStore store;
            AccountManager manager(&registry, &store);
            QSignalSpy saved(&store, &auth::TokenStore::saved);
            auto a = signedInSession(spaceA, QStringLiteral("member@demo.test"));
            auto b = signedInSession(spaceB, QStringLiteral("member@demo.test"));
            QVERIFY(a && b);
            tokenA = a->auth()->accessToken();
            QVERIFY(tokenA != b->auth()->accessToken());
            idA = manager.adopt(a.release());
            idB = manager.adopt(b.release());
            QVERIFY(idA != idB);
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
            QCOMPARE(registry.accounts().size(), 2);
        }

        // "Restart": new registry, store and manager; both accounts come back without a password.
        QSettings settings(settingsFile, QSettings::IniFormat);
        auth::AccountRegistry registry(&settings);
        auth::TokenStore store;
        AccountManager manager(&registry, &store);
        QSignalSpy restored(&manager, &AccountManager::restored);
        manager.restore(idA);
        manager.restore(idB);
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 2, 10000);
        auth::AccountSession *a = manager.session(idA);
        auth::AccountSession *b = manager.session(idB);
        QVERIFY(a && b && a != b);
        QVERIFY(a->api() != b->api()); // own client, own token, own throttle
        const int totalA = totalResources(a);
        const int totalB = totalResources(b);
        QVERIFY(totalA > 12);
        QVERIFY(totalB <= 12);
        // A's token means nothing to B's space.
        QCOMPARE(statusWithToken(spaceB.baseUrl(), tokenA), 401);

        // Sign-out forgets the keychain entry but keeps the account listed; removing drops it too.
        QSignalSpy failed(&manager, &AccountManager::restoreFailed);
        manager.signOut(idA);
        QVERIFY(!manager.session(idA));
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            manager.restore(idA);
            return failed.wait(2000) && failed.last().at(1).value<auth::TokenStore::Status>() == auth::TokenStore::Status::NotFound;
        }(), 10000);
        QVERIFY(registry.find(idA).has_value());
        manager.removeAccount(idB);
        QVERIFY(!registry.find(idB).has_value());
        QVERIFY(!manager.session(idB));
    }

    void withoutKeychainTheAccountLastsOneRun()
    {
        if (!noKeychain())
            QSKIP("runs without a session bus");
        emulator::Emulator space;
        QVERIFY(space.listen());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auth::AccountRegistry registry(&settings);
        auth::TokenStore store;
        AccountManager manager(&registry, &store);
        QSignalSpy notRemembered(&manager, &AccountManager::notRemembered);
        auto session = signedInSession(space, QStringLiteral("member@demo.test"));
        QVERIFY(session);
        const QString id = manager.adopt(session.release());
        QTRY_COMPARE_WITH_TIMEOUT(notRemembered.count(), 1, 10000);
        QVERIFY(totalResources(manager.session(id)) > 0); // still works in memory
        QSignalSpy failed(&manager, &AccountManager::restoreFailed);
        AccountManager restarted(&registry, &store);
        QSignalSpy failedAfterRestart(&restarted, &AccountManager::restoreFailed);
        restarted.restore(id);
        QVERIFY(failedAfterRestart.wait(10000));
        QVERIFY(failedAfterRestart.first().at(1).value<auth::TokenStore::Status>() != auth::TokenStore::Status::Ok);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
