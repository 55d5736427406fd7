// SPDX-License-Identifier: GPL-3.0-or-later
// What a person sees at start-up, measured on the real binary: the emulator serves N generated rooms
// on loopback (no throttle, so only the client's own pacing counts), one `--sync` fills the offline
// copy, then cold starts of `portal-desk --screenshot` (offscreen) report when the copy's rooms were
// first painted (`timing: rooms-from-copy` of the portaldesk.timing trace, milliseconds since the
// process started) and the process's PSS at that moment (/proc/PID/smaps_rollup). Medians of the
// runs. Each start signs in with the password (no keychain on a CI machine), as a start from the
// keychain renews its token: one call to the space before the copy opens.
//
//   bench-startup [--sizes 10000,50000] [--runs 3]
//
// Prints startup_<N>_rooms_painted_ms and startup_<N>_pss_mb for each N.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

constexpr auto kUser = "member@demo.test";
constexpr auto kPassword = "demo\n";

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("portaldesk.timing.info=true"));
    return env;
}

//! Starts the emulator with `rooms` generated rooms; its base URL, or empty.
QString startEmulator(QProcess &emulator, int rooms)
{
    emulator.start(QStringLiteral(EMULATOR_BINARY),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--resources"), QString::number(rooms),
                    QStringLiteral("--no-throttle")});
    if (!emulator.waitForStarted())
        return {};
    static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    QByteArray seen;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && emulator.waitForReadyRead(int(deadline.remainingTime()))) {
        seen += emulator.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

QStringList signInArguments(const QString &url)
{
    return {QStringLiteral("--server"), url, QStringLiteral("--user"), QString::fromLatin1(kUser),
            QStringLiteral("--password-stdin"), QStringLiteral("--lang"), QStringLiteral("en")};
}

bool fillOfflineCopy(const QString &url, const QProcessEnvironment &env)
{
    QProcess sync;
    sync.setProcessEnvironment(env);
    sync.start(QStringLiteral(PORTAL_DESK_BINARY), signInArguments(url) << QStringLiteral("--sync"));
    sync.write(kPassword);
    sync.closeWriteChannel();
    if (!sync.waitForFinished(15 * 60 * 1000) || sync.exitCode() != 0) {
        std::fprintf(stderr, "bench-startup: the sync failed: %s\n", sync.readAllStandardError().constData());
        return false;
    }
    return true;
}

//! PSS of `pid` in MB, from smaps_rollup; -1 when it cannot be read.
double pssMb(qint64 pid)
{
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression pss(QStringLiteral("^Pss:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pss.match(QString::fromLatin1(rollup.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

struct Start {
    qint64 paintedMs = -1;
    double pssMb = -1;
};

//! One cold start: until the copy's rooms are painted; the process is stopped then.
std::optional<Start> coldStart(const QString &url, const QProcessEnvironment &env, const QString &shot)
{
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PORTAL_DESK_BINARY), signInArguments(url) << QStringLiteral("--screenshot") << shot);
    if (!app.waitForStarted())
        return std::nullopt;
    app.write(kPassword);
    app.closeWriteChannel();
    static const QRegularExpression painted(QStringLiteral("^timing: rooms-from-copy (\\d+)"), QRegularExpression::MultilineOption);
    QByteArray err;
    std::optional<Start> result;
    const QDeadlineTimer deadline(120000);
    while (!result && !deadline.hasExpired() && app.state() == QProcess::Running) {
        app.waitForReadyRead(100);
        err += app.readAllStandardError();
        const QRegularExpressionMatch match = painted.match(QString::fromUtf8(err));
        if (match.hasMatch())
            result = Start{match.captured(1).toLongLong(), pssMb(app.processId())};
    }
    app.kill();
    app.waitForFinished();
    if (!result)
        std::fprintf(stderr, "bench-startup: no rooms-from-copy line:\n%s\n", err.constData());
    return result;
}

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up of the real portal-desk with N rooms in its offline copy."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Room counts, comma-separated."),
                                         QStringLiteral("N,..."), QStringLiteral("10000,50000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Cold starts per size."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    parser.addOptions({sizesOption, runsOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int rooms = size.toInt();
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedEnvironment(home.path());
        QProcess emulator;
        const QString url = startEmulator(emulator, rooms);
        if (url.isEmpty()) {
            std::fprintf(stderr, "bench-startup: the emulator did not start\n");
            return 1;
        }
        if (!fillOfflineCopy(url, env))
            return 1;
        QList<qint64> painted;
        QList<double> pss;
        for (int run = 0; run < runs; ++run) {
            const std::optional<Start> start = coldStart(url, env, home.filePath(QStringLiteral("shot.png")));
            if (!start)
                return 1;
            painted.append(start->paintedMs);
            pss.append(start->pssMb);
        }
        std::printf("startup_%d_rooms_painted_ms: %lld ms\n", rooms, static_cast<long long>(median(painted)));
        std::printf("startup_%d_pss_mb: %.1f MB\n", rooms, median(pss));
        std::fflush(stdout);
        emulator.kill();
        emulator.waitForFinished();
    }
    return 0;
}
