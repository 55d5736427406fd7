// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"
#include "AppOptions.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>

namespace {
//! Reads one line from standard input for --password-stdin (before any window exists).
QString readPasswordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

//! The six languages the Nexudus portal ships; the UI and the `/{lang}/` routes use the same code.
QString chooseLanguage(const QString &requested)
{
    static const QStringList supported{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                       QStringLiteral("de"), QStringLiteral("it"), QStringLiteral("pt")};
    const QString wanted = (requested.isEmpty() ? QLocale::system().name() : requested).left(2).toLower();
    return supported.contains(wanted) ? wanted : QStringLiteral("en");
}

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QStringLiteral(":/i18n/portal-desk_%1.qm").arg(language)))
        QApplication::installTranslator(appTranslator);
}
} // namespace

int main(int argc, char *argv[])
{
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
    options.language = chooseLanguage(options.language);
    installTranslations(app, options.language);

    const QString password = options.passwordFromStdin ? readPasswordFromStdin() : QString();
    AppController controller(options, password);
    QObject::connect(&controller, &AppController::exitRequested, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    if (!controller.start())
        return 2;
    return QApplication::exec();
}
