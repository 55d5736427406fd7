// SPDX-License-Identifier: GPL-3.0-or-later
// The resource review against the in-process emulator: the self-paging table model
// (QAbstractItemModelTester, fetchMore, server-side sort and filters, hidden and archived resources,
// no Zoom token through any role), a member's 403, the audit over every resource (and "not
// checked" when the booking rates are refused), and the CSV export of the filtered view.
#include "TestSpace.h"
#include "models/ResourceReviewModel.h"
#include "repository/ResourceAuditRunner.h"
#include "repository/ResourceCsvExport.h"
#include "repository/ResourceReviewRepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

namespace {
using Model = models::ResourceReviewModel;
using Columns = domain::ResourceReviewColumns;
using Repo = repository::ResourceReviewRepository;
constexpr int kTimeout = 20000;
constexpr int kDemoResources = 70;

bool waitIdle(Model *model)
{
    return QTest::qWaitFor([model] { return !model->isLoading(); }, kTimeout) && !model->hasFailed();
}
bool pageToEnd(Model *model)
{
    while (!model->isAtEnd()) {
        if (model->canFetchMore())
            model->fetchMore();
        if (!waitIdle(model))
            return false;
    }
    return true;
}
} // namespace

class TestResourceReview : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSpace> m_space;
    std::unique_ptr<Repo> m_repo;

