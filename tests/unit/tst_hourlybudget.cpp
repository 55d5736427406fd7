// SPDX-License-Identifier: GPL-3.0-or-later
// propertyos::HourlyBudget: a sliding hour on core::Clock, server pauses, and the file it keeps.
#include "clock/Clock.h"
#include "propertyos/HourlyBudget.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using propertyos::HourlyBudget;

namespace {
const QDateTime kStart(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
const QUrl kAccount(QStringLiteral("https://api.nexus.example/api/v2"));
} // namespace

class TestHourlyBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/propertyos-budget"))
            .removeRecursively();
    }

    void plans()
    {
        QCOMPARE(propertyos::hourlyLimit(propertyos::PlanLimit::Standard), 1000);
        QCOMPARE(propertyos::hourlyLimit(propertyos::PlanLimit::Professional), 5000);
        QCOMPARE(propertyos::hourlyLimit(propertyos::PlanLimit::Enterprise), 0);
    }

    void slidingHour()
    {
        core::ClockOverride clock(kStart);
        HourlyBudget budget(kAccount, 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(budget.delayMs(), 0);
            budget.recordSent();
            clock.advanceSecs(600); // sends at 9:00, 9:10, 9:20
        }
        // 9:30: full until the 9:00 send leaves the hour at 10:00 (sliding, not reset on the hour).
        QCOMPARE(budget.delayMs(), 30 * 60 * 1000);
        clock.advanceSecs(30 * 60);
        QCOMPARE(budget.delayMs(), 0);
        budget.recordSent();
        QCOMPARE(budget.delayMs(), 10 * 60 * 1000); // now the 9:10 send must leave
        QCOMPARE(budget.spentInLastHour(), 3);
    }

    void sharedByOrigin()
    {
        core::ClockOverride clock(kStart);
        HourlyBudget first(kAccount, 2);
        first.recordSent();
        HourlyBudget again(QUrl(QStringLiteral("https://API.nexus.example:443/other")), 2);
        QCOMPARE(again.spentInLastHour(), 1);
        again.recordSent();
        QVERIFY(first.delayMs() > 0);
        HourlyBudget elsewhere(QUrl(QStringLiteral("https://api.nexus.example:8443")), 2);
        QCOMPARE(elsewhere.spentInLastHour(), 0);
        QVERIFY(elsewhere.filePath() != first.filePath());
    }

    void serverPause()
    {
        core::ClockOverride clock(kStart);
        HourlyBudget unlimited(kAccount, 0);
        for (int i = 0; i < 50; ++i)
            unlimited.recordSent();
        QCOMPARE(unlimited.delayMs(), 0);
        unlimited.pauseFor(5000);
        QCOMPARE(unlimited.delayMs(), 5000);
        unlimited.pauseFor(1000); // a shorter pause does not cut the longer one
        QCOMPARE(unlimited.delayMs(), 5000);
        clock.advanceSecs(5);
        QCOMPARE(unlimited.delayMs(), 0);
        unlimited.pauseFor(-1); // no Retry-After
        QCOMPARE(unlimited.delayMs(), unlimited.defaultPauseMs());
    }

    void clockSetBackDoesNotBlockForEver()
    {
        core::ClockOverride clock(kStart);
        HourlyBudget budget(kAccount, 1);
        budget.recordSent();
        QVERIFY(budget.delayMs() > 0);
        clock.setNow(kStart.addDays(-1)); // sends "in the future" by a day are forgotten
        QCOMPARE(budget.delayMs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHourlyBudget)
#include "tst_hourlybudget.moc"
