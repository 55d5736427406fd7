// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanLimiter.h"

#include "ApiErrors.h"

#include <algorithm>

namespace propertyos {

namespace {
constexpr qint64 kHourMs = 60 * 60 * 1000;
}

PlanLimiter::PlanLimiter(int hourlyLimit, Clock clock)
    : m_limit(std::max(0, hourlyLimit))
    , m_throttle({emulator::ThrottleRule{QStringLiteral("plan/hour"), {}, QString(), false, std::max(1, m_limit), kHourMs}},
                 1.0, std::move(clock))
{
    m_throttle.setEnabled(m_limit > 0);
}

std::optional<emulator::Response> PlanLimiter::admit(const QString &apiKey)
{
    const emulator::Throttle::Verdict verdict = m_throttle.check(apiKey, "GET", QString());
    if (verdict.allowed)
        return std::nullopt;
    emulator::Response r = ApiErrors::error(429, QStringLiteral("rate_limited"),
                                            QStringLiteral("Rate limit of %1 requests per hour exceeded.").arg(m_limit));
    r.setHeader("Retry-After", QByteArray::number(verdict.retryAfterSeconds()));
    r.setHeader("X-RateLimit-Limit", QByteArray::number(m_limit));
    r.setHeader("X-RateLimit-Remaining", "0");
    r.setHeader("X-RateLimit-Reset", QByteArray::number(verdict.retryAfterSeconds()));
    return r;
}

void PlanLimiter::decorate(emulator::Response &response, const QString &apiKey) const
{
    if (m_limit <= 0)
        return;
    response.setHeader("X-RateLimit-Limit", QByteArray::number(m_limit));
    response.setHeader("X-RateLimit-Remaining",
                       QByteArray::number(std::max(0, m_limit - m_throttle.recorded(apiKey, 0))));
}

} // namespace propertyos
