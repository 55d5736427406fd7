// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyOsConfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace propertyos {

class PropertyOsEmulatorPrivate;

//! A local NEXUS Property OS API (seed 001, docs/property-os.md) on 127.0.0.1: the /api/v2 properties,
//! tenants and payments routes over the seeded demo portfolio, the demo API key, the plan's hourly
//! limit and the Nexudus emulator's fault switches. Its own clock (EmulatorClock) times everything.
class PropertyOsEmulator : public QObject
{
    Q_OBJECT
public:
    static QString demoApiKey(); // "nexus-demo-key"

    explicit PropertyOsEmulator(const PropertyOsConfig &config = {}, QObject *parent = nullptr);
    ~PropertyOsEmulator() override;

    bool listen();         // false (+ qWarning) if it cannot bind
    quint16 port() const;
    QUrl baseUrl() const;  // http://127.0.0.1:<port>

    QDateTime now() const;                  // the emulator clock
    void setNow(const QDateTime &instant);  // test hook: moves the clock (seeded data stays where it was)
    void advance(qint64 seconds);           // test hook: moves the clock on
    int requestCount() const;               // requests received, counted or not

private:
    std::unique_ptr<PropertyOsEmulatorPrivate> d;
};

} // namespace propertyos
