// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks that run the real binaries share: an isolated home with the timing trace on,
// the emulator started with N generated rooms, the sign-in arguments, a `--sync`, PSS, medians.
// Each binary defines PORTAL_DESK_BINARY and EMULATOR_BINARY.
#pragma once

#include <QDeadlineTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

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

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace bench
