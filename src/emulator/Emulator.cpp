// SPDX-License-Identifier: GPL-3.0-or-later
#include "Emulator.h"

#include "AdminEntityRoutes.h"
#include "BillingRoutes.h"
#include "BookingRoutes.h"
#include "DemoData.h"
#include "FaultInjector.h"
#include "HttpFront.h"
#include "LocalizedRoutes.h"
#include "PortalRoutes.h"
#include "ResourcePictures.h"
#include "ShapeFilter.h"
#include "Throttle.h"
#include "TokenIssuer.h"

#include <QCoreApplication>
#include <QTimer>

namespace emulator {

class EmulatorPrivate
{
public:
    explicit EmulatorPrivate(const EmulatorConfig &c)
        : config(c)
        , clock(c.startAt)
        , data(c.seed, c.resourceCount, clock)
        , tokens(c.seed, c.tokenLifetimeSeconds, clock)
        , throttle(c.strictPacing ? Throttle::documentedRules() << Throttle::strictPacingRule() : Throttle::documentedRules(),
                   c.throttleTimeScale, {})
        , faults(c.seed)
        , admin(data)
        , billing(data)
        , portal(data, c.roomsListForm)
        , bookings(data)
        , localized(data)
        , latency(c.latencyMs)
    {
        throttle.setEnabled(c.throttleEnabled);
        faults.setRates(c.serverErrorRate, c.malformedRate, c.dropRate, c.htmlRate, c.cutRate);
        bookings.seed(7001, QStringLiteral("Marta Member")); // member@demo.test's coworker profile
    }

    Delivery handle(Request request);
    Response route(const Request &request, const Account *account);

