// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace emulator {

// How the rooms list (`/api/public/resources/published[/details]`) answers. The contract shows the
// published list as a wrapper holding an array; the emulator's own reading is the ApiListResult
// envelope. The others are plausible readings of a real space, served so the client is tested on each.
enum class ListForm {
    ApiListResult, // {"Records": [...], "HasNextPage": ..., ...}, paged (the default)
    BareArray,     // [...]: every room at once, page and size ignored
    NamedArray,    // {"PublicResources": [...]}: every room at once, page and size ignored
    IgnoresPaging, // ApiListResult that always answers page 1 and claims a next page
};

// A route the emulated space answers with one status whatever is asked (a space that does not offer
// it: 404, 405, 501; or refuses this data to everyone: 401, 403).
struct RouteAnswer {
    QString pathPrefix; // the path itself or a parent of it, case-insensitive
    int status = 404;
};

// A route answered with `302 Location:` another address; a target without a path keeps the
// request's path and query (`http://127.0.0.2:8080` sends `/api/...?x` to the same path there).
struct RouteRedirect {
    QString pathPrefix;
    QUrl target;
};

// A route answered with 200 and a JSON body of `bytes` bytes, streamed as the client reads it:
// with its Content-Length declared (a client can refuse it at once), or chunked without one (a
// client can only count while it streams).
struct HugeRoute {
    QString pathPrefix;
    qint64 bytes = 100 * 1000 * 1000;
    bool chunked = false;
};

struct EmulatorConfig {
    quint16 port = 0;                 // 0 = any free loopback port
    quint32 seed = 42;                // deterministic demo data
    int resourceCount = 0;            // 0 = curated demo set (60+); N>0 = N generated resources
    int tokenLifetimeSeconds = 3600;  // expires_in of access tokens
    double throttleTimeScale = 1.0;   // every throttle window is divided by this
    bool throttleEnabled = true;
    bool strictPacing = false;        // also the current documentation's reading of the first row: 1 request per 100 ms
    int latencyMs = 0;
    double serverErrorRate = 0.0;     // random 503s
    double malformedRate = 0.0;       // random malformed JSON bodies
    double dropRate = 0.0;            // random dropped connections
    double htmlRate = 0.0;            // random 200 text/html pages where JSON was expected
    double cutRate = 0.0;             // random answers cut mid-body (the connection closes)
    ListForm roomsListForm = ListForm::ApiListResult;
    QDateTime startAt;                // the emulator's "now" at start (runs on from there); invalid = system clock
    QList<RouteAnswer> routeAnswers;  // routes answered with a fixed status, before the token is looked at
    QList<RouteRedirect> redirects;   // routes answered with 302 to another address
    QList<HugeRoute> hugeRoutes;      // routes answered with a streamed JSON array far too large to read
    int exitAfterRequests = 0;        // > 0: the process quits on this request (the space goes away)
};

class EmulatorPrivate;

// A strict local implementation of the documented Nexudus API (docs/emulator.md), served over HTTP on
// 127.0.0.1 only.
class Emulator : public QObject
{
    Q_OBJECT
public:
    explicit Emulator(const EmulatorConfig &config = {}, QObject *parent = nullptr);
    ~Emulator() override;

    bool listen();                    // false (+ qWarning) if it cannot bind
    quint16 port() const;
    QUrl baseUrl() const;             // http://127.0.0.1:<port>

    // Deterministic fault injection for tests: the next `count` requests whose path starts with
    // pathPrefix (case-insensitive; empty = any) get the fault.
    void failNext(int count, int httpStatus = 503, const QString &pathPrefix = {});
    void malformNext(int count, const QString &pathPrefix = {});   // 200 with a truncated JSON body
    void htmlNext(int count, const QString &pathPrefix = {});      // 200 text/html where JSON was expected
    void dropNext(int count, const QString &pathPrefix = {});      // close without answering, after processing
    void answerAlways(const QString &pathPrefix, int httpStatus); // from now on, see RouteAnswer
    void setLatency(int ms);
    void setThrottleEnabled(bool on);
    void expireAccessTokens();        // every access token issued so far now answers 401
    void revokeRefreshTokens();       // every refresh token issued so far now fails with invalid_grant
    int requestCount(const QByteArray &method = {}, const QString &pathPrefix = {}) const; // incl. throttled
    int throttledCount() const;       // how many 409s were sent
    void resetCounters();
    int bookingCount() const;
    QDateTime now() const;            // the emulator's clock (UTC)
    void setNow(const QDateTime &instant); // moves the emulator's clock; seeded data stays where it was         // bookings held, cancelled ones included (to catch duplicates)

private:
    std::unique_ptr<EmulatorPrivate> d;
};

} // namespace emulator
