// SPDX-License-Identifier: GPL-3.0-or-later
// The Properties view of a Property OS account, offscreen, against the in-process emulator over real
// loopback HTTP: the portfolio figures (from what the emulator serves), the status filter, sorting,
// and "New property…" with a field left out (its error beside it) and then a valid one.
#include "NewPropertyDialog.h"
#include "PropertiesView.h"
#include "PropertyOsFixture.h"
#include "clock/Clock.h"
#include "models/PropertyListModel.h"
#include "propertyos/PropertyOsAccount.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using models::PropertyListModel;
using propertyos::PropertyStatus;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
} // namespace

class TestPropertiesView : public QObject
{
    Q_OBJECT

    PropertyOsFixture m_fixture;
    std::unique_ptr<PropertiesView> m_view;

    //! Every property as the emulator serves it, read with a QNetworkAccessManager of the test's
    //! own (not the client under test): 36 fit one page of 100.
    QJsonArray servedProperties(const QString &status = {})
    {
        QUrlQuery query{{QStringLiteral("limit"), QStringLiteral("100")}};
        if (!status.isEmpty())
            query.addQueryItem(QStringLiteral("status"), status);
        const QJsonObject answer = m_fixture.served(QStringLiteral("properties"), query);
        const QJsonArray data = answer.value(QStringLiteral("data")).toArray();
        [&] { QCOMPARE(answer.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(), data.size()); }();
        return data;
    }
    QLabel *label(const char *name) { return m_view->findChild<QLabel *>(QString::fromLatin1(name)); }
    QTableView *table() { return m_view->findChild<QTableView *>(QStringLiteral("table")); }
    void waitLoaded()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_view->isSettled(), 15000);
        QVERIFY(!m_view->model()->failure().isError());
    }
    //! The rows the table shows, by the id role.
    QStringList shownIds()
    {
        QStringList ids;
        QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(PropertyListModel::IdRole).toString());
        return ids;
    }
    NewPropertyDialog *openNewPropertyDialog()
    {
        auto *button = m_view->findChild<QPushButton *>(QStringLiteral("newPropertyButton"));
        [&] { QVERIFY(button && button->isEnabled()); }();
        button->click();
        NewPropertyDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_view->findChild<NewPropertyDialog *>()) && dialog->isVisible()); }();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init()
    {
        QVERIFY(m_fixture.start(kNow));
        m_view = std::make_unique<PropertiesView>();
        m_view->resize(1100, 700);
        m_view->show();
        m_view->setRepository(&m_fixture.account->properties());
        m_view->reload();
    }
    void cleanup()
    {
        m_view.reset();
        m_fixture.stop();
    }

    void figuresAreTheServedPortfolios()
    {
        QAbstractItemModelTester modelTester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitLoaded();
        const QJsonArray served = servedProperties();
        qint64 units = 0, occupied = 0;
        for (const QJsonValue &p : served) {
            units += p[QStringLiteral("units_count")].toInt();
            occupied += p[QStringLiteral("occupied_units")].toInt();
        }
        QVERIFY(served.size() > 1 && units > occupied && occupied > 0); // the portfolio is worth testing on
        const QLocale locale;
        QCOMPARE(label("propertiesValue")->text(), locale.toString(int(served.size())));
        QCOMPARE(label("unitsValue")->text(), locale.toString(units));
        QCOMPARE(label("occupiedValue")->text(), locale.toString(occupied));
        QCOMPARE(label("occupancyValue")->text(),
                 locale.toString(100.0 * double(occupied) / double(units), 'f', 1) + QLatin1Char('%'));
        QCOMPARE(table()->model()->rowCount(), int(served.size()));
    }

    void rowsShowOccupancyAndAddress()
    {
        waitLoaded();
        const QJsonObject first = servedProperties().first().toObject();
        const QString id = first[QStringLiteral("id")].toString();
        const int row = int(shownIds().indexOf(id));
        QVERIFY(row >= 0);
        QAbstractItemModel *model = table()->model();
        const int units = first[QStringLiteral("units_count")].toInt();
        const int occupied = first[QStringLiteral("occupied_units")].toInt();
        QVERIFY(units > 0);
        QCOMPARE(model->index(row, PropertyListModel::NameColumn).data().toString(), first[QStringLiteral("name")].toString());
        QCOMPARE(model->index(row, PropertyListModel::UnitsColumn).data().toString(), QLocale().toString(units));
        QCOMPARE(model->index(row, PropertyListModel::OccupiedColumn).data().toString(), QLocale().toString(occupied));
        QCOMPARE(model->index(row, PropertyListModel::OccupancyColumn).data().toString(),
                 QLocale().toString(100.0 * occupied / units, 'f', 0) + QLatin1Char('%'));
        QCOMPARE(model->index(row, PropertyListModel::OccupancyColumn).data(PropertyListModel::OccupancyRole).toDouble(),
                 double(occupied) / units);
        const QString city = first[QStringLiteral("address")].toObject()[QStringLiteral("city")].toString();
        QVERIFY(!city.isEmpty());
        QVERIFY2(model->index(row, PropertyListModel::AddressColumn).data().toString().contains(city),
                 qPrintable(model->index(row, PropertyListModel::AddressColumn).data().toString()));
    }

    void statusFilterShowsTheServersSelection_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("active") << QStringLiteral("active");
        QTest::newRow("inactive") << QStringLiteral("inactive");
        QTest::newRow("maintenance") << QStringLiteral("maintenance");
    }
    void statusFilterShowsTheServersSelection()
    {
        QFETCH(QString, status);
        QAbstractItemModelTester proxyTester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitLoaded();
        const int all = table()->model()->rowCount();
        QStringList expected;
        for (const QJsonValue &p : servedProperties(status)) // the server's own filter
            expected.append(p[QStringLiteral("id")].toString());
        QVERIFY(!expected.isEmpty() && expected.size() < all);

        auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        const int index = combo->findData(int(propertyos::wire::propertyStatus(status)));
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
        QStringList shown = shownIds();
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        // The figures stay the whole portfolio's.
        QCOMPARE(label("propertiesValue")->text(), QLocale().toString(all));

        combo->setCurrentIndex(0); // all statuses
        QCOMPARE(table()->model()->rowCount(), all);
    }

    void sortsByOccupancy()
    {
        waitLoaded();
        table()->sortByColumn(PropertyListModel::OccupancyColumn, Qt::DescendingOrder);
        QAbstractItemModel *model = table()->model();
        QList<double> rates;
        for (int row = 0; row < model->rowCount(); ++row)
            rates.append(model->index(row, PropertyListModel::OccupancyColumn).data(PropertyListModel::OccupancyRole).toDouble());
        QVERIFY(rates.first() > rates.last());
        QVERIFY(std::is_sorted(rates.rbegin(), rates.rend()));

        table()->sortByColumn(PropertyListModel::UnitsColumn, Qt::AscendingOrder);
        QList<int> units;
        for (int row = 0; row < model->rowCount(); ++row)
            units.append(model->index(row, PropertyListModel::UnitsColumn).data(PropertyListModel::SortRole).toInt());
        QVERIFY(units.first() < units.last());
        QVERIFY(std::is_sorted(units.begin(), units.end())); // as numbers, not as text ("9" < "10")
    }

    void newPropertyShowsTheFieldsErrorThenAddsTheRow_data()
    {
        QTest::addColumn<QString>("missing"); // the editor left empty, by its object name
        QTest::addColumn<QString>("field");   // the API's name of the field that must carry the error
        QTest::newRow("name") << QStringLiteral("nameEdit") << QStringLiteral("name");
        QTest::newRow("city") << QStringLiteral("cityEdit") << QStringLiteral("address.city");
    }
    void newPropertyShowsTheFieldsErrorThenAddsTheRow()
    {
        QFETCH(QString, missing);
        QFETCH(QString, field);
        waitLoaded();
        const int before = int(servedProperties().size());
        QCOMPARE(table()->model()->rowCount(), before);
        NewPropertyDialog *dialog = openNewPropertyDialog();
        QVERIFY(dialog);
        const QHash<QString, QString> typed{{QStringLiteral("nameEdit"), QStringLiteral("Creek Harbour Lofts")},
                                            {QStringLiteral("streetEdit"), QStringLiteral("12 Creek Road")},
                                            {QStringLiteral("cityEdit"), QStringLiteral("Dubai")},
                                            {QStringLiteral("countryEdit"), QStringLiteral("AE")}};
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            dialog->findChild<QLineEdit *>(it.key())->setText(it.key() == missing ? QString() : it.value());
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("typeEdit"));
        type->setCurrentIndex(type->findData(QStringLiteral("commercial")));

        QSignalSpy failed(dialog, &NewPropertyDialog::saveFailed);
        dialog->save();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(!dialog->fieldErrorText(field).isEmpty(), qPrintable(dialog->generalErrorText()));
        if (const QString shots = qEnvironmentVariable("PORTAL_TEST_SHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/new-property-") + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"));
        for (const QString &other : {QStringLiteral("name"), QStringLiteral("address.city"), QStringLiteral("type")})
            if (other != field)
                QCOMPARE(dialog->fieldErrorText(other), QString());
        QVERIFY(dialog->isVisible());
        QCOMPARE(table()->model()->rowCount(), before);
        QCOMPARE(int(servedProperties().size()), before); // refused, and not sent again behind our back

        dialog->findChild<QLineEdit *>(missing)->setText(typed.value(missing));
        QPointer<NewPropertyDialog> open(dialog);
        QSignalSpy created(dialog, &NewPropertyDialog::created);
        dialog->save();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        QTRY_VERIFY(!open || !open->isVisible());
        const auto property = created.first().first().value<propertyos::Property>();
        QVERIFY(!property.id.isEmpty());

        const QJsonArray served = servedProperties();
        QCOMPARE(int(served.size()), before + 1); // exactly one POST went through
        QCOMPARE(served.last()[QStringLiteral("name")].toString(), typed.value(QStringLiteral("nameEdit")));
        QCOMPARE(table()->model()->rowCount(), before + 1);
        QVERIFY(shownIds().contains(property.id));
        QCOMPARE(table()->currentIndex().data(PropertyListModel::IdRole).toString(), property.id);
        QCOMPARE(table()->currentIndex().siblingAtColumn(PropertyListModel::TypeColumn).data().toString(),
                 PropertyListModel::typeText(QStringLiteral("commercial")));
        QCOMPARE(label("propertiesValue")->text(), QLocale().toString(before + 1));
    }
};

QTEST_MAIN(TestPropertiesView)
#include "tst_propertiesview.moc"
