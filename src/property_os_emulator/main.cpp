// SPDX-License-Identifier: GPL-3.0-or-later
// property-os-emulator: the local NEXUS Property OS API emulator as a stand-alone program.
#include "PropertyOsEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using propertyos::PropertyOsConfig;

namespace {

struct RateOption
{
    QCommandLineOption option;
    double PropertyOsConfig::*target;
};

QCommandLineOption valueOption(const char *name, const char *description, const char *valueName,
                               const char *fallback = nullptr)
{
    QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(valueName));
    if (fallback)
        option.setDefaultValue(QString::fromLatin1(fallback));
    return option;
}

// A non-negative integer option, at most `max`; false when it is not one.
bool readCount(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 v = parser.value(option).toLongLong(&ok);
    if (!ok || v < 0 || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("property-os-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local emulator of the NEXUS Property OS API v2 (loopback only; see docs/property-os.md). "
        "API key: nexus-demo-key, sent as Authorization: Bearer nexus-demo-key."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto port = valueOption("port", "TCP port on 127.0.0.1 (0 = any free port).", "N", "0");
    const auto plan = valueOption("plan", "Rate-limit plan: standard (1000/h), professional (5000/h) or enterprise "
                                          "(unlimited).", "PLAN", "standard");
    const auto seed = valueOption("seed", "Seed of the demo portfolio.", "N", "42");
    const auto hourly = valueOption("hourly-limit", "Test option: N requests per sliding hour instead of the plan's "
                                                    "(0 = unlimited).", "N");
    const auto now = valueOption("now", "Start the emulator's clock at this ISO 8601 instant (e.g. "
                                        "2026-12-07T09:00:00Z); it runs on from there.", "INSTANT");
    const auto latency = valueOption("latency", "Delay every answer by MS milliseconds.", "MS", "0");
    const QList<RateOption> rates{
        {valueOption("error-rate", "Fraction (0..1) of requests answered 503 (not processed).", "R", "0"),
         &PropertyOsConfig::errorRate},
        {valueOption("malformed-rate", "Fraction (0..1) of answers with truncated JSON.", "R", "0"),
         &PropertyOsConfig::malformedRate},
        {valueOption("drop-rate", "Fraction (0..1) of connections closed without an answer.", "R", "0"),
         &PropertyOsConfig::dropRate},
        {valueOption("html-rate", "Fraction (0..1) of answers replaced by an HTML page (200 text/html).", "R", "0"),
         &PropertyOsConfig::htmlRate},
    };
    parser.addOptions({port, plan, seed, hourly, now, latency});
    for (const RateOption &rate : rates)
        parser.addOption(rate.option);
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "property-os-emulator: %s\n", qPrintable(message));
        return 2;
    };
    PropertyOsConfig config;
    qint64 value = 0;
    if (!readCount(parser, port, 65535, &value))
        return fail(QStringLiteral("invalid --port"));
    config.port = quint16(value);
    if (!readCount(parser, seed, 0xffffffffLL, &value))
        return fail(QStringLiteral("invalid --seed"));
    config.seed = quint32(value);
    const auto chosen = propertyos::planFromName(parser.value(plan));
    if (!chosen)
        return fail(QStringLiteral("--plan must be standard, professional or enterprise"));
    config.plan = *chosen;
    if (parser.isSet(hourly)) {
        if (!readCount(parser, hourly, 1000000000, &value))
            return fail(QStringLiteral("invalid --hourly-limit"));
        config.hourlyLimit = int(value);
    }
    if (!readCount(parser, latency, 600000, &value))
        return fail(QStringLiteral("invalid --latency"));
    config.latencyMs = int(value);
    for (const RateOption &rate : rates) {
        bool ok = false;
        const double r = parser.value(rate.option).toDouble(&ok);
        if (!ok || r < 0.0 || r > 1.0)
            return fail(QStringLiteral("--%1 must be between 0 and 1").arg(rate.option.names().constFirst()));
        config.*rate.target = r;
    }
    if (parser.isSet(now)) {
        config.startAt = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!config.startAt.isValid())
            return fail(QStringLiteral("invalid --now (want an ISO 8601 date and time)"));
    }

    propertyos::PropertyOsEmulator server(config);
    if (!server.listen())
        return 1;
    QTextStream out(stdout);
    out << "Property OS emulator listening on " << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
