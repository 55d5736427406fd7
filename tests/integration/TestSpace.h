// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Emulator.h"
#include "api/ApiClient.h"
#include "auth/AccountSession.h"
#include "auth/AuthService.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

//! An emulator whose own clock starts at `instant` (pair it with a core::ClockOverride for the client).
inline emulator::EmulatorConfig startingAt(const QDateTime &instant)
{
    emulator::EmulatorConfig config;
    config.startAt = instant;
    return config;
}

//! An emulator on a free loopback port plus a signed-in account session talking to it.
struct TestSpace {
    std::unique_ptr<emulator::Emulator> server;
    std::unique_ptr<auth::AccountSession> session;

    explicit TestSpace(emulator::EmulatorConfig config = {})
    {
        server = std::make_unique<emulator::Emulator>(config);
        if (!server->listen())
            qFatal("emulator could not listen");
    }

    api::ApiClient *api() const { return session->api(); }
    auth::AuthService *auth() const { return session->auth(); }

    //! Signs in and waits; returns false if it did not work within the timeout.
    bool signIn(const QString &email, const QString &password = QStringLiteral("demo"))
    {
        session = std::make_unique<auth::AccountSession>(server->baseUrl(), email);
        session->api()->setRetryBackoffMs({50, 150});
        QSignalSpy signedIn(session->auth(), &auth::AuthService::signedIn);
        session->auth()->signIn(email, password);
        return signedIn.wait(10000);
    }
};
