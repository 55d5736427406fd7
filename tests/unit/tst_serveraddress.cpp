// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ServerAddress.h"

#include <QTest>

using api::ServerAddress;

class TestServerAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty = refused
        QTest::newRow("slug") << QStringLiteral("coworkfactory") << QStringLiteral("https://coworkfactory.spaces.nexudus.com");
        QTest::newRow("slug mixed case") << QStringLiteral(" CoWork-Factory ") << QStringLiteral("https://cowork-factory.spaces.nexudus.com");
        QTest::newRow("https url") << QStringLiteral("https://myspace.spaces.nexudus.com/en/bookings") << QStringLiteral("https://myspace.spaces.nexudus.com");
        QTest::newRow("host without scheme") << QStringLiteral("myspace.spaces.nexudus.com") << QStringLiteral("https://myspace.spaces.nexudus.com");
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:9000/") << QStringLiteral("http://localhost:9000");
        QTest::newRow("http ipv6 loopback") << QStringLiteral("http://[::1]:9000") << QStringLiteral("http://[::1]:9000");
        QTest::newRow("http remote refused") << QStringLiteral("http://myspace.spaces.nexudus.com") << QString();
        QTest::newRow("http private refused") << QStringLiteral("http://192.168.1.10") << QString();
        QTest::newRow("ftp refused") << QStringLiteral("ftp://example.com") << QString();
        QTest::newRow("empty refused") << QString() << QString();
        QTest::newRow("garbage refused") << QStringLiteral("http://") << QString();
    }
    void addresses()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = ServerAddress::fromUserInput(input, &error);
        if (expected.isEmpty()) {
            QVERIFY2(!url.isValid(), qPrintable(url.toString()));
            QVERIFY(!error.isEmpty());
        } else {
            QCOMPARE(url.toString(), expected);
        }
    }

    void localizedPaths()
    {
        QCOMPARE(ServerAddress::localizedPath(QStringLiteral("fr"), QStringLiteral("/blog")), QStringLiteral("/fr/blog"));
        QCOMPARE(ServerAddress::localizedPath(QStringLiteral("pt_BR"), QStringLiteral("publicresources")), QStringLiteral("/pt/publicresources"));
        QCOMPARE(ServerAddress::localizedPath(QString(), QStringLiteral("/blog")), QStringLiteral("/en/blog"));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
