// SPDX-License-Identifier: GPL-3.0-or-later
// nexudus-emulator: the local Nexudus API emulator as a stand-alone program.
#include "Emulator.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

bool parseRate(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0.0 || v > 1.0)
        return false;
    *out = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nexudus-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local emulator of the documented Nexudus API (loopback only). Accounts: member@demo.test, "
        "admin@demo.test, totp@demo.test, reset@demo.test, nostaff@demo.test; password: demo."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the demo data."), QStringLiteral("N"),
                                  QStringLiteral("42"));
    const QCommandLineOption resources(QStringLiteral("resources"),
                                       QStringLiteral("Generate N resources (1..100000) instead of the demo set."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"), QStringLiteral("expires_in of access tokens."),
                                      QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption scale(QStringLiteral("time-scale"), QStringLiteral("Divide every throttle window by F."),
                                   QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption noThrottle(QStringLiteral("no-throttle"), QStringLiteral("Disable throttling."));
    const QCommandLineOption strictPacing(QStringLiteral("strict-pacing"),
                                          QStringLiteral("Also throttle two requests less than 100 ms apart (the current "
                                                         "documentation's reading of the first row)."));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Delay every answer by MS milliseconds."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"),
                                       QStringLiteral("Fraction (0..1) of answers replaced by 503."), QStringLiteral("R"),
                                       QStringLiteral("0"));
    const QCommandLineOption malformedRate(QStringLiteral("malformed-rate"),
                                           QStringLiteral("Fraction (0..1) of answers with truncated JSON."),
                                           QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption dropRate(QStringLiteral("drop-rate"),
                                      QStringLiteral("Fraction (0..1) of connections closed without an answer."),
                                      QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption startAt(QStringLiteral("now"),
                                     QStringLiteral("Start the emulator's clock at this ISO 8601 instant (e.g. "
                                                    "2026-12-04T21:50:00Z); it runs on from there."),
                                     QStringLiteral("INSTANT"));
    const QCommandLineOption listForm(QStringLiteral("rooms-list-form"),
                                      QStringLiteral("How the rooms list answers: api-list-result (default), bare-array, "
                                                     "named-array or ignores-paging (see docs/emulator.md)."),
                                      QStringLiteral("FORM"), QStringLiteral("api-list-result"));
    const QCommandLineOption routeStatus(QStringLiteral("route-status"),
                                         QStringLiteral("Answer every request to PATH (and below it) with STATUS, e.g. "
                                                        "/api/public/bookings/cancelled=404 (repeatable)."),
                                         QStringLiteral("PATH=STATUS"));
    const QCommandLineOption htmlRate(QStringLiteral("html-rate"),
                                      QStringLiteral("Fraction (0..1) of answers replaced by an HTML page (200 text/html)."),
                                      QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption cutRate(QStringLiteral("cut-rate"),
                                     QStringLiteral("Fraction (0..1) of answers cut mid-body (the connection closes)."),
                                     QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption hugeRoute(QStringLiteral("huge-route"),
                                       QStringLiteral("Answer PATH (and below it) with a JSON array of MB megabytes "
                                                      "(default 100) and its Content-Length, or chunked without one "
                                                      "(repeatable)."),
                                       QStringLiteral("PATH[=MB[,chunked]]"));
    const QCommandLineOption redirectRoute(QStringLiteral("redirect-route"),
                                           QStringLiteral("Answer PATH (and below it) with 302 to URL; a URL without a "
                                                          "path keeps the request's path (repeatable)."),
                                           QStringLiteral("PATH=URL"));
    const QCommandLineOption exitAfter(QStringLiteral("exit-after"),
                                       QStringLiteral("Quit on the Nth request, leaving it unanswered (the space goes "
                                                      "away mid-sync)."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({port, seed, resources, lifetime, scale, noThrottle, latency, errorRate, malformedRate, dropRate,
                       startAt, listForm, routeStatus, strictPacing, htmlRate, cutRate, hugeRoute, redirectRoute,
                       exitAfter});
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "nexudus-emulator: %s\n", qPrintable(message));
        return 2;
    };
    emulator::EmulatorConfig config;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(QStringLiteral("invalid --port"));
    config.port = quint16(portValue);
    config.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("invalid --seed"));
    config.resourceCount = parser.value(resources).toInt(&ok);
    if (!ok || config.resourceCount < 0 || config.resourceCount > 100000)
        return fail(QStringLiteral("--resources must be between 0 and 100000"));
    config.tokenLifetimeSeconds = parser.value(lifetime).toInt(&ok);
    if (!ok || config.tokenLifetimeSeconds <= 0)
        return fail(QStringLiteral("invalid --token-lifetime"));
    config.throttleTimeScale = parser.value(scale).toDouble(&ok);
    if (!ok || config.throttleTimeScale <= 0)
        return fail(QStringLiteral("invalid --time-scale"));
    config.throttleEnabled = !parser.isSet(noThrottle);
    config.strictPacing = parser.isSet(strictPacing);
    config.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || config.latencyMs < 0)
        return fail(QStringLiteral("invalid --latency"));
    if (!parseRate(parser.value(errorRate), &config.serverErrorRate))
        return fail(QStringLiteral("--error-rate must be between 0 and 1"));
    if (!parseRate(parser.value(malformedRate), &config.malformedRate))
        return fail(QStringLiteral("--malformed-rate must be between 0 and 1"));
    if (!parseRate(parser.value(dropRate), &config.dropRate))
        return fail(QStringLiteral("--drop-rate must be between 0 and 1"));
    if (!parseRate(parser.value(htmlRate), &config.htmlRate))
        return fail(QStringLiteral("--html-rate must be between 0 and 1"));
    if (!parseRate(parser.value(cutRate), &config.cutRate))
        return fail(QStringLiteral("--cut-rate must be between 0 and 1"));
    config.exitAfterRequests = parser.value(exitAfter).toInt(&ok);
    if (!ok || config.exitAfterRequests < 0)
        return fail(QStringLiteral("invalid --exit-after"));
    for (const QString &value : parser.values(hugeRoute)) {
        const qsizetype equals = value.lastIndexOf(QLatin1Char('='));
        emulator::HugeRoute huge{equals > 0 ? value.left(equals) : value};
        if (equals > 0) {
            QString size = value.mid(equals + 1);
            if (size.endsWith(QLatin1String(",chunked"))) {
                huge.chunked = true;
                size.chop(8);
            }
            const int megabytes = size.toInt(&ok);
            if (!ok || megabytes < 1 || megabytes > 10000)
                return fail(QStringLiteral("invalid --huge-route (want /PATH[=MB[,chunked]], MB 1..10000)"));
            huge.bytes = qint64(megabytes) * 1000 * 1000;
        }
        if (!huge.pathPrefix.startsWith(QLatin1Char('/')))
            return fail(QStringLiteral("invalid --huge-route (want /PATH[=MB])"));
        config.hugeRoutes.append(huge);
    }
    for (const QString &value : parser.values(redirectRoute)) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        const QUrl target(equals > 0 ? value.mid(equals + 1) : QString());
        if (equals <= 0 || !value.startsWith(QLatin1Char('/')) || !target.isValid() || target.scheme().isEmpty()
            || target.host().isEmpty())
            return fail(QStringLiteral("invalid --redirect-route (want /PATH=URL)"));
        config.redirects.append({value.left(equals), target});
    }

    if (parser.isSet(startAt)) {
        config.startAt = QDateTime::fromString(parser.value(startAt), Qt::ISODate);
        if (!config.startAt.isValid())
            return fail(QStringLiteral("invalid --now (want an ISO 8601 date and time)"));
    }

    const QHash<QString, emulator::ListForm> forms{{QStringLiteral("api-list-result"), emulator::ListForm::ApiListResult},
                                                   {QStringLiteral("bare-array"), emulator::ListForm::BareArray},
                                                   {QStringLiteral("named-array"), emulator::ListForm::NamedArray},
                                                   {QStringLiteral("ignores-paging"), emulator::ListForm::IgnoresPaging}};
    if (!forms.contains(parser.value(listForm)))
        return fail(QStringLiteral("invalid --rooms-list-form"));
    config.roomsListForm = forms.value(parser.value(listForm));

    for (const QString &value : parser.values(routeStatus)) {
        const qsizetype equals = value.lastIndexOf(QLatin1Char('='));
        const int status = equals > 0 ? value.mid(equals + 1).toInt(&ok) : 0;
        if (equals <= 0 || !ok || status < 400 || status > 599 || !value.startsWith(QLatin1Char('/')))
            return fail(QStringLiteral("invalid --route-status (want /PATH=STATUS, STATUS 400..599)"));
        config.routeAnswers.append({value.left(equals), status});
    }

    emulator::Emulator server(config);
    if (!server.listen())
        return 1;
    QTextStream out(stdout);
    out << "Nexudus emulator listening on " << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
