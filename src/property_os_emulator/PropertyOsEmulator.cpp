// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyOsEmulator.h"

#include "ApiErrors.h"
#include "EmulatorClock.h"
#include "FaultInjector.h"
#include "HttpFront.h"
#include "PaymentRoutes.h"
#include "PlanLimiter.h"
#include "Portfolio.h"
#include "PropertyRoutes.h"
#include "TenantRoutes.h"

using emulator::Delivery;
using emulator::FaultInjector;
using emulator::Request;
using emulator::Response;

namespace propertyos {

class PropertyOsEmulatorPrivate
{
public:
    explicit PropertyOsEmulatorPrivate(const PropertyOsConfig &c)
        : config(c)
        , clock(c.startAt)
        , portfolio(c.seed)
        , limiter(c.effectiveHourlyLimit(), [this] { return clock.now().toMSecsSinceEpoch(); })
        , faults(c.seed)
        , properties(portfolio)
        , tenants(portfolio)
        , payments(portfolio, [this] { return clock.now().date(); })
    {
        DemoPortfolio::fill(portfolio, clock.now().date());
        faults.setRates(c.errorRate, c.malformedRate, c.dropRate, c.htmlRate);
    }

    Delivery handle(Request request);
    Response route(const Request &request);

    PropertyOsConfig config;
    emulator::EmulatorClock clock; // before everything that reads it
    Portfolio portfolio;
    PlanLimiter limiter;
    FaultInjector faults;
    PropertyRoutes properties;
    TenantRoutes tenants;
    PaymentRoutes payments;
    std::unique_ptr<emulator::HttpFront> front;
    int requests = 0;
};

namespace {

const QString kApiRoot = QStringLiteral("/api/v2/");

// The key of "Authorization: Bearer <key>" (scheme case-insensitive), empty when absent.
QString bearerKey(const Request &request)
{
    const QByteArray value = request.header("authorization").trimmed();
    if (!value.toLower().startsWith("bearer "))
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

} // namespace

Delivery PropertyOsEmulatorPrivate::handle(Request request)
{
    ++requests;
    if (request.path.size() > 1 && request.path.endsWith(QLatin1Char('/')))
        request.path.chop(1);
    const int latency = config.latencyMs;
    // Order: key (401, not counted) -> plan limit (429) -> injected failure (503) -> route -> after-faults.
    const QString key = bearerKey(request);
    if (key != PropertyOsEmulator::demoApiKey())
        return {ApiErrors::unauthenticated(), latency, false};
    if (auto limited = limiter.admit(key))
        return {*limited, latency, false};
    if (const auto status = faults.takeFailure(request.path))
        return {FaultInjector::failure(*status), latency, false};

    Delivery delivery{route(request), latency, false};
    limiter.decorate(delivery.response, key);
    faults.applyAfter(request.path, delivery);
    return delivery;
}

Response PropertyOsEmulatorPrivate::route(const Request &request)
{
    if (!request.path.startsWith(kApiRoot))
        return ApiErrors::notFound(QStringLiteral("Route"));
    const QStringList parts = request.path.mid(kApiRoot.size()).split(QLatin1Char('/'));
    if (parts.size() > 2)
        return ApiErrors::notFound(QStringLiteral("Route"));
    const QString id = parts.value(1);
    if (parts.first() == QLatin1String("properties"))
        return properties.handle(request, id);
    if (parts.first() == QLatin1String("tenants"))
        return tenants.handle(request, id);
    if (parts.first() == QLatin1String("payments"))
        return payments.handle(request, id);
    return ApiErrors::notFound(QStringLiteral("Route"));
}

QString PropertyOsEmulator::demoApiKey()
{
    return QStringLiteral("nexus-demo-key");
}

PropertyOsEmulator::PropertyOsEmulator(const PropertyOsConfig &config, QObject *parent)
    : QObject(parent), d(std::make_unique<PropertyOsEmulatorPrivate>(config))
{
    d->front = std::make_unique<emulator::HttpFront>([this](const Request &r) { return d->handle(r); });
}

PropertyOsEmulator::~PropertyOsEmulator() = default;

bool PropertyOsEmulator::listen()
{
    return d->front->listen(d->config.port);
}

quint16 PropertyOsEmulator::port() const
{
    return d->front->port();
}

QUrl PropertyOsEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QDateTime PropertyOsEmulator::now() const
{
    return d->clock.now();
}

void PropertyOsEmulator::setNow(const QDateTime &instant)
{
    d->clock.set(instant);
}

void PropertyOsEmulator::advance(qint64 seconds)
{
    d->clock.set(d->clock.now().addSecs(seconds));
}

int PropertyOsEmulator::requestCount() const
{
    return d->requests;
}

} // namespace propertyos
