// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real portal-desk binary (PORTAL_DESK_BINARY) the way scripts and people do, offscreen,
// and hands back its exit code and output. Shared by the command-line tests.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

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

inline Run runApp(const QStringList &arguments, const Options &options = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (options.headless) {
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
    }
    if (options.debugLogging)
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("portaldesk.*=true"));
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
