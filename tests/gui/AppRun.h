// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real portal-desk binary (PORTAL_DESK_BINARY) the way scripts and people do, offscreen,
// and hands back its exit code and output. Shared by the command-line tests. Every run of one test
// program shares a HOME and XDG folders of its own (never the user's), so one run can open what an
// earlier run stored.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace apprun {

struct Run {
    int exitCode = -1; //!< -1: did not start, crashed or timed out
    QString out;
    QString err;
};

struct Options {
    QByteArray stdinData;
    int timeoutMs = 120000;
    bool headless = false;     //!< no display and no platform chosen, as in a terminal over ssh
    bool debugLogging = false; //!< every portaldesk.* line, debug included (to check what logs leak)
    bool timing = false;       //!< the portaldesk.timing trace on
    QString home;              //!< a HOME of the caller's (a first start); empty: the program's own

    static Options withStdin(QByteArray data)
    {
        Options options;
        options.stdinData = std::move(data);
        return options;
    }
    static Options withoutDisplay()
    {
        Options options;
        options.headless = true;
        options.timeoutMs = 60000;
        return options;
    }
    static Options withDebugLog()
    {
        Options options;
        options.debugLogging = true;
        return options;
    }
};

//! This test program's HOME, made on first use and removed when the program ends.
inline QString testHome()
{
    static QTemporaryDir home;
    return home.path();
}

inline Run runApp(const QStringList &arguments, const Options &options = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (options.headless) {
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
    }
    const QString home = options.home.isEmpty() ? testHome() : options.home;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    if (options.debugLogging)
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("portaldesk.*=true"));
    else if (options.timing)
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("portaldesk.timing.info=true"));
    else
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PORTAL_DESK_BINARY), arguments);
    if (!process.waitForStarted())
        return {};
    if (!options.stdinData.isEmpty())
        process.write(options.stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace apprun