    EmulatorConfig config;
    EmulatorClock clock; // before everything that reads it
    DemoData data;
    TokenIssuer tokens;
    Throttle throttle;
    FaultInjector faults;
    AdminEntityRoutes admin;
    BillingRoutes billing;
    PortalRoutes portal;
    BookingRoutes bookings;
    LocalizedRoutes localized;
    int latency;
    std::unique_ptr<HttpFront> front;
    QList<QPair<QByteArray, QString>> log;
    int throttled = 0;
};

namespace {

Response throttledResponse(int retryAfterSeconds)
{
    Response r = Response::empty(409);
    r.reason = "You must wait before accessing this url again.";
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    r.setHeader("Cache-Control", "no-cache");
    r.setHeader("Pragma", "no-cache");
    r.setHeader("Expires", "-1");
    return r;
}

Response notFound(const Request &request)
{
    return Response::message(404, QStringLiteral("No HTTP resource was found that matches the request URI '%1'.")
                                      .arg(request.path));
}

bool isUnder(const QString &path, const QString &prefix)
{
    const QString p = path.toLower();
    const QString root = prefix.toLower();
    return p == root || p.startsWith(root + QLatin1Char('/'));
}

QUrl redirectTarget(const QUrl &target, const Request &request)
{
    if (!target.path().isEmpty() && target.path() != QLatin1String("/"))
        return target;
    QUrl url = target;
    url.setPath(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

bool isAdminModule(const QString &lowerPath)
{
    for (const char *m : {"/api/spaces", "/api/content", "/api/apps", "/api/billing"}) {
        const QLatin1String prefix(m);
        if (lowerPath == prefix || lowerPath.startsWith(prefix + QLatin1Char('/')))
            return true;
    }
    return false;
}

} // namespace

Delivery EmulatorPrivate::handle(Request request)
{
    if (request.path.size() > 1 && request.path.endsWith(QLatin1Char('/')))
        request.path.chop(1);
    log.append({request.method, request.path});
    if (config.exitAfterRequests > 0 && log.size() >= config.exitAfterRequests) {
        // The space goes away mid-sync: this request gets no answer and the process ends.
        QTimer::singleShot(0, QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
        return {Response::empty(503), 0, true};
    }

    const Account *account = tokens.authenticate(request);
    const QString signature = account ? QStringLiteral("user:") + account->email
                                      : QStringLiteral("peer:") + request.peer.toString();
    const Throttle::Verdict verdict = throttle.check(signature, request.method, request.path);
    if (!verdict.allowed) {
        ++throttled;
        return {throttledResponse(verdict.retryAfterSeconds()), latency, false};
    }
    for (const RouteAnswer &fixed : std::as_const(config.routeAnswers)) {
        if (isUnder(request.path, fixed.pathPrefix))
            return {FaultInjector::failure(fixed.status), latency, false};
    }
    for (const RouteRedirect &redirect : std::as_const(config.redirects)) {
        if (isUnder(request.path, redirect.pathPrefix)) {
            Response moved = Response::empty(302);
            moved.setHeader("Location", redirectTarget(redirect.target, request).toEncoded());
            return {moved, latency, false};
        }
    }
    for (const HugeRoute &huge : std::as_const(config.hugeRoutes)) {
        if (isUnder(request.path, huge.pathPrefix)) {
            Delivery delivery{Response::empty(200), latency, false};
            delivery.hugeBytes = huge.bytes;
            delivery.hugeChunked = huge.chunked;
            return delivery;
        }
    }
    if (const auto status = faults.takeFailure(request.path))
        return {FaultInjector::failure(*status), latency, false};

    Response response = route(request, account);
    if (response.json && response.status >= 200 && response.status < 300) {
        if (const auto shape = request.param(QStringLiteral("_shape")); shape && !shape->trimmed().isEmpty())
            response.json = ShapeFilter::apply(*response.json, *shape);
    }
    Delivery delivery{std::move(response), latency, false};
    faults.applyAfter(request.path, delivery);
    return delivery;
}

Response EmulatorPrivate::route(const Request &request, const Account *account)
{
    const QString p = request.path.toLower();
    if (p == QLatin1String("/api/token")) {
        if (request.method != "POST") {
            Response r = Response::message(405, QStringLiteral("The requested resource does not support http method '%1'.")
                                                     .arg(QString::fromLatin1(request.method)));
            r.setHeader("Allow", "POST");
            return r;
        }
        return tokens.grant(request);
    }
    if (p == QLatin1String("/api/public") || p.startsWith(QLatin1String("/api/public/"))) {
        if (auto r = bookings.handle(request, account))
            return *r;
        if (auto r = portal.handle(request, account))
            return *r;
        return notFound(request);
    }
    if (p == QLatin1String("/api") || p.startsWith(QLatin1String("/api/"))) {
        if (!account)
            return Response::empty(401);
        if (isAdminModule(p)) {
            if (!account->isAdmin)
                return Response::message(403, QStringLiteral("Authorization has been denied for this request."));
            if (request.method == "GET" && p.startsWith(QLatin1String("/api/spaces/resources/getpicture/")))
                return ResourcePictures::picture(data, p.section(QLatin1Char('/'), 5, 5).toLongLong(), false);
            if (auto r = admin.handle(request, *account))
                return *r;
            if (auto r = billing.handle(request))
                return *r;
        }
        return notFound(request);
    }
    if (LocalizedRoutes::looksLocalized(request.path)) {
        if (auto r = bookings.handle(request, account)) // /{lang}/bookings/fullCalendarBookings
            return *r;
        if (auto r = localized.handle(request))
            return *r;
    }
    return notFound(request);
}

Emulator::Emulator(const EmulatorConfig &config, QObject *parent)
    : QObject(parent), d(std::make_unique<EmulatorPrivate>(config))
{
    d->front = std::make_unique<HttpFront>([this](const Request &r) { return d->handle(r); });
}

Emulator::~Emulator() = default;

bool Emulator::listen()
{
    return d->front->listen(d->config.port);
}

quint16 Emulator::port() const
{
    return d->front->port();
}

QUrl Emulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void Emulator::answerAlways(const QString &pathPrefix, int httpStatus)
{
    d->config.routeAnswers.append({pathPrefix, httpStatus});
}

void Emulator::failNext(int count, int httpStatus, const QString &pathPrefix)
{
    d->faults.schedule(FaultInjector::Kind::Fail, count, pathPrefix, httpStatus);
}

void Emulator::malformNext(int count, const QString &pathPrefix)
{
    d->faults.schedule(FaultInjector::Kind::Malform, count, pathPrefix);
}

void Emulator::htmlNext(int count, const QString &pathPrefix)
{
    d->faults.schedule(FaultInjector::Kind::Html, count, pathPrefix);
}

void Emulator::dropNext(int count, const QString &pathPrefix)
{
    d->faults.schedule(FaultInjector::Kind::Drop, count, pathPrefix);
}

void Emulator::setLatency(int ms)
{
    d->latency = std::max(0, ms);
}

void Emulator::setThrottleEnabled(bool on)
{
    d->throttle.setEnabled(on);
}

void Emulator::expireAccessTokens()
{
    d->tokens.expireAccessTokens();
}

void Emulator::revokeRefreshTokens()
{
    d->tokens.revokeRefreshTokens();
}

int Emulator::requestCount(const QByteArray &method, const QString &pathPrefix) const
{
    int n = 0;
    for (const auto &entry : d->log) {
        if ((method.isEmpty() || entry.first.compare(method, Qt::CaseInsensitive) == 0)
            && entry.second.startsWith(pathPrefix, Qt::CaseInsensitive))
            ++n;
    }
    return n;
}

int Emulator::throttledCount() const
{
    return d->throttled;
}

void Emulator::resetCounters()
{
    d->log.clear();
    d->throttled = 0;
}

int Emulator::bookingCount() const
{
    return d->bookings.bookingCount();
}

QDateTime Emulator::now() const
{
    return d->clock.now();
}

void Emulator::setNow(const QDateTime &instant)
{
    d->clock.set(instant);
}

} // namespace emulator
