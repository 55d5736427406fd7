// SPDX-License-Identifier: GPL-3.0-or-later
// The images of news articles against the emulator over loopback: they come through the account's
// API client, so an image is decoded only when it is one, an answer too big is never read, and an
// article cannot send the client to another origin by a redirect.
#include "TestSpace.h"
#include "repository/NewsImageLoader.h"

#include <QTcpServer>

using repository::NewsImageLoader;

namespace {
const QString kImageRoute = QStringLiteral("/en/blog/getImage/5001");
const QString kHugeRoute = QStringLiteral("/en/blog/getImage/5004");
const QString kMovedRoute = QStringLiteral("/en/blog/getImage/5007");
} // namespace

class TestNewsImageLoader : public QObject
{
    Q_OBJECT

    QTcpServer m_elsewhere; // 127.0.0.2: another origin, which must never be asked
    int m_elsewhereConnections = 0;
    std::unique_ptr<TestSpace> m_space;
    std::unique_ptr<NewsImageLoader> m_loader;

    QUrl spaceUrl(const QString &path) const { return m_space->server->baseUrl().resolved(QUrl(path)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
        connect(&m_elsewhere, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_elsewhere.nextPendingConnection()) {
                ++m_elsewhereConnections;
                socket->close();
            }
        });
        emulator::EmulatorConfig config;
        config.throttleEnabled = false;
        config.hugeRoutes.append({kHugeRoute, 40 * 1000 * 1000, false});
        config.redirects.append(
            {kMovedRoute, QUrl(QStringLiteral("http://127.0.0.2:%1/stolen.png").arg(m_elsewhere.serverPort()))});
        m_space = std::make_unique<TestSpace>(config);
        QVERIFY(m_space->signIn(QStringLiteral("member@demo.test")));
        m_space->api()->setRetryBackoffMs({});
    }

    void init()
    {
        m_loader = std::make_unique<NewsImageLoader>(m_space->api());
        m_space->server->resetCounters();
    }

    void cleanup() { m_loader.reset(); }

    void anArticleImageIsDecoded()
    {
        QSignalSpy loaded(m_loader.get(), &NewsImageLoader::loaded);
        QSignalSpy failed(m_loader.get(), &NewsImageLoader::failed);
        const QUrl url = spaceUrl(kImageRoute);
        m_loader->fetch(url);
        m_loader->fetch(url); // asked twice while on its way: fetched once
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toUrl(), url);
        const QImage image = loaded.first().at(1).value<QImage>();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_space->server->requestCount("GET", kImageRoute), 1);
        QTRY_COMPARE(m_loader->pendingCount(), 0);
    }

    void aPageThatIsNotAnImageFails()
    {
        QSignalSpy loaded(m_loader.get(), &NewsImageLoader::loaded);
        QSignalSpy failed(m_loader.get(), &NewsImageLoader::failed);
        const QUrl url = spaceUrl(QStringLiteral("/en/blog")); // an HTML page
        m_loader->fetch(url);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toUrl(), url);
        QCOMPARE(loaded.size(), 0);
    }

    void aHugeAnswerIsNotRead()
    {
        QSignalSpy loaded(m_loader.get(), &NewsImageLoader::loaded);
        QSignalSpy failed(m_loader.get(), &NewsImageLoader::failed);
        m_loader->fetch(spaceUrl(kHugeRoute));
        QVERIFY(failed.wait(10000));
        QCOMPARE(loaded.size(), 0);
    }

    void aRedirectToAnotherOriginIsNotFollowed()
    {
        QSignalSpy loaded(m_loader.get(), &NewsImageLoader::loaded);
        QSignalSpy failed(m_loader.get(), &NewsImageLoader::failed);
        m_loader->fetch(spaceUrl(kMovedRoute));
        QVERIFY(failed.wait(10000));
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(m_space->server->requestCount("GET", kMovedRoute), 1);
        QCoreApplication::processEvents();
        QCOMPARE(m_elsewhereConnections, 0);
    }

    void cancelledFetchesSayNothing()
    {
        QSignalSpy loaded(m_loader.get(), &NewsImageLoader::loaded);
        QSignalSpy failed(m_loader.get(), &NewsImageLoader::failed);
        m_space->server->setLatency(300);
        m_loader->fetch(spaceUrl(kImageRoute));
        QCOMPARE(m_loader->pendingCount(), 1);
        m_loader->cancelAll();
        QCOMPARE(m_loader->pendingCount(), 0);
        QTest::qWait(600);
        m_space->server->setLatency(0);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(failed.size(), 0);
    }
};

QTEST_MAIN(TestNewsImageLoader)
#include "tst_newsimageloader.moc"
