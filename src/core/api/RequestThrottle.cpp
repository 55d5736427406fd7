// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestThrottle.h"

#include "Logging.h"

#include <algorithm>
#include <cmath>

namespace api {

namespace {
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

ThrottleRule rule(const char *name, int methods, ThrottleRule::PathMatch match, const char *path, int limit,
                  qint64 window)
{
    return ThrottleRule{QString::fromLatin1(name), methods, match, QString::fromLatin1(path).toLower(), limit,
                        window};
}
} // namespace

bool ThrottleRule::matches(int methodBit, const QString &lowerPath) const
{
    if (!(methods & methodBit))
        return false;
    switch (match) {
    case PathMatch::Any:
        return true;
    case PathMatch::Prefix:
        return lowerPath.startsWith(path);
    case PathMatch::Suffix:
        return lowerPath.endsWith(path);
    }
    return false;
}

QList<ThrottleRule> RequestThrottle::nexudusRules()
{
    using M = ThrottleRule::PathMatch;
    constexpr int any = ThrottleRule::AnyMethod;
    constexpr int writes = ThrottleRule::Post | ThrottleRule::Put | ThrottleRule::Delete;
    constexpr int postPut = ThrottleRule::Post | ThrottleRule::Put;
    return {
        // General limits. Seed 000 gives the first row as "10 requests per second"; the current
        // documentation gives the same row as "1 req/100 ms". Both are kept: never two requests
        // less than 100 ms apart, and never more than ten in any second.
        rule("general/100ms", any, M::Any, "", 1, 100),
        rule("general/second", any, M::Any, "", 10, second),
        rule("general/minute", any, M::Any, "", 120, minute),
        rule("general/hour", any, M::Any, "", 5000, hour),
        rule("general/day", any, M::Any, "", 200000, day),
        rule("writes/minute", writes, M::Any, "", 60, minute),
        rule("writes/day", writes, M::Any, "", 5000, day),
        // Public API limits
        rule("public", any, M::Prefix, "/api/public", 10, 5 * second),
        rule("public/checkin", any, M::Prefix, "/api/public/checkin", 60, minute),
        // Endpoint-specific limits
        rule("CoworkerPricePlanHistories", any, M::Prefix, "/api/Spaces/CoworkerPricePlanHistories", 1, 10 * second),
        rule("AuditTrailEntries", any, M::Prefix, "/api/Sys/AuditTrailEntries", 1, 60 * second),
        rule("coworkerDataFiles", postPut, M::Prefix, "/api/spaces/coworkerDataFiles", 5, minute),
        rule("coworkerMessages", postPut, M::Prefix, "/api/spaces/coworkerMessages", 5, minute),
        rule("proposals/runcommand", any, M::Prefix, "/api/billing/proposals/runcommand", 10, minute),
        rule("coworkercontracts/runcommand", any, M::Prefix, "/api/billing/coworkercontracts/runcommand", 10, minute),
        rule("coworkerinvoices/runcommand", any, M::Prefix, "/api/billing/coworkerinvoices/runcommand", 10, minute),
        rule("nexpos/validatepin", any, M::Prefix, "/api/nexpos/validatepin", 60, minute),
        rule("bigquery/pushall", any, M::Suffix, "/bigquery/pushall", 1, 12 * minute),
        rule("integrations/textract", any, M::Prefix, "/api/integrations/textract", 12, minute),
        rule("integrations/openai", any, M::Prefix, "/api/integrations/openai", 12, minute),
        rule("sendmagiclink", any, M::Prefix, "/api/sys/users/sendmagiclink", 12, minute),
    };
}

int RequestThrottle::methodBit(const QByteArray &method)
{
    const QByteArray m = method.toUpper();
    if (m == "GET" || m == "HEAD")
        return ThrottleRule::Get;
    if (m == "POST")
        return ThrottleRule::Post;
    if (m == "PUT")
        return ThrottleRule::Put;
    if (m == "DELETE")
        return ThrottleRule::Delete;
    if (m == "PATCH")
        return ThrottleRule::Patch;
    return ThrottleRule::Other;
}

RequestThrottle::RequestThrottle(QList<ThrottleRule> rules, std::shared_ptr<const ThrottleClock> clock)
    : m_rules(std::move(rules)), m_clock(clock ? std::move(clock) : std::make_shared<SteadyThrottleClock>()),
      m_sent(std::size_t(m_rules.size()))
{
}

void RequestThrottle::setTimeScale(double scale)
{
    m_timeScale = scale > 0 ? scale : 1.0;
}

qint64 RequestThrottle::effectiveWindow(const ThrottleRule &rule) const
{
    const qint64 window = std::max<qint64>(1, std::llround(double(rule.windowMs) / m_timeScale));
    // The server counts arrivals, we count departures: jitter can squeeze two sends closer together
    // on the server's clock. A small margin keeps us on the safe side without slowing much.
    const qint64 margin = std::clamp<qint64>(window / 50, 20, 1000);
    return window + margin;
}

void RequestThrottle::prune(std::size_t index, qint64 now) const
{
    auto &sent = m_sent[index];
    const qint64 window = effectiveWindow(m_rules[qsizetype(index)]);
    while (!sent.empty() && sent.front() <= now - window)
        sent.pop_front();
}

qint64 RequestThrottle::delayFor(const QByteArray &method, const QString &path) const
{
    const qint64 now = m_clock->nowMs();
    const int bit = methodBit(method);
    const QString lowerPath = path.toLower();
    qint64 delay = std::max<qint64>(0, m_pausedUntil - now);
    for (std::size_t i = 0; i < m_sent.size(); ++i) {
        const ThrottleRule &rule = m_rules[qsizetype(i)];
        if (!rule.matches(bit, lowerPath))
            continue;
        prune(i, now);
        const auto &sent = m_sent[i];
        if (qsizetype(sent.size()) < rule.limit)
            continue;
        // The request may go once the oldest send that keeps the window full has left it.
        const qint64 oldestBlocking = sent[sent.size() - std::size_t(rule.limit)];
        delay = std::max(delay, oldestBlocking + effectiveWindow(rule) - now);
    }
    return std::max<qint64>(0, delay);
}

bool RequestThrottle::sharePathRule(const QByteArray &methodA, const QString &pathA, const QByteArray &methodB,
                                    const QString &pathB) const
{
    const int bitA = methodBit(methodA);
    const int bitB = methodBit(methodB);
    const QString lowerA = pathA.toLower();
    const QString lowerB = pathB.toLower();
    return std::any_of(m_rules.cbegin(), m_rules.cend(), [&](const ThrottleRule &rule) {
        return rule.match != ThrottleRule::PathMatch::Any && rule.matches(bitA, lowerA) && rule.matches(bitB, lowerB);
    });
}

qint64 RequestThrottle::pathRuleWindowMs(const QByteArray &method, const QString &path) const
{
    const int bit = methodBit(method);
    const QString lowerPath = path.toLower();
    qint64 longest = 0;
    for (const ThrottleRule &rule : m_rules) {
        if (rule.match != ThrottleRule::PathMatch::Any && rule.matches(bit, lowerPath))
            longest = std::max(longest, effectiveWindow(rule));
    }
    return longest;
}

void RequestThrottle::recordSent(const QByteArray &method, const QString &path)
{
    const qint64 now = m_clock->nowMs();
    const int bit = methodBit(method);
    const QString lowerPath = path.toLower();
    for (std::size_t i = 0; i < m_sent.size(); ++i) {
        if (m_rules[qsizetype(i)].matches(bit, lowerPath)) {
            prune(i, now);
            m_sent[i].push_back(now);
        }
    }
}

void RequestThrottle::pauseFor(qint64 ms)
{
    m_pausedUntil = std::max(m_pausedUntil, m_clock->nowMs() + std::max<qint64>(0, ms));
    qCInfo(lcThrottle) << "Server asked to wait" << ms << "ms; holding the request queue";
}

} // namespace api
