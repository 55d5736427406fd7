// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks that run the real binaries share: an isolated home with the timing trace on,
// the emulator started with N generated rooms, the sign-in arguments, a `--sync`, PSS, medians.
// Each binary defines PORTAL_DESK_BINARY and EMULATOR_BINARY.
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace bench {

inline constexpr auto kUser = "member@demo.test";
inline constexpr auto kPassword = "demo\n";

inline QProcessEnvironment isolatedEnvironment(const QString &home)
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

enum class Throttle { Off, On };

//! Starts the emulator with `rooms` generated rooms, its throttle tables on or off; its base URL,
//! or empty.
inline QString startEmulator(QProcess &emulator, int rooms, Throttle throttle = Throttle::Off)
{
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--resources"),
                          QString::number(rooms)};
    if (throttle == Throttle::Off)
        arguments << QStringLiteral("--no-throttle");
    emulator.start(QStringLiteral(EMULATOR_BINARY), arguments);
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

inline QStringList signInArguments(const QString &url)
{
    return {QStringLiteral("--server"), url, QStringLiteral("--user"), QString::fromLatin1(kUser),
            QStringLiteral("--password-stdin"), QStringLiteral("--lang"), QStringLiteral("en")};
}

inline bool fillOfflineCopy(const QString &url, const QProcessEnvironment &env)
{
    QProcess sync;
    sync.setProcessEnvironment(env);
    sync.start(QStringLiteral(PORTAL_DESK_BINARY), signInArguments(url) << QStringLiteral("--sync"));
    sync.write(kPassword);
    sync.closeWriteChannel();
    if (!sync.waitForFinished(15 * 60 * 1000) || sync.exitCode() != 0) {
        std::fprintf(stderr, "bench: the sync failed: %s\n", sync.readAllStandardError().constData());
        return false;
    }
    return true;
}

//! PSS of `pid` in MB, from smaps_rollup; -1 when it cannot be read.
inline double pssMb(qint64 pid)
{
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression pss(QStringLiteral("^Pss:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pss.match(QString::fromLatin1(rollup.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

//! Runs `portal-desk --screenshot` signed in to `url` with the password, reading its trace (stderr)
//! until `read(trace, pid)` gives a value, the process ends, or three minutes pass; the process is
//! stopped then. `what` names the awaited lines in the message printed when they never came.
template<typename T, typename Read>
std::optional<T> runUntil(const QString &url, const QProcessEnvironment &env, const QString &shot, Read read,
                          const char *what)
{
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PORTAL_DESK_BINARY), signInArguments(url) << QStringLiteral("--screenshot") << shot);
    if (!app.waitForStarted())
        return std::nullopt;
    app.write(kPassword);
    app.closeWriteChannel();
    QByteArray err;
    std::optional<T> result;
    const QDeadlineTimer deadline(180000);
    while (!result && !deadline.hasExpired() && app.state() == QProcess::Running) {
        app.waitForReadyRead(100);
        err += app.readAllStandardError();
        result = read(QString::fromUtf8(err), app.processId());
    }
    app.kill();
    app.waitForFinished();
    if (!result)
        std::fprintf(stderr, "bench: no %s line:\n%s\n", what, err.constData());
    return result;
}

//! The milliseconds of the first `timing: <event> <ms>` line of `trace`, if there is one.
inline std::optional<qint64> milestone(const QString &trace, const QString &event)
{
    const QRegularExpression line(QStringLiteral("^timing: %1 (\\d+)").arg(QRegularExpression::escape(event)),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(trace);
    return match.hasMatch() ? std::optional<qint64>(match.captured(1).toLongLong()) : std::nullopt;
}

//! `--sizes N,...` and `--runs N` of the process benchmarks.
struct Options {
    QList<int> sizes;
    int runs = 3;
};

inline Options parseOptions(const QCoreApplication &app, const QString &description, const QString &defaultSizes)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Room counts, comma-separated."),
                                   QStringLiteral("N,..."), defaultSizes);
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Starts per size."), QStringLiteral("N"),
                                  QStringLiteral("3"));
    parser.addOptions({sizes, runs});
    parser.process(app);
    Options options;
    for (const QString &size : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.sizes.append(size.toInt());
    options.runs = qMax(1, parser.value(runs).toInt());
    return options;
}

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace bench
