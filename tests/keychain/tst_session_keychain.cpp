// SPDX-License-Identifier: GPL-3.0-or-later
// A whole signed-in session with refreshes, against the emulator and a real gnome-keyring: every
// rotation lands in the keychain, sign-out deletes it, and no token ever reaches a file or the log.
#include "../integration/TestSpace.h"
#include "auth/TokenPersistence.h"
#include "auth/TokenStore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>

namespace {
QMutex logMutex;
QByteArray capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog += message.toUtf8() + '\n';
    }
    previousHandler(type, context, message);
}

QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    const QStringList roots{QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                            QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                            QDir::homePath()};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            // The keyring's own file is encrypted; a plaintext token anywhere is a leak.
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits.append(file.fileName());
        }
    }
    return hits;
}

std::pair<auth::TokenStore::Status, auth::TokenSet> readKeychain(auth::TokenStore &store, const auth::AccountKey &key)
{
    QSignalSpy loaded(&store, &auth::TokenStore::loaded);
    store.load(key);
    if (!loaded.wait(20000))
        return {auth::TokenStore::Status::Failed, {}};
    return {loaded.first().at(2).value<auth::TokenStore::Status>(), loaded.first().at(1).value<auth::TokenSet>()};
}

bool fetchProfiles(api::ApiClient *client)
{
    auto *request = client->record(QStringLiteral("/api/public/coworkers/profiles"));
    QSignalSpy loaded(request, &api::RecordRequest::recordLoaded);
    QSignalSpy finished(request, &api::ApiRequest::finished);
    finished.wait(10000);
    return loaded.count() == 1;
}
} // namespace

class TestSessionKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDir::homePath().contains(QStringLiteral("/tmp")), "run through run-with-keyring.sh");
        QCoreApplication::setApplicationName(QStringLiteral("portal-desk-test"));
        QLoggingCategory::setFilterRules(QStringLiteral("portaldesk.*=true")); // log everything we can
        previousHandler = qInstallMessageHandler(captureMessages);
    }

    void rotationsAreStoredAndSignOutDeletes()
    {
        if (qEnvironmentVariableIsSet("PORTAL_EXPECT_NO_KEYCHAIN"))
            QSKIP("needs a keychain");
        TestSpace space;
        auth::TokenStore store;
        space.session = std::make_unique<auth::AccountSession>(space.server->baseUrl(), QStringLiteral("member@demo.test"));
        const auth::AccountKey key{space.server->baseUrl().authority(), QStringLiteral("member@demo.test")};
        auth::TokenPersistence persistence(space.auth(), &store, key);
        QSignalSpy saved(&store, &auth::TokenStore::saved);
        QSignalSpy signedIn(space.auth(), &auth::AuthService::signedIn);
        space.auth()->signIn(QStringLiteral("member@demo.test"), QStringLiteral("demo"));
        QVERIFY(signedIn.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QVERIFY(persistence.isRemembered());

        QStringList seenTokens;
        for (int round = 0; round < 3; ++round) {
            seenTokens << space.auth()->tokens().accessToken << space.auth()->tokens().refreshToken;
            space.server->expireAccessTokens();
            QVERIFY(fetchProfiles(space.api())); // 401 → refresh → retry
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), round + 2, 10000);
            const auto [status, stored] = readKeychain(store, key);
            QCOMPARE(status, auth::TokenStore::Status::Ok);
            QCOMPARE(stored.refreshToken, space.auth()->tokens().refreshToken); // the rotated one
        }
        seenTokens << space.auth()->tokens().accessToken << space.auth()->tokens().refreshToken;

        // A restart: new objects read the keychain and are signed in without asking.
        {
            auth::TokenStore restartedStore;
            const auto [status, stored] = readKeychain(restartedStore, key);
            QCOMPARE(status, auth::TokenStore::Status::Ok);
            auth::AccountSession restarted(space.server->baseUrl(), QStringLiteral("member@demo.test"));
            restarted.auth()->restore(QStringLiteral("member@demo.test"), stored);
            QVERIFY(restarted.auth()->isSignedIn());
            QVERIFY(fetchProfiles(restarted.api()));
        }

        // Sign-out: the refresh is revoked server side, the entry deleted.
        QSignalSpy removed(&store, &auth::TokenStore::removed);
        space.server->expireAccessTokens();
        space.server->revokeRefreshTokens();
        QVERIFY(!fetchProfiles(space.api()));
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
        QCOMPARE(readKeychain(store, key).first, auth::TokenStore::Status::NotFound);

        for (const QString &token : std::as_const(seenTokens)) {
            QVERIFY(!token.isEmpty());
            QCOMPARE(filesContaining(token.toUtf8()), QStringList());
            QMutexLocker lock(&logMutex);
            QVERIFY2(!capturedLog.contains(token.toUtf8()), "a token reached the log");
        }
        QVERIFY(!capturedLog.isEmpty()); // the log was captured at all
    }

    void withoutKeychainTheSessionStillWorks()
    {
        if (!qEnvironmentVariableIsSet("PORTAL_EXPECT_NO_KEYCHAIN"))
            QSKIP("runs without a session bus");
        TestSpace space;
        auth::TokenStore store;
        space.session = std::make_unique<auth::AccountSession>(space.server->baseUrl(), QStringLiteral("member@demo.test"));
        auth::TokenPersistence persistence(space.auth(), &store, {space.server->baseUrl().authority(), QStringLiteral("member@demo.test")});
        QSignalSpy unavailable(&persistence, &auth::TokenPersistence::keychainUnavailable);
        QSignalSpy signedIn(space.auth(), &auth::AuthService::signedIn);
        space.auth()->signIn(QStringLiteral("member@demo.test"), QStringLiteral("demo"));
        QVERIFY(signedIn.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 10000);
        QVERIFY(!persistence.isRemembered());
        QVERIFY(fetchProfiles(space.api())); // the session goes on in memory
        space.server->expireAccessTokens();
        QVERIFY(fetchProfiles(space.api()));
        QCOMPARE(unavailable.count(), 1); // said once, not on every rotation
        QCOMPARE(filesContaining(space.auth()->tokens().refreshToken.toUtf8()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSessionKeychain)
#include "tst_session_keychain.moc"
