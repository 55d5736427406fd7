// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"
#include "AppOptions.h"
#include "LanguageSwitcher.h"
#include "StartupTiming.h"

#include <QApplication>
#include <QTextStream>
#include <cstdio>

namespace {
//! --version, --help, --sync, --sign-out and --screenshot show no window to anyone: without a
//! display (a terminal, ssh, CI) they run offscreen instead of aborting in the platform plugin.
void runOffscreenWhenHeadless(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--sync"
            || arg == "--sign-out" || arg == "--screenshot") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

QtMessageHandler g_defaultHandler = nullptr;

//! The timing trace prints its lines as they are documented (`timing: <event> <ms> ...`), without
//! the category in front; every other message goes on as before.
void printTimingBare(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, lcTiming().categoryName()) == 0) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return;
    }
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

//! Reads one line from standard input for --password-stdin or --api-key-stdin (before any window exists).
QString readPasswordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}
} // namespace

int main(int argc, char *argv[])
{
    g_defaultHandler = qInstallMessageHandler(printTimingBare);
    runOffscreenWhenHeadless(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("portal-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Portal Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PORTAL_DESK_VERSION));
    QApplication::setOrganizationName(QStringLiteral("PortalDesk"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.portaldesk.PortalDesk"));

    AppOptions options;
    int exitCode = 0;
    if (!AppOptions::parse(QApplication::arguments(), &options, &exitCode))
        return exitCode;
    options.language = LanguageSwitcher::choose(options.language);

    const QString password = options.readsSecretFromStdin() ? readPasswordFromStdin() : QString();
    AppController controller(options, password);
    QObject::connect(&controller, &AppController::exitRequested, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    if (!controller.start())
        return 2;
    return QApplication::exec();
}
