// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <deque>
#include <memory>

namespace api {

//! Monotonic milliseconds; tests swap in a fake to check the real tables without waiting.
class ThrottleClock
{
public:
    virtual ~ThrottleClock() = default;
    virtual qint64 nowMs() const = 0;
};

class SteadyThrottleClock final : public ThrottleClock
{
public:
    SteadyThrottleClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

//! One row of a throttling table: at most `limit` matching requests in any `windowMs`.
struct ThrottleRule {
    enum class PathMatch { Any, Prefix, Suffix };
    enum Method { Get = 1, Post = 2, Put = 4, Delete = 8, Patch = 16, Other = 32, AnyMethod = 63 };

    QString name;
    int methods = AnyMethod;
    PathMatch match = PathMatch::Any;
    QString path; //!< lower case; prefix or suffix per `match`
    int limit = 0;
    qint64 windowMs = 0;

    bool matches(int methodBit, const QString &lowerPath) const;
};

//! Client-side pacing that keeps every request inside every row of the space's throttling tables
//! (seed 000: general, public API and endpoint-specific limits), so a well-behaved client is never
//! answered 409. Sliding windows with a small safety margin for network jitter.
class RequestThrottle
{
public:
    explicit RequestThrottle(QList<ThrottleRule> rules = nexudusRules(),
                             std::shared_ptr<const ThrottleClock> clock = {});

    //! The documented Nexudus tables, every row.
    static QList<ThrottleRule> nexudusRules();
    static int methodBit(const QByteArray &method);

    //! Divides every window by `scale` (tests run the same arithmetic in a fraction of the time).
    void setTimeScale(double scale);
    double timeScale() const { return m_timeScale; }

    //! Milliseconds to wait before a request may be sent; 0 = now.
    qint64 delayFor(const QByteArray &method, const QString &path) const;
    //! Whether one rule that names a path (not the general rows every request shares) counts
    //! both requests: they compete for that rule's window.
    bool sharePathRule(const QByteArray &methodA, const QString &pathA, const QByteArray &methodB,
                       const QString &pathB) const;
    //! The window of the rules that name this request's path (the longest, scaled; 0 when only the
    //! general rows count it): how long a walk on that path may hold others back (WindowHold).
    qint64 pathRuleWindowMs(const QByteArray &method, const QString &path) const;
    //! Records that a request was sent now.
    void recordSent(const QByteArray &method, const QString &path);
    //! The server said "wait" (Retry-After): hold every request until then.
    void pauseFor(qint64 ms);
    qint64 nowMs() const { return m_clock->nowMs(); }

    const QList<ThrottleRule> &rules() const { return m_rules; }

private:
    qint64 effectiveWindow(const ThrottleRule &rule) const;
    void prune(std::size_t ruleIndex, qint64 now) const;

    QList<ThrottleRule> m_rules;
    std::shared_ptr<const ThrottleClock> m_clock;
    double m_timeScale = 1.0;
    qint64 m_pausedUntil = 0;
    // Send times per rule, oldest first. mutable: pruning old entries does not change the state.
    mutable std::vector<std::deque<qint64>> m_sent;
};

} // namespace api
