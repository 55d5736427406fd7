// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "Throttle.h"

#include <functional>

namespace propertyos {

//! The plan's hourly limit as one sliding-hour row of the Nexudus emulator's Throttle, timed by the
//! emulator clock (so a test moves past the hour by moving the clock). One window per API key.
class PlanLimiter
{
public:
    using Clock = std::function<qint64()>; // ms since the epoch, from the emulator clock

    PlanLimiter(int hourlyLimit, Clock clock); // 0 = unlimited

    //! Counts the request; nullopt when it may pass, else the 429 to send.
    std::optional<emulator::Response> admit(const QString &apiKey);
    //! X-RateLimit-Limit / X-RateLimit-Remaining on an admitted request's answer (none when unlimited).
    void decorate(emulator::Response &response, const QString &apiKey) const;

    int limit() const { return m_limit; }

private:
    int m_limit;
    emulator::Throttle m_throttle;
};

} // namespace propertyos
