// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QObject>
#include <functional>
#include <memory>

class QTcpServer;

namespace emulator {

// How a handled request is to be answered.
struct Delivery
{
    Response response;
    int delayMs = 0;     // latency, applied with a timer (the event loop never sleeps)
    bool drop = false;   // close the connection instead of answering
    bool cut = false;    // send the headers and half the body, then close (a transfer cut mid-body)
    qint64 hugeBytes = 0; // > 0: answer 200 with a JSON array this long, streamed as the client reads
    bool hugeChunked = false; // ... chunked, without Content-Length
};

class HttpFrontServer;

// The HTTP layer: owns QtHttpServer, converts each request into a plain Request, asks the handler
// for a Delivery and writes it (or drops the connection) on the socket. Nothing else knows Qt HTTP types.
class HttpFront : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Delivery(const Request &)>;

    explicit HttpFront(Handler handler, QObject *parent = nullptr);
    ~HttpFront() override;

    bool listen(quint16 port);   // loopback only
    quint16 port() const;

private:
    std::unique_ptr<HttpFrontServer> m_server;
    QTcpServer *m_tcp = nullptr;
};

} // namespace emulator
