// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include <QDateTime>
#include <QTest>

using api::ApiError;
using Kind = api::ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapsHttpStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("401 empty") << 401 << QByteArray() << Kind::Unauthorized;
        QTest::newRow("403") << 403 << QByteArray() << Kind::Forbidden;
        QTest::newRow("404 json string") << 404 << QByteArray(R"("Not found")") << Kind::NotFound;
        QTest::newRow("409 throttled") << 409 << QByteArray() << Kind::Throttled;
        QTest::newRow("429 throttled") << 429 << QByteArray() << Kind::Throttled;
        QTest::newRow("400 envelope") << 400 << QByteArray(R"({"Message":"Name: is a required field","WasSuccessful":false,
            "Errors":[{"PropertyName":"Name","Message":"is a required field"}]})") << Kind::Validation;
        QTest::newRow("400 oauth") << 400 << QByteArray(R"({"error":"invalid_grant"})") << Kind::Validation;
        QTest::newRow("418") << 418 << QByteArray() << Kind::Client;
        QTest::newRow("500 html") << 500 << QByteArray("<html><body>Oops</body></html>") << Kind::Server;
        QTest::newRow("503") << 503 << QByteArray() << Kind::Server;
    }
    void mapsHttpStatuses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        const ApiError error = ApiError::fromHttpStatus(status, body);
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.httpStatus(), status);
        QVERIFY2(!error.message().isEmpty(), "every error has a readable message");
    }

    void validationErrorsMapToTheirField()
    {
        const ApiError error = ApiError::fromHttpStatus(400, R"({"Message":"x","WasSuccessful":false,"Errors":[
            {"PropertyName":"Name","Message":"is a required field"},
            {"PropertyName":"InstallUrl","Message":"is a required field"}]})");
        QCOMPARE(error.fieldErrors().size(), 2);
        QCOMPARE(error.messageForField(QStringLiteral("installurl")), QStringLiteral("is a required field"));
        QVERIFY(error.messageForField(QStringLiteral("ShortDescription")).isEmpty());
    }

    void oauthErrorCodeAndServerText()
    {
        const ApiError error = ApiError::fromHttpStatus(
            400, R"({"error":"invalid_grant","error_description":"The user name or password is incorrect."})");
        QCOMPARE(error.errorCode(), QStringLiteral("invalid_grant"));
        QCOMPARE(error.serverMessage(), QStringLiteral("The user name or password is incorrect."));
    }

    void transientKinds()
    {
        QVERIFY(ApiError(Kind::Network).isTransient());
        QVERIFY(ApiError(Kind::Timeout).isTransient());
        QVERIFY(ApiError(Kind::Server, 503).isTransient());
        QVERIFY(ApiError(Kind::Throttled, 409).isTransient());
        QVERIFY(!ApiError(Kind::Validation, 400).isTransient());
        QVERIFY(!ApiError(Kind::Unauthorized, 401).isTransient());
        QVERIFY(!ApiError(Kind::BadPayload).isTransient());
    }

    void retryAfterSecondsAndDates()
    {
        const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC);
        QCOMPARE(ApiError::parseRetryAfter("1", now), 1000);
        QCOMPARE(ApiError::parseRetryAfter(" 120 ", now), 120000);
        QCOMPARE(ApiError::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 30000);
        QCOMPARE(ApiError::parseRetryAfter("", now), -1);
        QCOMPARE(ApiError::parseRetryAfter("soon", now), -1);
        QCOMPARE(ApiError::parseRetryAfter("-3", now), -1);
    }

    void retryAfterOutOfRangeIsBounded()
    {
        // Found by fuzz-retry-after: a 40-digit delay overflowed the conversion to milliseconds.
        const QDateTime now = QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC);
        const qint64 day = 24 * 3600 * 1000;
        QCOMPARE(ApiError::parseRetryAfter("266666666666666666666666666666666666666", now), day);
        QCOMPARE(ApiError::parseRetryAfter("1e300", now), day);
        QCOMPARE(ApiError::parseRetryAfter("inf", now), day);
        QCOMPARE(ApiError::parseRetryAfter("nan", now), -1);
        QCOMPARE(ApiError::parseRetryAfter("86399", now), 86399000);
        QCOMPARE(ApiError::parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now), day);
        QCOMPARE(ApiError::parseRetryAfter("Fri, 01 Jan 2027 00:00:09 GMT", now), 10000); // across New Year
    }

    void throttledMessageSaysHowLong()
    {
        ApiError error(Kind::Throttled, 409);
        error.setRetryAfterMs(2500);
        QVERIFY(error.message().contains(QLatin1Char('3')));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
