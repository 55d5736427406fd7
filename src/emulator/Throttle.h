// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <functional>

namespace emulator {

// One row of the documented throttle tables (seed 000): at most `limit` requests per `windowMs`
// for requests whose method is in `methods` (empty = any) and whose path matches.
struct ThrottleRule
{
    QString name;
    QList<QByteArray> methods;  // upper case; empty = any method
    QString pattern;            // lower case; prefix match, or suffix match when `suffix`
    bool suffix = false;
    int limit = 0;
    qint64 windowMs = 0;

    bool matches(const QByteArray &method, const QString &lowerPath) const;
};

// Sliding-window throttle keyed by client signature. A throttled request is not recorded.
class Throttle
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit Throttle(double timeScale = 1.0, Clock clock = {});
    Throttle(QList<ThrottleRule> rules, double timeScale, Clock clock); // for tests of single rows

    static QList<ThrottleRule> documentedRules();
    //! The first row as the current documentation states it ("1 req/100 ms"), where seed 000 says
    //! "10 requests per second"; a space may enforce either.
    static ThrottleRule strictPacingRule();

    struct Verdict
    {
        bool allowed = true;
        qint64 retryAfterMs = 0;       // when not allowed: time until the request would pass
        QString rule;                  // the (first) violated rule
        int retryAfterSeconds() const; // ceil, minimum 1
    };

    // Checks every matching row; records the request in all of them only when it passes.
    Verdict check(const QString &client, const QByteArray &method, const QString &path);

    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }
    void reset();
    const QList<ThrottleRule> &rules() const { return m_rules; }
    //! Requests of `client` recorded in rule `ruleIndex` as of its last check (for rate-limit headers).
    int recorded(const QString &client, int ruleIndex) const;

private:
    qint64 scaledWindow(const ThrottleRule &rule) const;

    QList<ThrottleRule> m_rules;
    double m_scale;
    Clock m_clock;
    bool m_enabled = true;
    QHash<QString, std::deque<qint64>> m_hits; // key: client + '\n' + rule index
};

} // namespace emulator