private Q_SLOTS:
    void init()
    {
        m_space = std::make_unique<TestSpace>();
        QVERIFY(m_space->signIn(QStringLiteral("admin@demo.test")));
        m_repo = std::make_unique<Repo>(m_space->api());
    }
    void cleanup()
    {
        m_repo.reset();
        m_space.reset();
    }

    void queryCarriesTheDocumentedFilters()
    {
        domain::ResourceReviewFilter f;
        f.name = QStringLiteral(" Boardroom Retiro ");
        f.businessId = 1001;
        f.resourceTypeId = 2001;
        f.groupName = QStringLiteral("Floor 3");
        f.state = domain::ResourceReviewFilter::State::Visible;
        f.minCapacity = 4;
        f.maxCapacity = 12;
        const QUrlQuery q = Repo::listQuery(f, QStringLiteral("Allocation"), api::SortDirection::Descending, 2, 30).toUrlQuery();
        QCOMPARE(q.queryItemValue(QStringLiteral("orderBy")), QStringLiteral("Allocation"));
        QCOMPARE(q.queryItemValue(QStringLiteral("dir")), QStringLiteral("Descending"));
        QCOMPARE(q.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
        QCOMPARE(q.queryItemValue(QStringLiteral("Resource_Name")), QStringLiteral("Boardroom Retiro"));
        QCOMPARE(q.queryItemValue(QStringLiteral("Resource_Business")), QStringLiteral("1001"));
        QCOMPARE(q.queryItemValue(QStringLiteral("Resource_ResourceType")), QStringLiteral("2001"));
        QCOMPARE(q.queryItemValue(QStringLiteral("Resource_GroupName")), QStringLiteral("Floor 3"));
        QCOMPARE(q.queryItemValue(QStringLiteral("Resource_Visible")), QStringLiteral("true"));
        QCOMPARE(q.queryItemValue(QStringLiteral("Resource_Archived")), QStringLiteral("false"));
        QCOMPARE(q.queryItemValue(QStringLiteral("from_Resource_Allocation")), QStringLiteral("4"));
        QCOMPARE(q.queryItemValue(QStringLiteral("to_Resource_Allocation")), QStringLiteral("12"));
    }

    void pagesSortsAndFiltersOnTheServer()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPageSize(20);
        model.setRepository(m_repo.get());
        QVERIFY(!model.canFetchMore()); // nothing asked before reload()
        QCOMPARE(model.columnCount(), int(Columns::Count));
        model.reload();
        QVERIFY(waitIdle(&model));
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.totalItems(), kDemoResources);
        QVERIFY(model.canFetchMore());
        QVERIFY(pageToEnd(&model));
        QCOMPARE(model.pagesLoaded(), 4);
        QCOMPARE(model.rowCount(), kDemoResources);

        // Hidden and archived ones are there; no role reaches a Zoom token.
        int hidden = 0, archived = 0, withToken = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const domain::ReviewedResource r = model.recordAt(row);
            hidden += !r.resource.visible;
            archived += r.resource.archived;
            withToken += r.hasZoomAccessToken;
            QVERIFY(r.resource.zoomSecrets.isEmpty());
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                for (int role : {int(Qt::DisplayRole), int(Qt::AccessibleTextRole), int(Qt::ToolTipRole), int(Model::SortValueRole)}) {
                    const QString text = index.data(role).toString();
                    QVERIFY2(!text.contains(QStringLiteral("zat_")) && !text.contains(QStringLiteral("zrt_")), qPrintable(text));
                }
                QVERIFY(index.data(Model::RecordRole).value<domain::ReviewedResource>().resource.zoomSecrets.isEmpty());
            }
        }
        QVERIFY(hidden > 0);
        QVERIFY(archived > 0);
        QVERIFY(withToken > 0); // the admin records had tokens: only "is set" survived

        // A header click sorts on the server: capacity, largest first.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(Columns::Capacity, Qt::DescendingOrder);
        QVERIFY(waitIdle(&model));
        QVERIFY(reset.count() >= 1);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.index(0, Columns::Capacity).data(Model::SortValueRole).toInt(), 80);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, Columns::Capacity).data(Model::SortValueRole).toInt()
                    >= model.index(row, Columns::Capacity).data(Model::SortValueRole).toInt());

        // A filter re-queries: only archived ones, of the London location.
        domain::ResourceReviewFilter filter;
        filter.state = domain::ResourceReviewFilter::State::Archived;
        model.setFilter(filter);
        QVERIFY(waitIdle(&model));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.pagesLoaded(), 1); // the reset asked for no other page
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, Columns::Archived).data(Model::SortValueRole).toBool(), true);
        filter.state = domain::ResourceReviewFilter::State::All;
        filter.businessId = 1003;
        filter.minCapacity = 10;
        model.setFilter(filter);
        QVERIFY(waitIdle(&model));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.recordAt(row).resource.businessId, 1003);
            QVERIFY(*model.recordAt(row).resource.policy.allocation >= 10);
        }
    }

    void staleRepliesAreDropped()
    {
        Model model;
        model.setRepository(m_repo.get());
        model.reload();
        model.sort(Columns::Name, Qt::DescendingOrder); // before the first answer
        QVERIFY(waitIdle(&model));
        QTest::qWait(200);
        QCOMPARE(model.pagesLoaded(), 1);
        QVERIFY(model.index(0, 0).data().toString().compare(model.index(1, 0).data().toString(), Qt::CaseInsensitive) >= 0);
    }

    void memberGets403Explained()
    {
        TestSpace member;
        QVERIFY(member.signIn(QStringLiteral("member@demo.test")));
        Repo repo(member.api());
        Model model;
        model.setRepository(&repo);
        QSignalSpy errors(&model, &Model::errorOccurred);
        model.reload();
        QVERIFY(errors.wait(kTimeout));
        QCOMPARE(errors.first().at(1).toInt(), 403);
        QVERIFY(!errors.first().at(0).toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore());
    }

    void auditReadsEveryResource()
    {
        repository::ResourceAuditRunner runner;
        runner.setRepository(m_repo.get());
        QSignalSpy done(&runner, &repository::ResourceAuditRunner::finished);
        runner.start();
        QVERIFY(done.wait(kTimeout));
        QCOMPARE(runner.resourcesChecked(), kDemoResources);
        QVERIFY(runner.ratesError().isEmpty());
        QMap<domain::AuditRule, int> counts;
        for (const domain::AuditFinding &f : runner.findings()) {
            QVERIFY(f.checked);
            counts.insert(f.rule, f.count());
        }
        QCOMPARE(counts.value(domain::AuditRule::MinAboveMax), 1);
        QCOMPARE(counts.value(domain::AuditRule::VisibleButArchived), 3);
        QCOMPARE(counts.value(domain::AuditRule::MultipleWithoutAllocation), 2);
        QCOMPARE(counts.value(domain::AuditRule::TypeWithoutRates), 1);
        QCOMPARE(counts.value(domain::AuditRule::FeeWithoutAmount), 2);
        QCOMPARE(counts.value(domain::AuditRule::VisitorsWithoutAllocation), 1);
    }

    void auditWithRefusedRatesSaysNotChecked()
    {
        m_space->server->failNext(1, 403, QStringLiteral("/api/billing"));
        repository::ResourceAuditRunner runner;
        runner.setRepository(m_repo.get());
        QSignalSpy done(&runner, &repository::ResourceAuditRunner::finished);
        runner.start();
        QVERIFY(done.wait(kTimeout));
        QVERIFY(!runner.ratesError().isEmpty());
        for (const domain::AuditFinding &f : runner.findings()) {
            QCOMPARE(f.checked, f.rule != domain::AuditRule::TypeWithoutRates);
            if (!f.checked)
                QCOMPARE(f.count(), 0);
        }
    }

    void exportsTheFilteredViewAsCsv()
    {
        Model model;
        model.setRepository(m_repo.get());
        domain::ResourceReviewFilter filter;
        filter.businessId = 1001;
        model.setFilter(filter);
        model.sort(Columns::Name, Qt::AscendingOrder);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("resources.csv"));
        repository::ResourceCsvExport exporter(m_repo.get(), model.currentQuery());
        QSignalSpy finished(&exporter, &repository::ResourceCsvExport::finished);
        QVERIFY(exporter.start(path));
        QVERIFY(finished.wait(kTimeout));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "Name,Type,Location,"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const int madrid = finished.first().at(0).toInt();
        QCOMPARE(lines.size(), madrid + 1);
        QVERIFY(madrid > 20);
        QVERIFY(text.contains(QStringLiteral("Quiet Pod Chamberí")));
        QVERIFY(!text.contains(QStringLiteral("Lisboa")));
        QVERIFY(!text.contains(QStringLiteral("zat_")) && !text.contains(QStringLiteral("zrt_")));
    }
};

QTEST_GUILESS_MAIN(TestResourceReview)
#include "tst_resourcereview.moc"
