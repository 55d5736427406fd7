// SPDX-License-Identifier: GPL-3.0-or-later
// The Tenants view of a Property OS account, offscreen, against the in-process emulator over real
// loopback HTTP: every tenant listed, the search as the server answers it, and a tenant's details
// (contacts, emergency contacts) as the server serves them.
#include "PropertyOsFixture.h"
#include "TenantsView.h"
#include "clock/Clock.h"
#include "models/TenantListModel.h"
#include "propertyos/PropertyOsAccount.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using models::TenantListModel;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
} // namespace

class TestTenantsView : public QObject
{
    Q_OBJECT

    PropertyOsFixture m_fixture;
    std::unique_ptr<TenantsView> m_view;

    QJsonObject served(const QString &path, const QUrlQuery &query = {}) { return m_fixture.served(path, query); }
    //! The ids the server lists for a search (every page).
    QStringList servedIds(const QString &search)
    {
        QStringList ids;
        for (int page = 1;; ++page) {
            QUrlQuery query{{QStringLiteral("limit"), QStringLiteral("100")}, {QStringLiteral("page"), QString::number(page)}};
            if (!search.isEmpty())
                query.addQueryItem(QStringLiteral("search"), search);
            const QJsonArray data = served(QStringLiteral("tenants"), query).value(QStringLiteral("data")).toArray();
            for (const QJsonValue &t : data)
                ids.append(t[QStringLiteral("id")].toString());
            if (data.size() < 100)
                return ids;
        }
    }
    QStringList shownIds()
    {
        QStringList ids;
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            ids.append(m_view->model()->index(row).data(TenantListModel::IdRole).toString());
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_fixture.start(kNow));
        m_view = std::make_unique<TenantsView>();
        m_view->resize(900, 600);
        m_view->show();
        m_view->setRepository(&m_fixture.account->tenants());
        m_view->reload();
    }
    void cleanup()
    {
        m_view.reset();
        m_fixture.stop();
    }

    void listsEveryTenantThenTheSearchedOnes()
    {
        QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->isSettled(), 15000);
        QStringList all = servedIds({});
        QVERIFY(all.size() > 100); // more than one page
        QStringList shown = shownIds();
        QCOMPARE(shown.size(), all.size());

        // Search by the last name of one tenant: the server's selection, nothing else.
        const QJsonObject some = served(QStringLiteral("tenants/") + all.at(7));
        const QString lastName = some.value(QStringLiteral("last_name")).toString();
        QVERIFY(!lastName.isEmpty());
        QStringList expected = servedIds(lastName);
        QVERIFY(!expected.isEmpty() && expected.size() < all.size());
        QSignalSpy loaded(m_view->model(), &TenantListModel::loaded);
        m_view->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(lastName);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        shown = shownIds();
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        QVERIFY(shown.contains(all.at(7)));
    }

    void detailsShowContactsAndEmergencyContacts()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_view->isSettled(), 15000);
        // A tenant with an emergency contact, as the server serves it.
        QString id;
        QJsonObject tenant;
        for (const QString &candidate : servedIds({})) {
            tenant = served(QStringLiteral("tenants/") + candidate);
            if (tenant.contains(QStringLiteral("data")))
                tenant = tenant.value(QStringLiteral("data")).toObject();
            if (!tenant.value(QStringLiteral("emergency_contacts")).toArray().isEmpty()) {
                id = candidate;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const int row = int(shownIds().indexOf(id));
        QVERIFY(row >= 0);
        QSignalSpy shown(m_view.get(), &TenantsView::detailsShown);
        auto *list = m_view->findChild<QListView *>(QStringLiteral("tenantList"));
        list->setCurrentIndex({}); // whichever was chosen, this one is asked for now
        QVERIFY(m_view->detailsText().isEmpty());
        list->setCurrentIndex(m_view->model()->index(row));
        // The first tenant's details may come first (it is chosen when the list arrives).
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toString() == id, 10000);
        const QString text = m_view->detailsText();
        QVERIFY2(text.contains(tenant.value(QStringLiteral("email")).toString()), qPrintable(text));
        QVERIFY2(text.contains(tenant.value(QStringLiteral("phone")).toString()), qPrintable(text));
        const QJsonObject contact = tenant.value(QStringLiteral("emergency_contacts")).toArray().first().toObject();
        QVERIFY2(text.contains(contact.value(QStringLiteral("name")).toString()), qPrintable(text));
        QVERIFY2(text.contains(contact.value(QStringLiteral("phone")).toString()), qPrintable(text));
    }
};

QTEST_MAIN(TestTenantsView)
#include "tst_tenantsview.moc"
