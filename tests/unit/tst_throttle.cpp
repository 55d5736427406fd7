// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RequestThrottle.h"

#include <QTest>
#include <vector>

using api::RequestThrottle;
using api::ThrottleRule;

namespace {
class FakeClock final : public api::ThrottleClock
{
public:
    qint64 nowMs() const override { return now; }
    qint64 now = 0;
};

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;

//! Sends `count` requests as fast as the throttle allows, advancing the fake clock; returns send times.
std::vector<qint64> sendAsFastAsAllowed(RequestThrottle &throttle, FakeClock &clock, const QByteArray &method,
                                        const QString &path, int count)
{
    std::vector<qint64> times;
    times.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        clock.now += throttle.delayFor(method, path);
        if (throttle.delayFor(method, path) != 0)
            return {}; // waiting the announced delay must be enough
        throttle.recordSent(method, path);
        times.push_back(clock.now);
    }
    return times;
}

//! True when no window of `windowMs` holds more than `limit` of the (sorted) times.
bool respects(const std::vector<qint64> &times, int limit, qint64 windowMs)
{
    for (std::size_t i = 0; i + std::size_t(limit) < times.size(); ++i) {
        if (times[i + std::size_t(limit)] - times[i] < windowMs)
            return false;
    }
    return true;
}
} // namespace

class TestThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableHoldsEveryDocumentedRow()
    {
        const auto rules = RequestThrottle::nexudusRules();
        QCOMPARE(rules.size(), 21); // 7 general (the first row read both ways) + 2 public + 12 endpoint-specific
        auto find = [&rules](const QString &name) {
            for (const ThrottleRule &r : rules) {
                if (r.name == name)
                    return r;
            }
            return ThrottleRule{};
        };
        QCOMPARE(find(QStringLiteral("general/100ms")).limit, 1);
        QCOMPARE(find(QStringLiteral("general/100ms")).windowMs, 100);
        QCOMPARE(find(QStringLiteral("general/second")).limit, 10);
        QCOMPARE(find(QStringLiteral("general/minute")).limit, 120);
        QCOMPARE(find(QStringLiteral("general/hour")).limit, 5000);
        QCOMPARE(find(QStringLiteral("general/day")).limit, 200000);
        QCOMPARE(find(QStringLiteral("general/day")).windowMs, 24 * 60 * minute);
        QCOMPARE(find(QStringLiteral("writes/day")).limit, 5000);
        QCOMPARE(find(QStringLiteral("public")).windowMs, 5 * second);
        QCOMPARE(find(QStringLiteral("bigquery/pushall")).windowMs, 12 * minute);
        QCOMPARE(find(QStringLiteral("bigquery/pushall")).match, ThrottleRule::PathMatch::Suffix);
    }

    void everyRowIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("count");
        QTest::newRow("GET admin") << QByteArray("GET") << QStringLiteral("/api/spaces/resources") << 6000;
        QTest::newRow("POST admin") << QByteArray("POST") << QStringLiteral("/api/apps/applications") << 400;
        QTest::newRow("PUT admin") << QByteArray("PUT") << QStringLiteral("/api/apps/applications") << 200;
        QTest::newRow("DELETE admin") << QByteArray("DELETE") << QStringLiteral("/api/apps/applications/3") << 200;
        QTest::newRow("PATCH public") << QByteArray("PATCH") << QStringLiteral("/api/public/coworker/profile") << 100;
        QTest::newRow("public") << QByteArray("GET") << QStringLiteral("/api/public/resources/published/details") << 300;
        QTest::newRow("public checkin") << QByteArray("POST") << QStringLiteral("/api/public/checkin") << 300;
        QTest::newRow("price plan histories") << QByteArray("GET") << QStringLiteral("/api/spaces/coworkerpriceplanhistories") << 20;
        QTest::newRow("audit trail") << QByteArray("GET") << QStringLiteral("/api/Sys/AuditTrailEntries?page=2") << 10;
        QTest::newRow("data files POST") << QByteArray("POST") << QStringLiteral("/api/spaces/coworkerDataFiles") << 30;
        QTest::newRow("messages PUT") << QByteArray("PUT") << QStringLiteral("/api/spaces/coworkerMessages") << 30;
        QTest::newRow("proposals") << QByteArray("POST") << QStringLiteral("/api/billing/proposals/runcommand") << 50;
        QTest::newRow("contracts") << QByteArray("GET") << QStringLiteral("/api/billing/coworkercontracts/runcommand") << 50;
        QTest::newRow("invoices") << QByteArray("POST") << QStringLiteral("/api/billing/coworkerinvoices/runcommand") << 50;
        QTest::newRow("validatepin") << QByteArray("GET") << QStringLiteral("/api/nexpos/validatepin") << 200;
        QTest::newRow("bigquery") << QByteArray("POST") << QStringLiteral("/api/x/bigquery/pushall") << 6;
        QTest::newRow("textract") << QByteArray("POST") << QStringLiteral("/api/integrations/textract") << 50;
        QTest::newRow("openai") << QByteArray("POST") << QStringLiteral("/api/integrations/openai") << 50;
        QTest::newRow("magic link") << QByteArray("POST") << QStringLiteral("/api/sys/users/sendmagiclink") << 50;
    }
    void everyRowIsHonoured()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, count);
        auto clock = std::make_shared<FakeClock>();
        RequestThrottle throttle(RequestThrottle::nexudusRules(), clock);
        const auto times = sendAsFastAsAllowed(throttle, *clock, method, path, count);
        QCOMPARE(int(times.size()), count);
        const int bit = RequestThrottle::methodBit(method);
        int matched = 0;
        for (const ThrottleRule &rule : throttle.rules()) {
            if (!rule.matches(bit, path.toLower()))
                continue;
            ++matched;
            QVERIFY2(respects(times, rule.limit, rule.windowMs), qPrintable(rule.name));
        }
        QVERIFY(matched >= 4);
    }

    void pacesCloseToTheLimitNotFarBelow()
    {
        // 10 per 5 s on /api/public: the 11th request goes just after 5 s, not much later.
        auto clock = std::make_shared<FakeClock>();
        RequestThrottle throttle(RequestThrottle::nexudusRules(), clock);
        const auto times = sendAsFastAsAllowed(throttle, *clock, "GET", QStringLiteral("/api/public/blogPosts"), 11);
        // The first ten go one after another, 100 ms apart (plus the jitter margin), not at once.
        for (std::size_t i = 1; i < 10; ++i)
            QVERIFY(times[i] - times[i - 1] >= 100 && times[i] - times[i - 1] <= 130);
        QVERIFY(times[10] >= 5 * second);
        QVERIFY(times[10] <= 5 * second + 200);
    }

    void neverTwoRequestsLessThan100msApart()
    {
        // Seed 000 reads the first row as 10 per second, the documentation as 1 per 100 ms: a burst
        // of ten at once passes the first reading and is throttled by a space enforcing the second.
        auto clock = std::make_shared<FakeClock>();
        clock->now = 1'000'000; // not at zero: an old send must not count
        RequestThrottle throttle(RequestThrottle::nexudusRules(), clock);
        std::vector<qint64> times;
        const QStringList paths{QStringLiteral("/api/public/resources/published"), QStringLiteral("/api/apps/applications"),
                                QStringLiteral("/en/publicresources"), QStringLiteral("/api/token")};
        for (int i = 0; i < 40; ++i) {
            const QString &path = paths.at(i % paths.size());
            const QByteArray method = i % 7 == 0 ? "POST" : "GET";
            clock->now += throttle.delayFor(method, path);
            QCOMPARE(throttle.delayFor(method, path), 0);
            throttle.recordSent(method, path);
            times.push_back(clock->now);
        }
        for (std::size_t i = 1; i < times.size(); ++i)
            QVERIFY2(times[i] - times[i - 1] >= 100, qPrintable(QString::number(times[i] - times[i - 1])));
        QVERIFY(respects(times, 10, second));
        // A request after a quiet spell goes at once.
        clock->now += 150;
        QCOMPARE(throttle.delayFor("GET", QStringLiteral("/api/apps/applications")), 0);
        // One right after another waits out the 100 ms, less what has passed.
        throttle.recordSent("GET", QStringLiteral("/api/apps/applications"));
        clock->now += 30;
        const qint64 wait = throttle.delayFor("GET", QStringLiteral("/en/blog"));
        QVERIFY2(wait >= 70 && wait <= 100, qPrintable(QString::number(wait)));
    }

    void writeDayLimitWaitsForTheWindow()
    {
        auto clock = std::make_shared<FakeClock>();
        RequestThrottle throttle(RequestThrottle::nexudusRules(), clock);
        const auto times = sendAsFastAsAllowed(throttle, *clock, "POST", QStringLiteral("/api/apps/applications"), 5001);
        QCOMPARE(int(times.size()), 5001);
        QVERIFY(times[5000] - times[0] >= 24 * 60 * minute);
        QVERIFY(times[4999] - times[0] < 24 * 60 * minute); // the minute row, not the day row, paced the first 5000
    }

    void patchIsNotAWriteInTheTable()
    {
        auto clock = std::make_shared<FakeClock>();
        RequestThrottle throttle(RequestThrottle::nexudusRules(), clock);
        // 70 PATCHes in a minute would break "60 writes/min" if PATCH counted; the table names only POST/PUT/DELETE.
        const auto times = sendAsFastAsAllowed(throttle, *clock, "PATCH", QStringLiteral("/api/x"), 70);
        QVERIFY(times[69] - times[0] < minute);
    }

    void serverPauseHoldsEveryRequest()
    {
        auto clock = std::make_shared<FakeClock>();
        RequestThrottle throttle(RequestThrottle::nexudusRules(), clock);
        QCOMPARE(throttle.delayFor("GET", QStringLiteral("/api/x")), 0);
        throttle.pauseFor(1500);
        QCOMPARE(throttle.delayFor("GET", QStringLiteral("/api/x")), 1500);
        QCOMPARE(throttle.delayFor("POST", QStringLiteral("/api/public/y")), 1500);
        clock->now += 1500;
        QCOMPARE(throttle.delayFor("GET", QStringLiteral("/api/x")), 0);
    }

    void timeScaleShrinksEveryWindow()
    {
        auto clock = std::make_shared<FakeClock>();
        RequestThrottle throttle(RequestThrottle::nexudusRules(), clock);
        throttle.setTimeScale(10.0);
        const auto times = sendAsFastAsAllowed(throttle, *clock, "GET", QStringLiteral("/api/public/x"), 21);
        QVERIFY(times[10] >= 500 && times[10] < 600); // 5 s / 10
        QVERIFY(respects(times, 10, 500));
    }

    void aPathsWindowIsItsRowsWindow()
    {
        RequestThrottle throttle(RequestThrottle::nexudusRules(), std::make_shared<FakeClock>());
        const qint64 publicWindow = throttle.pathRuleWindowMs("GET", QStringLiteral("/api/public/resources/published/details"));
        QVERIFY(publicWindow >= 5000 && publicWindow <= 5100); // 5 s and the jitter margin
        QVERIFY(throttle.pathRuleWindowMs("GET", QStringLiteral("/API/Public/checkin/today")) >= 60000); // the longer row
        QCOMPARE(throttle.pathRuleWindowMs("GET", QStringLiteral("/api/spaces/resources")), 0); // only the general rows
        throttle.setTimeScale(10.0);
        QVERIFY(throttle.pathRuleWindowMs("GET", QStringLiteral("/api/public/blogPosts")) < 600);
    }
};

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
