// SPDX-License-Identifier: GPL-3.0-or-later
// What the Property OS view tests share: a clock at a fixed instant, the emulator (Enterprise plan,
// so pacing never waits), a signed-in account on it, and the emulator's own answers read with a
// QNetworkAccessManager of the test's (not the client under test).
#pragma once

#include "PropertyOsEmulator.h"
#include "clock/Clock.h"
#include "propertyos/PropertyOsAccount.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <memory>
#include <optional>

struct PropertyOsFixture {
    std::optional<core::ClockOverride> clock;
    std::unique_ptr<propertyos::PropertyOsEmulator> server;
    std::unique_ptr<propertyos::PropertyOsAccount> account;

    //! Starts fresh at `now` (no budget file left from an earlier test); false if it cannot listen.
    bool start(const QDateTime &now)
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        clock.emplace(now);
        propertyos::PropertyOsConfig config;
        config.startAt = now;
        config.plan = propertyos::Plan::Enterprise;
        server = std::make_unique<propertyos::PropertyOsEmulator>(config);
        if (!server->listen())
            return false;
        account = std::make_unique<propertyos::PropertyOsAccount>(QStringLiteral("property-os@test"), server->baseUrl(),
                                                                  propertyos::PropertyOsEmulator::demoApiKey(),
                                                                  propertyos::PlanLimit::Enterprise);
        return true;
    }

    void stop()
    {
        account.reset();
        server.reset();
        clock.reset();
    }

    //! One answer of the emulator to `GET /api/v2/<path>?<query>`; empty when none came in 10 s.
    QJsonObject served(const QString &path, const QUrlQuery &query = {}) const
    {
        QNetworkAccessManager network;
        QUrl url(server->baseUrl().toString() + QStringLiteral("/api/v2/") + path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + propertyos::PropertyOsEmulator::demoApiKey().toLatin1());
        QNetworkReply *reply = network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000)) {
            reply->abort();
            reply->deleteLater();
            return {};
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }
};
