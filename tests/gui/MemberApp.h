// SPDX-License-Identifier: GPL-3.0-or-later
// The in-process app's options for the demo member of an emulated space, in English: what most GUI
// tests start (AppController(memberOptions(server), "demo")).
#pragma once

#include "AppOptions.h"
#include "Emulator.h"

inline AppOptions memberOptions(const emulator::Emulator &server, const QString &view = {})
{
    AppOptions options;
    options.server = server.baseUrl().toString();
    options.user = QStringLiteral("member@demo.test");
    options.language = QStringLiteral("en");
    options.view = view;
    return options;
}
