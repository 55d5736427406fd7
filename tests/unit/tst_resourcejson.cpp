// SPDX-License-Identifier: GPL-3.0-or-later
// The value readers behind Resource::fromJson must read exactly like api/JsonRead's object readers.
#include "json/JsonRead.h"
#include "json/JsonReadExtra.h"

#include <QJsonArray>
#include <QTest>

using namespace json;

class TestResourceJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fastDateTimeMatchesQtParsing_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"2025-01-15T10:30:00Z", "2025-01-15T10:30:00", "2025-01-15T10:30",
                                 "2025-01-15T10:30Z", "2025-01-15T10:30:00.5Z", "2025-01-15T10:30:00.123",
                                 "2025-01-15T10:30:00.1234567Z", "2025-01-15T10:30:00+02:00",
                                 "2025-01-15T10:30:00-05:30", " 2025-01-15T10:30:00Z ", "2025-02-30T10:00:00Z",
                                 "2025-01-15T25:00:00Z", "2025-01-15", "2025-01-15 10:30:00", "yesterday", ""})
            QTest::newRow(text) << QString::fromLatin1(text);
    }
    void fastDateTimeMatchesQtParsing()
    {
        QFETCH(QString, text);
        const QJsonObject o{{QStringLiteral("T"), text}};
        for (bool wallClock : {false, true}) {
            const QDateTime expected = json::readDateTime(o, u"T", wallClock);
            const QDateTime actual = asDateTime(o.value(u"T"), wallClock);
            QCOMPARE(actual.isValid(), expected.isValid());
            QCOMPARE(actual, expected);
            QCOMPARE(actual.timeSpec(), expected.timeSpec());
            QCOMPARE(actual.offsetFromUtc(), expected.offsetFromUtc());
        }
    }

    void numbersReadLikeJsonRead_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("int") << QJsonValue(6);
        QTest::newRow("fraction") << QJsonValue(6.6);
        QTest::newRow("negative") << QJsonValue(-3.5);
        QTest::newRow("numeric string") << QJsonValue(QStringLiteral(" 12 "));
        QTest::newRow("text") << QJsonValue(QStringLiteral("six"));
        QTest::newRow("huge") << QJsonValue(1e20);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("bool") << QJsonValue(true);
        QTest::newRow("array") << QJsonValue(QJsonArray{1, QStringLiteral("2"), QStringLiteral("x")});
    }
    void numbersReadLikeJsonRead()
    {
        QFETCH(QJsonValue, value);
        const QJsonObject o{{QStringLiteral("K"), value}};
        QCOMPARE(asString(value), json::readString(o, u"K"));
        QCOMPARE(asInt(value, -7), json::readInt(o, u"K", -7));
        QCOMPARE(asInt64(value, -7), json::readInt64(o, u"K", -7));
        QCOMPARE(asOptionalInt(value), json::readOptionalInt(o, u"K"));
        QCOMPARE(asOptionalDouble(value), json::readOptionalDouble(o, u"K"));
        QCOMPARE(asIdList(value), json::readIdList(o, u"K"));
    }

    void flagsAcceptTheUsualSpellings()
    {
        for (const char *yes : {"true", "TRUE", "yes", "On", "1"})
            QCOMPARE(asOptionalBool(QJsonValue(QString::fromLatin1(yes))), std::optional<bool>(true));
        for (const char *no : {"false", "No", "off", "0"})
            QCOMPARE(asOptionalBool(QJsonValue(QString::fromLatin1(no))), std::optional<bool>(false));
        QVERIFY(!asOptionalBool(QJsonValue(QStringLiteral("maybe"))));
        QVERIFY(!asOptionalBool(QJsonValue(2)));
        QCOMPARE(asOptionalBool(QJsonValue(1)), std::optional<bool>(true));
        QVERIFY(!asOptionalBool(QJsonValue()));
    }

    void idCsv()
    {
        QCOMPARE(parseIdCsv(u" 1, 2,,x, 3 "), (QList<qint64>{1, 2, 3}));
        QVERIFY(parseIdCsv(u"").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResourceJson)
#include "tst_resourcejson.moc"
