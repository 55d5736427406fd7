// SPDX-License-Identifier: GPL-3.0-or-later
#include "Throttle.h"

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <memory>

namespace emulator {

bool ThrottleRule::matches(const QByteArray &method, const QString &lowerPath) const
{
    if (!methods.isEmpty() && !methods.contains(method))
        return false;
    if (pattern.isEmpty())
        return true;
    return suffix ? lowerPath.endsWith(pattern) : lowerPath.startsWith(pattern);
}

QList<ThrottleRule> Throttle::documentedRules()
{
    constexpr qint64 sec = 1000, min = 60 * sec, hour = 60 * min, day = 24 * hour;
    const QList<QByteArray> any;
    const QList<QByteArray> writes{"POST", "PUT", "DELETE"}; // PATCH is not in that row
    const QList<QByteArray> postPut{"POST", "PUT"};
    auto rule = [](const char *name, QList<QByteArray> methods, const char *pattern, int limit,
                   qint64 window, bool suffix = false) {
        return ThrottleRule{QString::fromLatin1(name), std::move(methods),
                            QString::fromLatin1(pattern).toLower(), suffix, limit, window};
    };
    return {
        // General limits
        rule("general/second", any, "", 10, sec),
        rule("general/minute", any, "", 120, min),
        rule("general/hour", any, "", 5000, hour),
        rule("general/day", any, "", 200000, day),
        rule("writes/minute", writes, "", 60, min),
        rule("writes/day", writes, "", 5000, day),
        // Public API limits
        rule("public", any, "/api/public", 10, 5 * sec),
        rule("public/checkin", any, "/api/public/checkin", 60, min),
        // Endpoint-specific limits
        rule("CoworkerPricePlanHistories", any, "/api/Spaces/CoworkerPricePlanHistories", 1, 10 * sec),
        rule("AuditTrailEntries", any, "/api/Sys/AuditTrailEntries", 1, 60 * sec),
        rule("coworkerDataFiles", postPut, "/api/spaces/coworkerDataFiles", 5, min),
        rule("coworkerMessages", postPut, "/api/spaces/coworkerMessages", 5, min),
        rule("proposals/runcommand", any, "/api/billing/proposals/runcommand", 10, min),
        rule("coworkercontracts/runcommand", any, "/api/billing/coworkercontracts/runcommand", 10, min),
        rule("coworkerinvoices/runcommand", any, "/api/billing/coworkerinvoices/runcommand", 10, min),
        rule("nexpos/validatepin", any, "/api/nexpos/validatepin", 60, min),
        rule("bigquery/pushall", any, "/bigquery/pushall", 1, 12 * min, true),
        rule("integrations/textract", any, "/api/integrations/textract", 12, min),
        rule("integrations/openai", any, "/api/integrations/openai", 12, min),
        rule("sendmagiclink", any, "/api/sys/users/sendmagiclink", 12, min),
    };
}

ThrottleRule Throttle::strictPacingRule()
{
    return ThrottleRule{QStringLiteral("general/100ms"), {}, QString(), false, 1, 100};
}

Throttle::Throttle(double timeScale, Clock clock) : Throttle(documentedRules(), timeScale, std::move(clock)) {}

Throttle::Throttle(QList<ThrottleRule> rules, double timeScale, Clock clock)
    : m_rules(std::move(rules)), m_scale(timeScale > 0 ? timeScale : 1.0), m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
}

int Throttle::Verdict::retryAfterSeconds() const
{
    return std::max(1, int((retryAfterMs + 999) / 1000));
}

qint64 Throttle::scaledWindow(const ThrottleRule &rule) const
{
    return std::max<qint64>(1, qint64(std::ceil(double(rule.windowMs) / m_scale)));
}

Throttle::Verdict Throttle::check(const QString &client, const QByteArray &method, const QString &path)
{
    Verdict verdict;
    if (!m_enabled)
        return verdict;
    const qint64 now = m_clock();
    const QString lowerPath = path.toLower();
    QStringList matched; // keys, not pointers: QHash may rehash while we insert
    for (int i = 0; i < m_rules.size(); ++i) {
        const ThrottleRule &rule = m_rules.at(i);
        if (!rule.matches(method, lowerPath))
            continue;
        const qint64 window = scaledWindow(rule);
        const QString key = client + QLatin1Char('\n') + QString::number(i);
        auto &hits = m_hits[key];
        while (!hits.empty() && hits.front() <= now - window)
            hits.pop_front();
        if (int(hits.size()) >= rule.limit) {
            // It would pass once enough of the oldest hits have left the window.
            const qint64 wait = hits[hits.size() - rule.limit] + window - now;
            if (verdict.allowed || wait > verdict.retryAfterMs) {
                verdict.retryAfterMs = wait;
                verdict.rule = rule.name;
            }
            verdict.allowed = false;
        }
        matched.append(key);
    }
    if (verdict.allowed) {
        for (const QString &key : matched)
            m_hits[key].push_back(now);
    }
    return verdict;
}

int Throttle::recorded(const QString &client, int ruleIndex) const
{
    return int(m_hits.value(client + QLatin1Char('\n') + QString::number(ruleIndex)).size());
}

void Throttle::reset()
{
    m_hits.clear();
}

} // namespace emulator
