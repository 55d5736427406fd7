// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/WriteResult.h"

#include <QJsonDocument>
#include <QTest>

using api::WriteResult;

class TestWriteResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successEnvelope()
    {
        const auto doc = QJsonDocument::fromJson(R"({"Status":200,"Message":"Application was successfully created.",
            "Value":{"Id":87654321},"OpenInDialog":false,"OpenInWindow":false,"RedirectURL":null,"JavaScript":null,
            "UpdatedOn":"2025-01-15T10:30:00Z","UpdatedBy":"admin@example.com","Errors":null,"WasSuccessful":true})");
        QVERIFY(WriteResult::looksLikeEnvelope(doc.object()));
        const WriteResult result = WriteResult::parse(doc.object());
        QVERIFY(result.succeeded());
        QCOMPARE(result.id(), 87654321);
        QCOMPARE(result.status, 200);
        QVERIFY(result.errors.isEmpty());
    }

    void validationEnvelopeKeepsFieldErrors()
    {
        const auto doc = QJsonDocument::fromJson(R"({"Message":"Name: is a required field","Value":null,
            "Errors":[{"AttemptedValue":null,"Message":"is a required field","PropertyName":"Name"},
                      {"AttemptedValue":"x","Message":"must be a URL","PropertyName":"InstallUrl"}],
            "WasSuccessful":false})");
        const WriteResult result = WriteResult::parse(doc.object());
        QVERIFY(!result.succeeded());
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).propertyName, QStringLiteral("Name"));
        QCOMPARE(result.errors.at(1).message, QStringLiteral("must be a URL"));
        QCOMPARE(result.errors.at(1).attemptedValue.toString(), QStringLiteral("x"));
        QCOMPARE(result.id(), 0);
    }

    void okAnswerWhoseBodySaysStatus500Fails()
    {
        const auto doc = QJsonDocument::fromJson(
            R"({"Status":500,"Message":"This resource is already booked","WasSuccessful":true,"Errors":[]})");
        const WriteResult result = WriteResult::parse(doc.object());
        QVERIFY(!result.succeeded());
        QCOMPARE(result.message, QStringLiteral("This resource is already booked"));
    }

    void statusWithoutFlagDecidesSuccess()
    {
        QVERIFY(WriteResult::parse(QJsonDocument::fromJson(R"({"Status":200,"Message":"ok"})").object()).succeeded());
        QVERIFY(!WriteResult::parse(QJsonDocument::fromJson(R"({"Status":500,"Message":"no"})").object()).succeeded());
    }

    void notAnEnvelope()
    {
        QVERIFY(!WriteResult::looksLikeEnvelope(QJsonDocument::fromJson(R"({"Id": 3, "Name": "x"})").object()));
    }
};

QTEST_GUILESS_MAIN(TestWriteResult)
#include "tst_writeresult.moc"
