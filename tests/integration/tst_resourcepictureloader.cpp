// SPDX-License-Identifier: GPL-3.0-or-later
// The picture loader of the card view against the emulator over loopback: only pictures that exist,
// once each (memory and disk caches), a few at a time, and no retries after a 404 or broken bytes.
#include "TestSpace.h"
#include "repository/ResourcePictureLoader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using repository::ResourcePictureLoader;

class TestResourcePictureLoader : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSpace> m_space;
    QList<qint64> m_withPicture, m_withoutPicture;
    const QString m_route = QStringLiteral("/en/publicresources/getimage");

    int pictureHits() const { return m_space->server->requestCount("GET", m_route); }

    std::unique_ptr<ResourcePictureLoader> newLoader(const QTemporaryDir &dir)
    {
        auto loader = std::make_unique<ResourcePictureLoader>();
        loader->setDiskCacheDirectory(dir.path());
        loader->setApiClient(m_space->api());
        return loader;
    }

private Q_SLOTS:
    void initTestCase()
    {
        emulator::EmulatorConfig config;
        config.throttleEnabled = false;
        m_space = std::make_unique<TestSpace>(config);
        QVERIFY(m_space->signIn(QStringLiteral("member@demo.test")));
        api::JsonRequest *list = m_space->api()->json("GET", m_space->api()->localizedUrl(QStringLiteral("publicresources")));
        QSignalSpy received(list, &api::JsonRequest::jsonReceived);
        QVERIFY(received.wait(10000));
        const QJsonArray resources =
            received.first().first().value<QJsonDocument>().object().value(QStringLiteral("Resources")).toArray();
        for (const QJsonValue &value : resources) {
            const QJsonObject r = value.toObject();
            (r.value(QStringLiteral("HasImage")).toBool() ? m_withPicture : m_withoutPicture)
                .append(r.value(QStringLiteral("Id")).toInteger());
        }
        QVERIFY(m_withPicture.size() >= 10);
        QVERIFY(m_withoutPicture.size() >= 2);
    }

    void init() { m_space->server->resetCounters(); }

    void requestsOnlyResourcesWithPictures()
    {
        QTemporaryDir dir;
        auto loader = newLoader(dir);
        QSignalSpy ready(loader.get(), &ResourcePictureLoader::pictureReady);
        for (int i = 0; i < 3; ++i)
            loader->request(m_withPicture.at(i), true);
        loader->request(m_withoutPicture.at(0), false);
        loader->request(m_withoutPicture.at(1), false);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, 10000);
        QCOMPARE(pictureHits(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!loader->picture(m_withPicture.at(i)).isNull());
        QVERIFY(loader->picture(m_withoutPicture.at(0)).isNull());
    }

    void secondRequestComesFromTheCaches()
    {
        QTemporaryDir dir;
        const qint64 id = m_withPicture.at(3);
        QImage first;
        {
            auto loader = newLoader(dir);
            QSignalSpy ready(loader.get(), &ResourcePictureLoader::pictureReady);
            loader->request(id, true);
            QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
            first = loader->picture(id);
            // In memory: asking again is answered at once, without the server.
            loader->request(id, true);
            QTest::qWait(100);
            QCOMPARE(ready.size(), 1);
            QCOMPARE(pictureHits(), 1);
        }
        // A new run (a new loader on the same disk cache) shows it without asking the server.
        auto loader = newLoader(dir);
        QSignalSpy ready(loader.get(), &ResourcePictureLoader::pictureReady);
        loader->request(id, true);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        QCOMPARE(pictureHits(), 1);
        QCOMPARE(loader->picture(id), first);
    }

    void notFoundKeepsThePlaceholderWithoutRetrying()
    {
        QTemporaryDir dir;
        auto loader = newLoader(dir);
        QSignalSpy failed(loader.get(), &ResourcePictureLoader::pictureFailed);
        // The listing said it had one, the server says 404 (a picture removed meanwhile).
        const qint64 id = m_withoutPicture.at(0);
        loader->request(id, true);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(loader->hasFailed(id));
        QVERIFY(loader->picture(id).isNull());
        for (int i = 0; i < 5; ++i)
            loader->request(id, true); // repainting the card does not ask again
        QTest::qWait(200);
        QCOMPARE(pictureHits(), 1);
        QCOMPARE(failed.size(), 1);
    }

    void aPictureMissedOfflineIsAskedForAgainOnReconnect()
    {
        QTemporaryDir dir;
        auto loader = newLoader(dir);
        QSignalSpy failed(loader.get(), &ResourcePictureLoader::pictureFailed);
        QSignalSpy ready(loader.get(), &ResourcePictureLoader::pictureReady);
        const qint64 id = m_withPicture.at(6);
        m_space->server->dropNext(6, m_route); // every attempt goes unanswered
        loader->request(id, true);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        const int asked = pictureHits();
        loader->request(id, true); // still offline as far as it knows: not asked again
        QTest::qWait(200);
        QCOMPARE(pictureHits(), asked);
        loader->retryUnreachable(); // the app is back online
        loader->request(id, true);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        QVERIFY(!loader->picture(id).isNull());
    }

    void forgottenPicturesAreGoneFromMemoryAndDisk()
    {
        QTemporaryDir dir;
        const qint64 id = m_withPicture.at(7);
        {
            auto loader = newLoader(dir);
            QSignalSpy ready(loader.get(), &ResourcePictureLoader::pictureReady);
            loader->request(id, true);
            QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
            loader->forget({id});
            QVERIFY(loader->picture(id).isNull());
        }
        // A new run finds nothing on disk: the picture comes from the space again.
        auto loader = newLoader(dir);
        QSignalSpy ready(loader.get(), &ResourcePictureLoader::pictureReady);
        loader->request(id, true);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        QCOMPARE(pictureHits(), 2);
    }

    void malformedImageFailsOnce()
    {
        QTemporaryDir dir;
        auto loader = newLoader(dir);
        QSignalSpy failed(loader.get(), &ResourcePictureLoader::pictureFailed);
        QSignalSpy ready(loader.get(), &ResourcePictureLoader::pictureReady);
        const qint64 id = m_withPicture.at(4);
        m_space->server->malformNext(1, m_route);
        loader->request(id, true);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(ready.size(), 0);
        QVERIFY(loader->picture(id).isNull());
        loader->request(id, true);
        QTest::qWait(200);
        QCOMPARE(pictureHits(), 1);
        // The broken bytes were not kept: a new run asks the server again and gets the picture.
        auto next = newLoader(dir);
        QSignalSpy nextReady(next.get(), &ResourcePictureLoader::pictureReady);
        next->request(id, true);
        QTRY_COMPARE_WITH_TIMEOUT(nextReady.size(), 1, 10000);
        QCOMPARE(pictureHits(), 2);
    }

    void atMostAFewAtATime()
    {
        QTemporaryDir dir;
        auto loader = newLoader(dir);
        loader->setMaxConcurrent(2);
        m_space->server->setLatency(150);
        QSignalSpy ready(loader.get(), &ResourcePictureLoader::pictureReady);
        for (int i = 0; i < 6; ++i)
            loader->request(m_withPicture.at(i), true);
        QCOMPARE(loader->pendingCount(), 6);
        QTest::qWait(50); // the queue is pumped from the event loop; two go out, four wait
        QCOMPARE(loader->pendingCount(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 6, 10000);
        QCOMPARE(loader->pendingCount(), 0);
        QCOMPARE(pictureHits(), 6);
        m_space->server->setLatency(0);
    }

    void anotherAccountForgetsTheQueue()
    {
        QTemporaryDir dir;
        auto loader = newLoader(dir);
        loader->request(m_withPicture.at(7), true);
        loader->setApiClient(nullptr);
        QCOMPARE(loader->pendingCount(), 0);
        loader->request(m_withPicture.at(8), true); // no account: nothing to ask
        QTest::qWait(200);
        QCOMPARE(pictureHits(), 0);
    }
};

QTEST_GUILESS_MAIN(TestResourcePictureLoader)
#include "tst_resourcepictureloader.moc"
