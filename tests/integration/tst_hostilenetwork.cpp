// SPDX-License-Identifier: GPL-3.0-or-later
// The ApiClient against servers that misbehave on purpose: redirects to another origin, answers
// without end, answers that trickle, certificates nobody vouches for. Raw sockets on loopback, so that
// each test controls every byte the client receives and sees every header it sends.
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/Authenticator.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using api::ApiError;

namespace {
const QByteArray kToken = "token-that-must-stay-home";

class FixedTokenAuthenticator : public api::Authenticator
{
public:
    QString accessToken() const override { return QString::fromLatin1(kToken); }
    void renewAccessToken() override { Q_EMIT renewalFailed(ApiError(ApiError::Kind::Unauthorized, 401)); }
};

struct SeenRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray rawHead; //!< everything before the body, to look for a header in any spelling
    bool carriesAuthorization() const { return rawHead.toLower().contains("\r\nauthorization:"); }
};

//! Accepts connections on one address and hands each complete request head to `respond`, which
//! writes whatever it likes to the socket. Remembers every connection and request.
class ScriptedServer : public QObject
{
public:
    using Responder = std::function<void(QTcpSocket *, const SeenRequest &)>;

    explicit ScriptedServer(QTcpServer *server) : m_server(server)
    {
        m_server->setParent(this);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::accept);
    }
    bool listen(const QHostAddress &address, quint16 port) { return m_server->listen(address, port); }
    quint16 port() const { return m_server->serverPort(); }

    Responder respond = [](QTcpSocket *socket, const SeenRequest &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                      "Connection: close\r\n\r\n{}");
        socket->disconnectFromHost();
    };
    QList<SeenRequest> requests;
    int connections = 0;
    int bytesOfTlsOrHttpReceived = 0;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++connections;
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                const QByteArray chunk = socket->readAll();
                bytesOfTlsOrHttpReceived += chunk.size();
                buffer->append(chunk);
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                SeenRequest request;
                request.rawHead = buffer->left(end + 2);
                const QList<QByteArray> requestLine = request.rawHead.left(request.rawHead.indexOf("\r\n")).split(' ');
                request.method = requestLine.value(0);
                request.path = requestLine.value(1);
                buffer->clear(); // a body, if any, is not looked at
                requests.append(request);
                respond(socket, request);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
    QTcpServer *m_server;
};

QByteArray redirectTo(int status, const QByteArray &location)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: " + location
           + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

//! Runs a request to its end; the error it failed with, or Kind::None.
ApiError outcomeOf(api::ApiRequest *request, int waitMs = 20000)
{
    QSignalSpy failed(request, &api::ApiRequest::failed);
    QSignalSpy finished(request, &api::ApiRequest::finished);
    if (!finished.wait(waitMs))
        return ApiError(ApiError::Kind::Cancelled, 0, QStringLiteral("the test gave up waiting"));
    return failed.isEmpty() ? ApiError() : failed.first().first().value<ApiError>();
}
} // namespace

class TestHostileNetwork : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_space;     // 127.0.0.1:P, the account's space
    std::unique_ptr<ScriptedServer> m_elsewhere; // 127.0.0.2:P, another origin on the same port
    std::unique_ptr<api::ApiClient> m_client;
    FixedTokenAuthenticator m_authenticator;

    QUrl spaceUrl(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_space->port()).arg(path));
    }
    QByteArray elsewhere(const QByteArray &scheme, const QByteArray &path) const
    {
        return scheme + "://127.0.0.2:" + QByteArray::number(m_space->port()) + path;
    }

