// SPDX-License-Identifier: GPL-3.0-or-later
// The resource review view offscreen, against the emulator: filters and a header click re-query the
// server, a selected resource shows every field (Zoom tokens only as "set"), the audit panel counts
// each rule and a click lists its resources, the CSV export writes the filtered view, and a member
// sees an explanation instead of a crash.
#include "../integration/TestSpace.h"
#include "ResourceReviewView.h"
#include "domain/ResourceAudit.h"
#include "models/ResourceReviewModel.h"
#include "repository/ResourceAuditRunner.h"
#include "repository/ResourceReviewRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace {
constexpr int kTimeout = 20000;
using Model = models::ResourceReviewModel;
using Columns = domain::ResourceReviewColumns;
} // namespace

class TestResourceReviewView : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSpace> m_space;
    std::unique_ptr<repository::ResourceReviewRepository> m_repository;
    std::unique_ptr<ResourceReviewView> m_view;

    template<class T> T *child(const char *name) const
    {
        T *w = m_view->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    bool idle() const
    {
        return QTest::qWaitFor([this] { return !m_view->model()->isLoading(); }, kTimeout) && !m_view->model()->hasFailed();
    }
    int rowNamed(const QString &name) const
    {
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            if (m_view->model()->recordAt(row).resource.name == name)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_space = std::make_unique<TestSpace>();
        QVERIFY(m_space->signIn(QStringLiteral("admin@demo.test")));
        m_view = std::make_unique<ResourceReviewView>();
        m_repository = std::make_unique<repository::ResourceReviewRepository>(m_space->api());
        m_view->setRepository(m_repository.get());
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSignalSpy ready(m_view.get(), &ResourceReviewView::ready);
        m_view->reload();
        QVERIFY(ready.wait(kTimeout));
        QVERIFY(m_view->model()->rowCount() > 0);
    }
    void cleanup()
    {
        m_view.reset();
        m_space.reset();
    }

    void everyControlHasAnAccessibleName()
    {
        for (QWidget *w : m_view->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPushButton *>(w)
                || qobject_cast<QAbstractItemView *>(w)) {
                if (w->objectName().startsWith(QLatin1String("qt_")) || !w->objectName().size())
                    continue;
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
        }
    }

    void filtersGoToTheServer()
    {
        QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *state = child<QComboBox>("stateCombo");
        state->setCurrentIndex(state->findText(QStringLiteral("Archived")));
        QVERIFY(idle());
        QVERIFY(m_view->model()->rowCount() >= 3);
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            QVERIFY(m_view->model()->recordAt(row).resource.archived);
        state->setCurrentIndex(0);
        QVERIFY(idle());

        auto *search = child<QLineEdit>("searchEdit");
        search->setText(QStringLiteral("Quiet Pod Chamberí"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(idle());
        QCOMPARE(m_view->model()->rowCount(), 1);
        search->clear();
        QVERIFY(idle());
        QCOMPARE(m_view->model()->totalItems(), 70);

        // Locations come from the resource types: choosing London asks the server for London only.
        auto *location = child<QComboBox>("locationCombo");
        QVERIFY(QTest::qWaitFor([location] { return location->count() == 4; }, kTimeout));
        location->setCurrentIndex(location->findText(QStringLiteral("Portal Desk London")));
        QVERIFY(idle());
        QCOMPARE(m_view->model()->filter().businessId, 1003);
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            QCOMPARE(m_view->model()->recordAt(row).resource.businessId, 1003);
    }

    void headerClickSortsOnTheServer()
    {
        const int before = m_space->server->requestCount("GET", QStringLiteral("/api/spaces/resources"));
        auto *table = child<QTableView>("resourceTable");
        table->horizontalHeader()->setSortIndicator(Columns::Capacity, Qt::DescendingOrder); // what a click does
        QVERIFY(idle());
        QCOMPARE(m_view->model()->sortColumn(), int(Columns::Capacity));
        QCOMPARE(m_view->model()->sortOrder(), Qt::DescendingOrder);
        QVERIFY(m_space->server->requestCount("GET", QStringLiteral("/api/spaces/resources")) > before);
        QCOMPARE(m_view->model()->index(0, Columns::Capacity).data().toString(), QStringLiteral("80"));
    }

    void selectingShowsEveryFieldWithTokensMasked()
    {
        // Page on until a resource with a Zoom token is in the table.
        int row = -1;
        while (row < 0) {
            for (int r = 0; r < m_view->model()->rowCount() && row < 0; ++r)
                row = m_view->model()->recordAt(r).hasZoomAccessToken ? r : -1;
            if (row >= 0 || !m_view->model()->canFetchMore())
                break;
            m_view->model()->fetchMore();
            QVERIFY(idle());
        }
        QVERIFY(row >= 0);
        QSignalSpy shown(m_view.get(), &ResourceReviewView::resourceShown);
        child<QTableView>("resourceTable")->setCurrentIndex(m_view->model()->index(row, 0));
        QVERIFY(shown.wait(kTimeout));
        QCOMPARE(m_view->detailValue(QStringLiteral("Name")), m_view->model()->recordAt(row).resource.name);
        QCOMPARE(m_view->detailValue(QStringLiteral("Zoom access token")), QStringLiteral("Set (hidden)"));
        QCOMPARE(m_view->detailValue(QStringLiteral("Zoom refresh token")), QStringLiteral("Set (hidden)"));
        QVERIFY(!m_view->detailValue(QStringLiteral("Allocation (capacity)")).isEmpty());
        QVERIFY(!m_view->detailValue(QStringLiteral("In plain words")).isEmpty());
        QVERIFY(!m_view->detailValue(QStringLiteral("Projector")).isEmpty()); // every amenity, folded
        auto *tree = child<QTreeWidget>("detailTree");
        QStringList groups;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            groups << tree->topLevelItem(g)->text(0);
        for (const char *group : {"Identity", "Amenities", "Capacity and rules", "Access", "Cancellation fee", "Integrations"})
            QVERIFY2(groups.contains(QString::fromLatin1(group)), group);
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            QVERIFY(!(*it)->text(1).contains(QStringLiteral("zat_")) && !(*it)->text(1).contains(QStringLiteral("zrt_")));
    }

    void auditCountsAndListsARulesResources()
    {
        auto *audit = child<QTreeWidget>("auditTree");
        QCOMPARE(audit->topLevelItemCount(), domain::ResourceAudit::allRules().size());
        QTreeWidgetItem *minMax = audit->topLevelItem(0);
        QCOMPARE(minMax->text(0), domain::ResourceAudit::title(domain::AuditRule::MinAboveMax));
        QCOMPARE(minMax->text(1), QStringLiteral("1"));
        QCOMPARE(audit->topLevelItem(1)->text(1), QStringLiteral("3")); // visible but archived
        for (int i = 0; i < audit->topLevelItemCount(); ++i)
            QVERIFY(!audit->topLevelItem(i)->text(0).contains(QStringLiteral("ExtraService")));

        QTest::mouseClick(audit->viewport(), Qt::LeftButton, {}, audit->visualItemRect(minMax).center());
        QVERIFY(idle());
        QCOMPARE(m_view->model()->rowCount(), 1);
        QCOMPARE(m_view->model()->recordAt(0).resource.name, QStringLiteral("Long Focus Room Retiro"));
        auto *showAll = child<QPushButton>("showAllButton");
        QVERIFY(showAll->isEnabled());
        showAll->click();
        QVERIFY(idle());
        QCOMPARE(m_view->model()->totalItems(), 70);
    }

    void exportsTheFilteredView()
    {
        auto *state = child<QComboBox>("stateCombo");
        state->setCurrentIndex(state->findText(QStringLiteral("Hidden")));
        QVERIFY(idle());
        const int hidden = m_view->model()->totalItems();
        QVERIFY(hidden > 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hidden.csv"));
        QSignalSpy done(m_view.get(), &ResourceReviewView::exportFinished);
        QVERIFY(m_view->exportCsv(path));
        QVERIFY(done.wait(kTimeout));
        QCOMPARE(done.first().at(0).toBool(), true);
        QCOMPARE(done.first().at(1).toInt(), hidden);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), hidden + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("Name,Type,Location")));
        QVERIFY(m_view->messageText().contains(QStringLiteral("Exported")));
    }

    void memberSeesAnExplanation()
    {
        TestSpace member;
        QVERIFY(member.signIn(QStringLiteral("member@demo.test")));
        repository::ResourceReviewRepository review(member.api());
        ResourceReviewView view;
        view.setRepository(&review);
        view.show();
        QSignalSpy ready(&view, &ResourceReviewView::ready);
        view.reload();
        QVERIFY(ready.wait(kTimeout));
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY2(view.messageText().contains(QStringLiteral("administrators")), qPrintable(view.messageText()));
    }
};

QTEST_MAIN(TestResourceReviewView)
#include "tst_resourcereviewview.moc"
