// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

//! What the command line asked for. Parsing lives in AppOptions::parse so main() stays tiny.
struct AppOptions {
    bool demo = false;
    QString demoUser = QStringLiteral("member@demo.test");
    QString server;
    QString user;
    bool passwordFromStdin = false;
    QString propertyOs;          //!< --property-os: a NEXUS Property OS account's address
    bool apiKeyFromStdin = false; //!< --api-key-stdin: its API key, one line on standard input
    bool sync = false;
    bool signOut = false;
    QString view = QStringLiteral("browser");
    QString language;
    QString screenshotPath;

    static QStringList knownViews();
    //! The views of a Property OS account (the others are a Nexudus space's).
    static QStringList propertyOsViews();
    //! Something is read from standard input (a password or an API key) before the window opens.
    bool readsSecretFromStdin() const { return passwordFromStdin || apiKeyFromStdin; }
    //! Parses the application's arguments; on --help/--version or an error it prints and returns
    //! false with `exitCode` set.
    static bool parse(const QStringList &arguments, AppOptions *options, int *exitCode);
};