private Q_SLOTS:
    void init()
    {
        // Two listeners on one port, so that only the host tells the origins apart.
        for (int attempt = 0; attempt < 20; ++attempt) {
            m_space = std::make_unique<ScriptedServer>(new QTcpServer);
            m_elsewhere = std::make_unique<ScriptedServer>(new QTcpServer);
            if (m_space->listen(QHostAddress(QStringLiteral("127.0.0.1")), 0)
                && m_elsewhere->listen(QHostAddress(QStringLiteral("127.0.0.2")), m_space->port()))
                break;
        }
        QVERIFY(m_elsewhere->port() != 0);
        QCOMPARE(m_elsewhere->port(), m_space->port());
        m_client = std::make_unique<api::ApiClient>();
        m_client->setBaseUrl(spaceUrl(QString()));
        m_client->setAuthenticator(&m_authenticator);
        m_client->setRetryBackoffMs({});
    }

    void cleanup()
    {
        m_client.reset();
        m_space.reset();
        m_elsewhere.reset();
        // What was handed to deleteLater() goes now, not with the process: nothing of one test
        // (replies, sockets, their buffers) is left for LeakSanitizer to find at exit.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QUrl>("a");
        QTest::addColumn<QUrl>("b");
        QTest::addColumn<bool>("same");
        const auto row = [](const char *name, const char *a, const char *b, bool same) {
            QTest::newRow(name) << QUrl(QString::fromLatin1(a)) << QUrl(QString::fromLatin1(b)) << same;
        };
        row("same", "https://space.example/api/x", "https://space.example/", true);
        row("default port written", "https://space.example:443/a", "https://space.example/b", true);
        row("host case", "https://Space.Example/a", "https://space.example/b", true);
        row("other host", "https://space.example/a", "https://evil.example/a", false);
        row("subdomain", "https://api.space.example/a", "https://space.example/a", false);
        row("other port", "https://space.example:8443/a", "https://space.example/a", false);
        row("http to https", "http://space.example/a", "https://space.example/a", false);
        row("https to http", "https://space.example/a", "http://space.example/a", false);
        row("user info does not fool it", "https://space.example@evil.example/a", "https://space.example/a", false);
        row("relative", "/api/x", "https://space.example/", false);
    }
    void sameOrigin()
    {
        QFETCH(QUrl, a);
        QFETCH(QUrl, b);
        QFETCH(bool, same);
        QCOMPARE(api::ApiClient::sameOrigin(a, b), same);
        QCOMPARE(api::ApiClient::sameOrigin(b, a), same);
    }

    void redirectToAnotherOriginIsRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("scheme");
        QTest::addColumn<QByteArray>("method");
        for (const int status : {301, 302, 303, 307, 308}) {
            for (const QByteArray &scheme : {QByteArray("http"), QByteArray("https")}) {
                for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
                    const QByteArray name = QByteArray::number(status) + " to " + scheme + ", " + method;
                    QTest::newRow(name.constData()) << status << scheme << method;
                }
            }
        }
    }
    void redirectToAnotherOriginIsRefused()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, scheme);
        QFETCH(QByteArray, method);
        const QByteArray target = elsewhere(scheme, "/api/public/resources");
        m_space->respond = [&](QTcpSocket *socket, const SeenRequest &) {
            socket->write(redirectTo(status, target));
            socket->disconnectFromHost();
        };
        auto *request = method == "GET" ? static_cast<api::ApiRequest *>(m_client->json("GET", spaceUrl(QStringLiteral("/api/x"))))
                                        : m_client->write("POST", QStringLiteral("/api/x"), QJsonObject{{QStringLiteral("Name"), 1}});
        const ApiError error = outcomeOf(request);

        QCOMPARE(error.kind(), ApiError::Kind::ForeignRedirect);
        QVERIFY2(error.message().contains(QString::fromLatin1(scheme + "://127.0.0.2:")), qPrintable(error.message()));
        QCOMPARE(m_space->requests.size(), 1); // refused, not retried
        QVERIFY(m_space->requests.first().carriesAuthorization()); // the space itself got the token
        QTest::qWait(50); // a connection the client might have opened would have arrived by now
        QCOMPARE(m_elsewhere->connections, 0);
        QCOMPARE(m_elsewhere->bytesOfTlsOrHttpReceived, 0);
    }

    void redirectWithinTheOriginIsFollowed()
    {
        m_space->respond = [](QTcpSocket *socket, const SeenRequest &request) {
            if (request.path == "/api/old")
                socket->write(redirectTo(302, "/api/new"));
            else
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
                              "Connection: close\r\n\r\n{\"Id\": 42 }");
            socket->disconnectFromHost();
        };
        api::JsonRequest *request = m_client->json("GET", spaceUrl(QStringLiteral("/api/old")));
        QJsonDocument answer;
        connect(request, &api::JsonRequest::jsonReceived, this, [&](const QJsonDocument &doc) { answer = doc; });
        QCOMPARE(outcomeOf(request).kind(), ApiError::Kind::None);
        QCOMPARE(answer.object().value(u"Id").toInt(), 42);
        QCOMPARE(m_space->requests.size(), 2);
        QCOMPARE(m_space->requests.at(1).path, QByteArray("/api/new"));
        QVERIFY(m_space->requests.at(1).carriesAuthorization());
    }

    void aPictureElsewhereIsFetchedWithoutCredentials()
    {
        m_elsewhere->respond = [](QTcpSocket *socket, const SeenRequest &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 3\r\nConnection: close\r\n\r\nPNG");
            socket->disconnectFromHost();
        };
        api::BinaryRequest *request = m_client->download(QUrl(QString::fromLatin1(elsewhere("http", "/pictures/1.png"))));
        QByteArray bytes;
        connect(request, &api::BinaryRequest::bytesReceived, this, [&](const QByteArray &b) { bytes = b; });
        QCOMPARE(outcomeOf(request).kind(), ApiError::Kind::None);
        QCOMPARE(bytes, QByteArray("PNG"));
        QCOMPARE(m_elsewhere->requests.size(), 1);
        QVERIFY(!m_elsewhere->requests.first().carriesAuthorization());

        // The same picture on the space's own origin does carry the token (the check above can fail).
        m_space->respond = m_elsewhere->respond;
        QCOMPARE(outcomeOf(m_client->download(spaceUrl(QStringLiteral("/pictures/1.png")))).kind(), ApiError::Kind::None);
        QVERIFY(m_space->requests.first().carriesAuthorization());
    }

    void anAnswerAnnouncedTooLargeIsNotRead()
    {
        // 100 MB announced; the server sends a little and waits. The client must give up at once.
        int bytesSent = 0;
        m_space->respond = [&](QTcpSocket *socket, const SeenRequest &) {
            const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n";
            bytesSent += int(socket->write(head + "[" + QByteArray(64 * 1024, ' ')));
        };
        const ApiError error = outcomeOf(m_client->json("GET", spaceUrl(QStringLiteral("/api/public/resources"))));
        QCOMPARE(error.kind(), ApiError::Kind::TooLarge);
        QVERIFY2(error.message().contains(QStringLiteral("32 MB")), qPrintable(error.message()));
        QCOMPARE(m_space->requests.size(), 1); // not asked again
        QVERIFY(bytesSent < 100 * 1024);
    }

    void anAnswerStreamingPastTheCapIsCutOff()
    {
        m_client->setMaxAnswerBytes(2 * 1024 * 1024);
        // No length: chunk after chunk until the client hangs up.
        qint64 bytesSent = 0;
        m_space->respond = [&](QTcpSocket *socket, const SeenRequest &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            auto *pump = new QTimer(socket);
            connect(pump, &QTimer::timeout, socket, [socket, &bytesSent] {
                if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 1024 * 1024)
                    return;
                const QByteArray chunk(256 * 1024, ' ');
                bytesSent += socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            });
            pump->start(1);
        };
        const ApiError error = outcomeOf(m_client->json("GET", spaceUrl(QStringLiteral("/api/public/resources"))));
        QCOMPARE(error.kind(), ApiError::Kind::TooLarge);
        QVERIFY2(error.message().contains(QStringLiteral("2 MB")), qPrintable(error.message()));
        // Cut off soon after the cap, not read to the end (which never comes).
        QVERIFY2(bytesSent < 8 * 1024 * 1024, qPrintable(QString::number(bytesSent)));
    }

    void aPictureHasItsOwnSmallerCap()
    {
        m_space->respond = [&](QTcpSocket *socket, const SeenRequest &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 20971520\r\n\r\n");
        };
        const ApiError error = outcomeOf(m_client->download(spaceUrl(QStringLiteral("/pictures/1.png"))));
        QCOMPARE(error.kind(), ApiError::Kind::TooLarge);
        QVERIFY2(error.message().contains(QStringLiteral("8 MB")), qPrintable(error.message()));
    }

    void aTricklingAnswerMeetsTheTotalDeadline()
    {
        m_client->setTotalDeadlineMs(1500);
        m_client->setTransferTimeoutMs(30000); // never silent for long: only the total deadline can stop it
        m_space->respond = [](QTcpSocket *socket, const SeenRequest &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[");
            auto *drip = new QTimer(socket);
            connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            drip->start(50);
        };
        const ApiError error = outcomeOf(m_client->json("GET", spaceUrl(QStringLiteral("/api/public/resources"))), 10000);
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QCOMPARE(error.message(), ApiError(ApiError::Kind::Timeout).message());
    }

    void aWriteCutOffByTheDeadlineHasAnUnknownOutcome()
    {
        m_client->setTotalDeadlineMs(800);
        m_space->respond = [](QTcpSocket *socket, const SeenRequest &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
        };
        const ApiError error = outcomeOf(m_client->write("POST", QStringLiteral("/api/bookings"), QJsonObject{}), 10000);
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QVERIFY(error.isOutcomeUnknown());
        QCOMPARE(m_space->requests.size(), 1); // a POST is never sent twice
    }

    void anAnswerCutMidBodyIsALostConnectionNotABody()
    {
        // The status line and half the promised body, then the connection closes: a read is
        // asked again, and when every try is cut the error says the space was lost, not that its
        // answer was unreadable (half a JSON document must never be parsed as the answer).
        m_client->setRetryBackoffMs({1, 1});
        m_space->respond = [](QTcpSocket *socket, const SeenRequest &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n"
                          "{\"Records\":[{\"Id\":1}]");
            socket->disconnectFromHost();
        };
        const ApiError error = outcomeOf(m_client->json("GET", spaceUrl(QStringLiteral("/api/public/resources"))));
        QCOMPARE(error.kind(), ApiError::Kind::Network);
        QCOMPARE(error.message(), ApiError(ApiError::Kind::Network).message());
        QCOMPARE(m_space->requests.size(), 3); // the first try and the two retries
    }

    void aWriteCutMidAnswerIsNotSentAgain()
    {
        m_client->setRetryBackoffMs({1, 1});
        m_space->respond = [](QTcpSocket *socket, const SeenRequest &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 60\r\n\r\n"
                          "{\"WasSuccessful\":true");
            socket->disconnectFromHost();
        };
        const ApiError error = outcomeOf(m_client->write("POST", QStringLiteral("/api/bookings"), QJsonObject{}));
        QCOMPARE(error.kind(), ApiError::Kind::Network);
        QVERIFY(error.isOutcomeUnknown()); // the booking may have been made
        QCOMPARE(m_space->requests.size(), 1);
    }

    void aCertificateNobodyVouchesForIsRefused()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("This Qt has no TLS backend");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "openssl makes the test's certificate (scripts/install-deps.sh installs it)");
        QTemporaryDir dir;
        QProcess make;
        make.setWorkingDirectory(dir.path());
        make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                             QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                             QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(make.waitForFinished(30000));
        QCOMPARE(make.exitCode(), 0);
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QVERIFY(!config.localCertificate().isNull() && !config.privateKey().isNull());

        auto *tlsServer = new QSslServer;
        tlsServer->setSslConfiguration(config);
        ScriptedServer secure(tlsServer);
        QVERIFY(secure.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        m_client->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(secure.port())));

        const ApiError error = outcomeOf(m_client->json("GET", m_client->url(QStringLiteral("/api/public/resources"))));
        QCOMPARE(error.kind(), ApiError::Kind::TlsFailure);
        const QString reason = QSslError(QSslError::SelfSignedCertificate).errorString();
        QVERIFY2(error.message().contains(QStringLiteral("127.0.0.1")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
        QVERIFY(secure.requests.isEmpty()); // nothing, and no token, went over the refused connection
    }
};

QTEST_GUILESS_MAIN(TestHostileNetwork)
#include "tst_hostilenetwork.moc"
