// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFront.h"

#include "HugeAnswer.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace emulator {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "UNKNOWN";
    }
}

Request convert(const QHttpServerRequest &in)
{
    Request r;
    r.method = methodName(in.method());
    r.path = in.url().path(QUrl::FullyDecoded);
    r.query = in.query();
    const auto headers = in.headers();
    for (const auto &h : headers)
        r.headers.insert(h.first.toLower(), h.second);
    r.body = in.body();
    r.peer = in.remoteAddress();
    return r;
}

} // namespace

class HttpFrontServer : public QAbstractHttpServer
{
public:
    explicit HttpFrontServer(HttpFront::Handler handler) : m_handler(std::move(handler)) {}

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        deliver(m_handler(convert(request)), socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        deliver({Response::empty(404), 0, false}, socket);
    }

    static void deliver(const Delivery &d, QTcpSocket *socket)
    {
        QPointer<QTcpSocket> guard(socket);
        auto act = [guard, drop = d.drop, cut = d.cut, huge = d.hugeBytes, chunked = d.hugeChunked,
                    bytes = d.drop || d.hugeBytes > 0 ? QByteArray() : serializeHttp(d.response)]() {
            if (!guard)
                return;
            if (drop) {
                guard->abort();
                return;
            }
            if (huge > 0) {
                streamHuge(guard, huge, chunked);
                return;
            }
            if (cut) {
                // Content-Length promises the whole body; half of it comes, then the connection closes.
                const qsizetype headerEnd = bytes.indexOf("\r\n\r\n") + 4;
                guard->write(bytes.left(headerEnd + (bytes.size() - headerEnd) / 2));
                guard->disconnectFromHost();
                return;
            }
            guard->write(bytes);
        };
        if (d.delayMs > 0)
            QTimer::singleShot(d.delayMs, guard.data(), act);
        else
            act();
    }

    // A 200 whose JSON body is `size` bytes, written as fast as the client reads: with its
    // Content-Length, or in chunks without one (the client can then only refuse it while it
    // streams). At most 256 KiB wait in the socket, so the emulator itself stays small; a client
    // that hangs up ends the stream.
    static void streamHuge(QTcpSocket *socket, qint64 size, bool chunked)
    {
        auto *source = new HugeAnswer(size, socket);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nServer: nexudus-emulator\r\n"
                      + (chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                                 : "Content-Length: " + QByteArray::number(source->bytesAvailable()) + "\r\n")
                      + "\r\n");
        auto pump = [socket, source, chunked]() {
            constexpr qint64 kQueued = 256 * 1024;
            char chunk[64 * 1024];
            while (socket->bytesToWrite() < kQueued) {
                const qint64 n = source->read(chunk, sizeof chunk);
                if (n <= 0) {
                    if (chunked)
                        socket->write("0\r\n\r\n");
                    source->deleteLater(); // also ends the connection to bytesWritten
                    return;
                }
                if (chunked)
                    socket->write(QByteArray::number(n, 16) + "\r\n");
                socket->write(chunk, n);
                if (chunked)
                    socket->write("\r\n");
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, source, pump);
        pump();
    }
#else
    // Qt >= 6.5: the responder owns the stream. Latency is applied by moving the responder into the
    // timer; a "drop" is approximated by a 502 with Connection: close (no socket access any more).
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        deliver(m_handler(convert(request)), std::move(responder));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder) override
    {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }

    static void deliver(const Delivery &d, QHttpServerResponder &&responder)
    {
        auto holder = std::make_shared<QHttpServerResponder>(std::move(responder));
        auto act = [holder, d]() {
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
            QHttpHeaders h;
            auto add = [&h](const QByteArray &k, const QByteArray &v) { h.append(k, v); };
#else
            QHttpServerResponder::HeaderList h;
            auto add = [&h](const QByteArray &k, const QByteArray &v) { h.push_back({k, v}); };
#endif
            if (d.hugeBytes > 0) { // streamed from the device by the responder
                holder->write(new HugeAnswer(d.hugeBytes), "application/json; charset=utf-8");
                return;
            }
            if (d.drop || d.cut) { // no socket access here: a cut is approximated as a dropped answer
                add("Connection", "close");
                holder->write(QByteArray(), h, QHttpServerResponder::StatusCode::BadGateway);
                return;
            }
            const QByteArray type = d.response.effectiveContentType();
            if (!type.isEmpty())
                add("Content-Type", type);
            for (const auto &p : d.response.headers)
                add(p.first, p.second);
            holder->write(d.response.serializedBody(), h,
                          QHttpServerResponder::StatusCode(d.response.status));
        };
        if (d.delayMs > 0)
            QTimer::singleShot(d.delayMs, act);
        else
            act();
    }
#endif

private:
    HttpFront::Handler m_handler;
};

HttpFront::HttpFront(Handler handler, QObject *parent)
    : QObject(parent), m_server(std::make_unique<HttpFrontServer>(std::move(handler)))
{
}

HttpFront::~HttpFront() = default;

bool HttpFront::listen(quint16 port)
{
    auto *tcp = new QTcpServer(m_server.get());
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qWarning("nexudus emulator: cannot listen on 127.0.0.1:%u: %s", unsigned(port),
                 qPrintable(tcp->errorString()));
        delete tcp;
        return false;
    }
    m_server->bind(tcp);
    m_tcp = tcp;
    return true;
}

quint16 HttpFront::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

} // namespace emulator
