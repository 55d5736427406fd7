// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

QStringList AppOptions::knownViews()
{
    return {QStringLiteral("browser"), QStringLiteral("schedule"), QStringLiteral("bookings"), QStringLiteral("news"),
            QStringLiteral("resources-review"), QStringLiteral("applications"), QStringLiteral("properties"),
            QStringLiteral("tenants")};
}

QStringList AppOptions::propertyOsViews()
{
    return {QStringLiteral("properties"), QStringLiteral("tenants")};
}

bool AppOptions::parse(const QStringList &arguments, AppOptions *options, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Book rooms and read the news of your Nexudus coworking space."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("AppOptions", "Open the built-in demo space."));
    const QCommandLineOption demoUser(QStringLiteral("demo-user"),
                                      QCoreApplication::translate("AppOptions", "Demo account to sign in with."),
                                      QStringLiteral("email"), options->demoUser);
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("AppOptions", "Space slug or web address."),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("AppOptions", "E-mail address to sign in with."),
                                  QStringLiteral("email"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("AppOptions", "Read the password from standard input."));
    const QCommandLineOption propertyOs(
        QStringLiteral("property-os"),
        QCoreApplication::translate("AppOptions", "Web address of a NEXUS Property OS account."), QStringLiteral("url"));
    const QCommandLineOption apiKeyStdin(
        QStringLiteral("api-key-stdin"),
        QCoreApplication::translate("AppOptions", "Read the Property OS API key from standard input."));
    const QCommandLineOption sync(QStringLiteral("sync"),
                                  QCoreApplication::translate("AppOptions", "Refresh the offline data and exit."));
    const QCommandLineOption signOut(QStringLiteral("sign-out"),
                                     QCoreApplication::translate("AppOptions", "Forget the stored account and exit."));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QCoreApplication::translate("AppOptions", "View to open: %1.")
                                      .arg(knownViews().join(QStringLiteral(", "))),
                                  QStringLiteral("name"), options->view);
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("AppOptions", "Language code (en, es, fr, de, it, pt)."),
                                  QStringLiteral("code"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("AppOptions", "Save the window as PNG once its data has loaded, then exit."),
        QStringLiteral("path"));
    parser.addOptions({demo, demoUser, server, user, passwordStdin, propertyOs, apiKeyStdin, sync, signOut, view, lang, screenshot});

    auto failWith = [exitCode](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        *exitCode = 2;
        return false;
    };
    if (!parser.parse(arguments))
        return failWith(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }
    options->demo = parser.isSet(demo);
    options->demoUser = parser.value(demoUser);
    options->server = parser.value(server);
    options->user = parser.value(user);
    options->passwordFromStdin = parser.isSet(passwordStdin);
    options->propertyOs = parser.value(propertyOs);
    options->apiKeyFromStdin = parser.isSet(apiKeyStdin);
    options->sync = parser.isSet(sync);
    options->signOut = parser.isSet(signOut);
    options->view = parser.value(view);
    options->language = parser.value(lang);
    options->screenshotPath = parser.value(screenshot);

    if (!knownViews().contains(options->view))
        return failWith(QCoreApplication::translate("AppOptions", "Unknown view \"%1\". Choose one of: %2.")
                            .arg(options->view, knownViews().join(QStringLiteral(", "))));
    if (options->demo && !options->server.isEmpty())
        return failWith(QCoreApplication::translate("AppOptions", "Use either --demo or --server, not both."));
    if (!options->propertyOs.isEmpty() && (options->demo || !options->server.isEmpty() || options->passwordFromStdin))
        return failWith(QCoreApplication::translate(
            "AppOptions", "--property-os opens a Property OS account: use it without --demo, --server and --password-stdin."));
    if (options->apiKeyFromStdin && options->propertyOs.isEmpty())
        return failWith(QCoreApplication::translate("AppOptions", "--api-key-stdin needs --property-os URL."));
    return true;
}
