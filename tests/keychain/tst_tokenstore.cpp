// SPDX-License-Identifier: GPL-3.0-or-later
// Runs twice: inside a private D-Bus session with gnome-keyring (a real Secret Service), and with no
// session bus at all (PORTAL_EXPECT_NO_KEYCHAIN=1), where nothing may fall back to a file.
#include "auth/TokenStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using auth::AccountKey;
using auth::TokenSet;
using auth::TokenStore;
using Status = auth::TokenStore::Status;

namespace {
TokenSet sampleTokens(const QString &suffix)
{
    TokenSet tokens;
    tokens.accessToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.access-") + suffix;
    tokens.refreshToken = QStringLiteral("0f3c9e7a5b2d4c1e8f6a9b0c7d5e3f1a-") + suffix;
    tokens.expiresAt = QDateTime(QDate(2030, 5, 17), QTime(8, 30, 0), Qt::UTC);
    return tokens;
}

Status save(TokenStore &store, const AccountKey &key, const TokenSet &tokens)
{
    QSignalSpy saved(&store, &TokenStore::saved);
    store.save(key, tokens);
    if (!saved.wait(20000))
        return Status::Failed;
    return saved.first().at(1).value<Status>();
}

std::pair<Status, TokenSet> load(TokenStore &store, const AccountKey &key)
{
    QSignalSpy loaded(&store, &TokenStore::loaded);
    store.load(key);
    if (!loaded.wait(20000))
        return {Status::Failed, {}};
    return {loaded.first().at(2).value<Status>(), loaded.first().at(1).value<TokenSet>()};
}

Status remove(TokenStore &store, const AccountKey &key)
{
    QSignalSpy removed(&store, &TokenStore::removed);
    store.remove(key);
    if (!removed.wait(20000))
        return Status::Failed;
    return removed.first().at(1).value<Status>();
}

Status saveApiKey(TokenStore &store, const AccountKey &key, const QString &apiKey)
{
    QSignalSpy saved(&store, &TokenStore::apiKeySaved);
    store.saveApiKey(key, apiKey);
    if (!saved.wait(20000))
        return Status::Failed;
    return saved.first().at(1).value<Status>();
}

std::pair<Status, QString> loadApiKey(TokenStore &store, const AccountKey &key)
{
    QSignalSpy loaded(&store, &TokenStore::apiKeyLoaded);
    store.loadApiKey(key);
    if (!loaded.wait(20000))
        return {Status::Failed, {}};
    return {loaded.first().at(2).value<Status>(), loaded.first().at(1).toString()};
}

bool expectNoKeychain()
{
    return qEnvironmentVariableIsSet("PORTAL_EXPECT_NO_KEYCHAIN");
}

//! True if any file under HOME contains `needle` (the keyring's own encrypted file does not).
QString fileContaining(const QByteArray &needle)
{
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return file.fileName();
    }
    return {};
}
} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDir::homePath().startsWith(QDir::tempPath()) || QDir::homePath().contains(QStringLiteral("/tmp")),
                 "run through run-with-keyring.sh / run-without-keyring.sh, never against a real HOME");
    }

    void storesReadsAfterRestartAndDeletes()
    {
        if (expectNoKeychain())
            QSKIP("needs a keychain");
        const AccountKey member{QStringLiteral("demo.spaces.nexudus.com"), QStringLiteral("member@demo.test")};
        {
            TokenStore store;
            QCOMPARE(save(store, member, sampleTokens(QStringLiteral("1"))), Status::Ok);
        }
        // A new store object, as after a restart of the app.
        TokenStore store;
        auto [status, tokens] = load(store, member);
        QCOMPARE(status, Status::Ok);
        QCOMPARE(tokens.accessToken, sampleTokens(QStringLiteral("1")).accessToken);
        QCOMPARE(tokens.refreshToken, sampleTokens(QStringLiteral("1")).refreshToken);
        QCOMPARE(tokens.expiresAt, sampleTokens(QStringLiteral("1")).expiresAt);

        // Rotation on refresh overwrites the entry.
        QCOMPARE(save(store, member, sampleTokens(QStringLiteral("2"))), Status::Ok);
        QCOMPARE(load(store, member).second.refreshToken, sampleTokens(QStringLiteral("2")).refreshToken);

        // Sign-out deletes it; deleting again is not an error.
        QCOMPARE(remove(store, member), Status::Ok);
        QCOMPARE(load(store, member).first, Status::NotFound);
        QCOMPARE(remove(store, member), Status::Ok);
        QVERIFY(fileContaining(sampleTokens(QStringLiteral("2")).accessToken.toUtf8()).isEmpty());
    }

    void accountsDoNotSeeEachOther()
    {
        if (expectNoKeychain())
            QSKIP("needs a keychain");
        TokenStore store;
        const AccountKey a{QStringLiteral("127.0.0.1:4001"), QStringLiteral("member@demo.test")};
        const AccountKey b{QStringLiteral("127.0.0.1:4002"), QStringLiteral("member@demo.test")};
        QCOMPARE(save(store, a, sampleTokens(QStringLiteral("a"))), Status::Ok);
        QCOMPARE(save(store, b, sampleTokens(QStringLiteral("b"))), Status::Ok);
        QCOMPARE(load(store, a).second.accessToken, sampleTokens(QStringLiteral("a")).accessToken);
        QCOMPARE(load(store, b).second.accessToken, sampleTokens(QStringLiteral("b")).accessToken);
        QCOMPARE(remove(store, a), Status::Ok);
        QCOMPARE(load(store, b).first, Status::Ok);
    }

    void propertyOsApiKeyRoundTripAndRemoval()
    {
        const AccountKey account{QStringLiteral("127.0.0.1:18123"), QStringLiteral("property-os")};
        const QString apiKey = QStringLiteral("nexus-test-key-5f1e2d3c");
        TokenStore store;
        if (expectNoKeychain()) {
            const Status status = saveApiKey(store, account, apiKey);
            QVERIFY2(status == Status::Unavailable || status == Status::Failed, "no keychain must be reported");
            QVERIFY(loadApiKey(store, account).first != Status::Ok);
            QCOMPARE(fileContaining(apiKey.toUtf8()), QString());
            return;
        }
        QCOMPARE(saveApiKey(store, account, apiKey), Status::Ok);
        {
            TokenStore restarted; // as after a restart of the app
            const auto [status, read] = loadApiKey(restarted, account);
            QCOMPARE(status, Status::Ok);
            QCOMPARE(read, apiKey);
        }
        // An account's tokens are not its key, and the key is not another account's.
        QCOMPARE(load(store, account).first, Status::NotFound);
        QCOMPARE(loadApiKey(store, {QStringLiteral("127.0.0.1:18124"), QStringLiteral("property-os")}).first,
                 Status::NotFound);
        QCOMPARE(fileContaining(apiKey.toUtf8()), QString());
        // Sign-out removes the key with everything else of the account.
        QCOMPARE(remove(store, account), Status::Ok);
        QCOMPARE(loadApiKey(store, account).first, Status::NotFound);
    }

    void withoutKeychainNothingIsWrittenAnywhere()
    {
        if (!expectNoKeychain())
            QSKIP("runs without a session bus");
        TokenStore store;
        const AccountKey member{QStringLiteral("demo.spaces.nexudus.com"), QStringLiteral("member@demo.test")};
        const TokenSet tokens = sampleTokens(QStringLiteral("nokeychain"));
        const Status status = save(store, member, tokens);
        QVERIFY2(status == Status::Unavailable || status == Status::Failed, "no keychain must be reported");
        QVERIFY(load(store, member).first != Status::Ok);
        QCOMPARE(fileContaining(tokens.accessToken.toUtf8()), QString());
        QCOMPARE(fileContaining(tokens.refreshToken.toUtf8()), QString());
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
