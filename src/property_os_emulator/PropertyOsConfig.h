// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace propertyos {

//! The NEXUS Property OS plans and their documented hourly request limits (seed 001).
enum class Plan { Standard, Professional, Enterprise };

std::optional<Plan> planFromName(const QString &name); // "standard", "professional", "enterprise"
QString planName(Plan plan);
int documentedHourlyLimit(Plan plan); // 0 = unlimited

struct PropertyOsConfig
{
    quint16 port = 0;              // 0 = any free port (loopback only)
    quint32 seed = 42;             // demo data
    Plan plan = Plan::Standard;
    int hourlyLimit = -1;          // -1: the plan's; 0: unlimited; N: N per sliding hour (tests)
    QDateTime startAt;             // the emulator clock's start; invalid = the system clock
    int latencyMs = 0;
    double errorRate = 0, malformedRate = 0, dropRate = 0, htmlRate = 0;

    int effectiveHourlyLimit() const { return hourlyLimit >= 0 ? hourlyLimit : documentedHourlyLimit(plan); }
};

} // namespace propertyos
