// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSpace.h"
#include "clock/Clock.h"

using auth::AuthService;
using auth::SignInError;

namespace {
SignInError failedSignIn(TestSpace &space, const QString &email, const QString &password, const QString &totp = {})
{
    space.session = std::make_unique<auth::AccountSession>(space.server->baseUrl(), email);
    QSignalSpy failed(space.auth(), &AuthService::signInFailed);
    space.auth()->signIn(email, password, totp);
    if (!failed.wait(10000))
        return {};
    return failed.first().first().value<SignInError>();
}

bool fetchSomething(TestSpace &space, api::ApiError *error = nullptr)
{
    auto *request = space.api()->record(QStringLiteral("/api/public/coworkers/profiles"));
    QSignalSpy loaded(request, &api::RecordRequest::recordLoaded);
    QSignalSpy failed(request, &api::ApiRequest::failed);
    QSignalSpy finished(request, &api::ApiRequest::finished);
    finished.wait(10000);
    if (error && !failed.isEmpty())
        *error = failed.first().first().value<api::ApiError>();
    return loaded.count() == 1;
}
} // namespace

class TestAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<auth::SignInError>();
        qRegisterMetaType<auth::TokenSet>();
        qRegisterMetaType<api::ApiError>();
    }

    void passwordGrantGivesTokens()
    {
        TestSpace space;
        space.session = std::make_unique<auth::AccountSession>(space.server->baseUrl(), QStringLiteral("member@demo.test"));
        QSignalSpy changed(space.auth(), &AuthService::tokensChanged);
        QSignalSpy signedIn(space.auth(), &AuthService::signedIn);
        space.auth()->signIn(QStringLiteral("Member@Demo.test "), QStringLiteral("demo"));
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(changed.count(), 1);
        const auto tokens = space.auth()->tokens();
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(tokens.expiresAt > core::Clock::nowUtc());
        QVERIFY(fetchSomething(space));
    }

    void documentedSignInFailures()
    {
        TestSpace space;
        QCOMPARE(failedSignIn(space, QStringLiteral("member@demo.test"), QStringLiteral("wrong")).kind,
                 SignInError::Kind::InvalidCredentials);
        QCOMPARE(failedSignIn(space, QStringLiteral("totp@demo.test"), QStringLiteral("demo")).kind,
                 SignInError::Kind::TwoFactorRequired);
        // A wrong code is answered like a missing one: the space asks for the code again.
        QCOMPARE(failedSignIn(space, QStringLiteral("totp@demo.test"), QStringLiteral("demo"), QStringLiteral("000000")).kind,
                 SignInError::Kind::TwoFactorRequired);
        const SignInError reset = failedSignIn(space, QStringLiteral("reset@demo.test"), QStringLiteral("demo"));
        QCOMPARE(reset.kind, SignInError::Kind::MustResetPassword);
        QVERIFY(!reset.resetToken.isEmpty());
        QVERIFY(!reset.message().isEmpty());
    }

    void twoFactorCodeCompletesSignIn()
    {
        TestSpace space;
        QVERIFY(!space.signIn(QStringLiteral("totp@demo.test")));
        space.session = std::make_unique<auth::AccountSession>(space.server->baseUrl(), QStringLiteral("totp@demo.test"));
        QSignalSpy signedIn(space.auth(), &AuthService::signedIn);
        space.auth()->signIn(QStringLiteral("totp@demo.test"), QStringLiteral("demo"), QStringLiteral("123456"));
        QVERIFY(signedIn.wait(10000));
    }

    void unreachableSpaceIsANetworkFailure()
    {
        auth::AccountSession session(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("a@b.c"));
        session.api()->setRetryBackoffMs({});
        QSignalSpy failed(session.auth(), &AuthService::signInFailed);
        session.auth()->signIn(QStringLiteral("a@b.c"), QStringLiteral("x"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Kind::Network);
    }

    void unauthorizedRefreshesOnceAndRetries()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const auto before = space.auth()->tokens();
        QSignalSpy changed(space.auth(), &AuthService::tokensChanged);
        QSignalSpy signInRequired(space.api(), &api::ApiClient::signInRequired);
        space.server->resetCounters();
        space.server->expireAccessTokens();

        QVERIFY(fetchSomething(space));
        QCOMPARE(changed.count(), 1);
        const auto after = space.auth()->tokens();
        QVERIFY(after.accessToken != before.accessToken);
        QVERIFY(after.refreshToken != before.refreshToken); // rotated
        QCOMPARE(space.server->requestCount("POST", QStringLiteral("/api/token")), 1);
        QCOMPARE(space.server->requestCount("GET", QStringLiteral("/api/public/coworkers/profiles")), 2);
        QCOMPARE(signInRequired.count(), 0);

        // The rotated-away refresh token no longer works, the new one does.
        space.server->expireAccessTokens();
        QVERIFY(fetchSomething(space));
    }

    void secondUnauthorizedAsksForSignIn()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        QSignalSpy signInRequired(space.api(), &api::ApiClient::signInRequired);
        QSignalSpy authSignInRequired(space.auth(), &AuthService::signInRequired);
        space.server->expireAccessTokens();
        space.server->revokeRefreshTokens();
        api::ApiError error;
        QVERIFY(!fetchSomething(space, &error));
        QCOMPARE(error.kind(), api::ApiError::Kind::Unauthorized);
        QCOMPARE(signInRequired.count(), 1);
        QCOMPARE(authSignInRequired.count(), 1);
        QVERIFY(!space.auth()->isSignedIn());
    }

    void aFreshTokenRefusedOnOneRouteMeansNotAllowedThere()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        // As the documentation answers an account without a customer profile.
        space.server->answerAlways(QStringLiteral("/api/public/coworkers/profiles"), 401);
        space.server->resetCounters();
        QSignalSpy signInRequired(space.api(), &api::ApiClient::signInRequired);
        api::ApiError error;
        QVERIFY(!fetchSomething(space, &error));
        QCOMPARE(error.kind(), api::ApiError::Kind::Forbidden);
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(error.message(), QStringLiteral("Your account is not allowed to see this."));
        QCOMPARE(space.server->requestCount("POST", QStringLiteral("/api/token")), 1); // one refresh, which worked
        QCOMPARE(space.server->requestCount("GET", QStringLiteral("/api/public/coworkers/profiles")), 2);
        QCOMPARE(signInRequired.count(), 0);
        QVERIFY(space.auth()->isSignedIn());

        // The rest keeps working, and the same refusal again still does not end the session.
        auto *rooms = space.api()->list(QStringLiteral("/api/public/resources/published/details"), api::ListQuery().size(5));
        QSignalSpy page(rooms, &api::ListRequest::pageLoaded);
        QSignalSpy roomsFailed(rooms, &api::ApiRequest::failed);
        QSignalSpy roomsDone(rooms, &api::ApiRequest::finished);
        QVERIFY(roomsDone.wait(10000));
        QVERIFY2(roomsFailed.isEmpty(), roomsFailed.isEmpty() ? "" : qPrintable(roomsFailed.first().first().value<api::ApiError>().message()));
        QCOMPARE(page.size(), 1);
        QVERIFY(!fetchSomething(space, &error));
        QCOMPARE(error.kind(), api::ApiError::Kind::Forbidden);
        QCOMPARE(signInRequired.count(), 0);
    }

    void freshTokensRefusedOnEveryRouteEndTheSession()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.server->answerAlways(QStringLiteral("/api/public"), 401);
        QSignalSpy signInRequired(space.api(), &api::ApiClient::signInRequired);
        const QStringList routes{QStringLiteral("/api/public/coworkers/profiles"), QStringLiteral("/api/public/bookings/my"),
                                 QStringLiteral("/api/public/blogPosts")};
        QList<api::ApiError::Kind> kinds;
        for (const QString &route : routes) {
            auto *request = space.api()->record(route);
            QSignalSpy failed(request, &api::ApiRequest::failed);
            QVERIFY(failed.wait(10000));
            kinds.append(failed.first().first().value<api::ApiError>().kind());
        }
        using Kind = api::ApiError::Kind;
        QCOMPARE(kinds, (QList<Kind>{Kind::Forbidden, Kind::Forbidden, Kind::Unauthorized}));
        QCOMPARE(signInRequired.count(), 1);
    }

    void renewsBeforeExpiryWithoutA401()
    {
        emulator::EmulatorConfig config;
        config.tokenLifetimeSeconds = 3;
        TestSpace space(config);
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.server->resetCounters();
        QSignalSpy changed(space.auth(), &AuthService::tokensChanged);
        QVERIFY(changed.wait(5000)); // renewed a little before the 3 s expiry
        QCOMPARE(space.server->requestCount("POST", QStringLiteral("/api/token")), 1);
        QVERIFY(fetchSomething(space));
    }

    void everyCharacterOfAPasswordSurvivesTheForm()
    {
        // space, + & = % # and non-ASCII: each would be misread by a form decoder if left as it is.
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("symbols@demo.test"), QString::fromUtf8("p+ss w&rd=100%#ñ€")));
        QVERIFY(fetchSomething(space));
        // The same with a space for the plus is another password, and is refused.
        auth::AccountSession other(space.server->baseUrl(), QStringLiteral("symbols@demo.test"));
        QSignalSpy refused(other.auth(), &AuthService::signInFailed);
        other.auth()->signIn(QStringLiteral("symbols@demo.test"), QString::fromUtf8("p ss w&rd=100%#ñ€"));
        QVERIFY(refused.wait(10000));
        QCOMPARE(api::ApiClient::encodeForm({{QStringLiteral("password"), QString::fromUtf8("a+b c&d=e%f#gñ")}}),
                 QByteArray("password=a%2Bb%20c%26d%3De%25f%23g%C3%B1"));
    }

    void expiryIsReadOnTheClientsClock()
    {
        // New Year's Eve, a minute before midnight in Auckland: the token's life counts from then.
        const QDateTime instant(QDate(2026, 12, 31), QTime(10, 59), Qt::UTC);
        core::ClockOverride clock(instant, "Pacific/Auckland");
        TestSpace space(startingAt(instant));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        const auth::TokenSet issued = space.auth()->tokens();
        QCOMPARE(issued.expiresAt, instant.addSecs(3600));

        // The same tokens restored after the clock has passed their expiry: renewed at once, before
        // anything is asked with a stale token (the refresh token itself is still good).
        clock.advanceSecs(2 * 3600);
        auth::AccountSession restored(space.server->baseUrl(), QStringLiteral("member@demo.test"));
        QSignalSpy renewed(restored.auth(), &AuthService::accessTokenRenewed);
        space.server->resetCounters();
        restored.auth()->restore(QStringLiteral("member@demo.test"), issued);
        QVERIFY(renewed.wait(5000));
        QCOMPARE(space.server->requestCount("POST", QStringLiteral("/api/token")), 1);
        QCOMPARE(restored.auth()->tokens().expiresAt, instant.addSecs(2 * 3600 + 3600));

        // Restored an hour before expiry, nothing is renewed within the next seconds.
        space.server->resetCounters();
        auth::TokenSet fresh = restored.auth()->tokens();
        auth::AccountSession later(space.server->baseUrl(), QStringLiteral("member@demo.test"));
        QSignalSpy laterRenewed(later.auth(), &AuthService::accessTokenRenewed);
        later.auth()->restore(QStringLiteral("member@demo.test"), fresh);
        QVERIFY(!laterRenewed.wait(500));
        QCOMPARE(space.server->requestCount("POST", QStringLiteral("/api/token")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
