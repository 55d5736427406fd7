// SPDX-License-Identifier: GPL-3.0-or-later
// Each audit rule with one resource that trips it and one that does not; the run's counts and ids;
// the booking-rates rule "not checked" when the rates could not be read.
#include "domain/ResourceAudit.h"

#include <QTest>

using domain::AuditRule;
using domain::ResourceAudit;

Q_DECLARE_METATYPE(domain::AuditRule)

namespace {
domain::Resource clean(qint64 id)
{
    domain::Resource r;
    r.id = id;
    r.name = QStringLiteral("Room %1").arg(id);
    r.resourceTypeId = 2001;
    r.visible = true;
    r.policy.allocation = 4;
    return r;
}
const domain::RatesPerType kRates = QHash<qint64, int>{{2001, 2}};
} // namespace

class TestResourceAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachRule_data()
    {
        QTest::addColumn<AuditRule>("rule");
        QTest::addColumn<domain::Resource>("tripping");
        QTest::addColumn<domain::Resource>("fine");

        domain::Resource bad = clean(1), good = clean(2);
        bad.policy.minBookingLengthMinutes = 120;
        bad.policy.maxBookingLengthMinutes = 60;
        good.policy.minBookingLengthMinutes = 120;
        good.policy.maxBookingLengthMinutes = 0; // 0 = no maximum
        QTest::newRow("min above max") << AuditRule::MinAboveMax << bad << good;

        bad = clean(1), good = clean(2);
        bad.archived = true;
        good.archived = true;
        good.visible = false;
        QTest::newRow("visible but archived") << AuditRule::VisibleButArchived << bad << good;

        bad = clean(1), good = clean(2);
        bad.policy.allowMultipleBookings = true;
        bad.policy.allocation.reset();
        good.policy.allowMultipleBookings = true;
        QTest::newRow("multiple, null allocation") << AuditRule::MultipleWithoutAllocation << bad << good;
        bad.policy.allocation = 0;
        QTest::newRow("multiple, zero allocation") << AuditRule::MultipleWithoutAllocation << bad << good;

        bad = clean(1), good = clean(2);
        bad.resourceTypeId = 2040;
        QTest::newRow("type without rates") << AuditRule::TypeWithoutRates << bad << good;

        bad = clean(1), good = clean(2);
        bad.policy.cancellationFee.charged = true;
        bad.policy.cancellationFee.type = domain::CancellationFeeType::Absolute;
        good.policy.cancellationFee = bad.policy.cancellationFee;
        good.policy.cancellationFee.amount = 15.0;
        QTest::newRow("absolute fee, no amount") << AuditRule::FeeWithoutAmount << bad << good;
        bad.policy.cancellationFee.amount = 0.0;
        QTest::newRow("absolute fee, zero amount") << AuditRule::FeeWithoutAmount << bad << good;
        bad.policy.cancellationFee.type = domain::CancellationFeeType::Percentage;
        bad.policy.cancellationFee.percentage = 0.0;
        good.policy.cancellationFee.type = domain::CancellationFeeType::Percentage;
        good.policy.cancellationFee.percentage = 50.0;
        QTest::newRow("percentage fee, zero") << AuditRule::FeeWithoutAmount << bad << good;
        bad.policy.cancellationFee.percentage.reset();
        QTest::newRow("percentage fee, none") << AuditRule::FeeWithoutAmount << bad << good;
        good = clean(2);
        good.policy.cancellationFee.type = domain::CancellationFeeType::Absolute; // not charged: fine
        QTest::newRow("fee not charged") << AuditRule::FeeWithoutAmount << bad << good;

        bad = clean(1), good = clean(2);
        bad.policy.limitVisitorsToAllocation = true;
        bad.policy.allocation.reset();
        good.policy.limitVisitorsToAllocation = true;
        QTest::newRow("visitors, no allocation") << AuditRule::VisitorsWithoutAllocation << bad << good;
    }
    void eachRule()
    {
        QFETCH(AuditRule, rule);
        QFETCH(domain::Resource, tripping);
        QFETCH(domain::Resource, fine);
        QVERIFY(ResourceAudit::trips(rule, tripping, kRates));
        QVERIFY(!ResourceAudit::trips(rule, fine, kRates));
        // The clean resource trips no rule at all.
        for (AuditRule any : ResourceAudit::allRules())
            QVERIFY(!ResourceAudit::trips(any, clean(3), kRates));

        const QList<domain::AuditFinding> findings = ResourceAudit::run({fine, tripping, clean(3)}, kRates);
        QCOMPARE(findings.size(), ResourceAudit::allRules().size());
        for (const domain::AuditFinding &f : findings) {
            QVERIFY(f.checked);
            QCOMPARE(f.count(), f.rule == rule ? 1 : 0);
            if (f.rule == rule)
                QCOMPARE(f.resourceIds, QList<qint64>{tripping.id});
        }
    }

    void everyRuleHasTitleAndExplanation()
    {
        QSet<QString> titles;
        for (AuditRule rule : ResourceAudit::allRules()) {
            QVERIFY(!ResourceAudit::title(rule).isEmpty());
            QVERIFY(!ResourceAudit::explanation(rule).isEmpty());
            titles.insert(ResourceAudit::title(rule));
            QVERIFY(!ResourceAudit::title(rule).contains(QStringLiteral("ExtraService"), Qt::CaseInsensitive));
            QVERIFY(!ResourceAudit::explanation(rule).contains(QStringLiteral("ExtraService"), Qt::CaseInsensitive));
        }
        QCOMPARE(titles.size(), ResourceAudit::allRules().size());
    }

    void ratesUnreadableMeansNotChecked()
    {
        domain::Resource a = clean(1), b = clean(2);
        a.resourceTypeId = 2040;
        b.resourceTypeId = 2041;
        for (const domain::AuditFinding &f : ResourceAudit::run({a, b}, std::nullopt)) {
            if (f.rule == AuditRule::TypeWithoutRates) {
                QVERIFY(!f.checked);
                QCOMPARE(f.count(), 0); // not every type flagged
                QVERIFY(!ResourceAudit::notCheckedText(f.rule).isEmpty());
            } else {
                QVERIFY(f.checked);
            }
        }
        // Readable but empty: every type is flagged, each type once.
        const auto findings = ResourceAudit::run({a, b, clean(3)}, QHash<qint64, int>{});
        const auto &types = findings.at(ResourceAudit::allRules().indexOf(AuditRule::TypeWithoutRates));
        QCOMPARE(types.count(), 3);
        QCOMPARE(types.resourceTypeIds, (QList<qint64>{2040, 2041, 2001}));
    }
};

QTEST_GUILESS_MAIN(TestResourceAudit)
#include "tst_resourceaudit.moc"
