// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchFiltersAfterAPause()
    {
        QStandardItemModel model;
        for (const auto &[name, floor] : {std::pair{"Board Room", "Floor 2"}, {"Phone Booth 1", "Floor 1"},
                                          {"Hot Desk 14", "Floor 2"}}) {
            model.appendRow({new QStandardItem(QString::fromLatin1(name)), new QStandardItem(QString::fromLatin1(floor))});
        }
        // The rooms' filter does the matching (RoomsPresenter hands it the text); a plain one here.
        QSortFilterProxyModel filter;
        filter.setSourceModel(&model);
        filter.setFilterKeyColumn(-1);
        filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
        MainWindow window;
        window.setResourceModel(&filter);
        window.setSearchHandler([&filter](const QString &text) { filter.setFilterFixedString(text); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.findChild<QTreeView *>(QStringLiteral("resourceView"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(view && search);
        QCOMPARE(view->model()->rowCount(), 3);

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("floor 2"));
        QCOMPARE(view->model()->rowCount(), 3); // debounced: nothing yet
        QTRY_COMPARE(view->model()->rowCount(), 2);
        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 3);
    }

    void accountSwitcherListsAccountsWithShortcuts()
    {
        MainWindow window;
        QSignalSpy chosen(&window, &MainWindow::accountChosen);
        window.setAccounts({{QStringLiteral("a"), QStringLiteral("Cowork Factory — me@example.com")},
                            {QStringLiteral("b"), QStringLiteral("Demo space (member@demo.test)")}},
                           QStringLiteral("b"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("accountsMenu"));
        QVERIFY(menu);
        QList<QAction *> accounts;
        for (QAction *action : menu->actions()) {
            if (action->isCheckable())
                accounts.append(action);
        }
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0)->shortcut(), QKeySequence(QStringLiteral("Ctrl+1")));
        QVERIFY(accounts.at(1)->isChecked());
        QVERIFY(!accounts.at(0)->isChecked());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("a"));

        // Refilling replaces the entries instead of adding to them.
        window.setAccounts({{QStringLiteral("a"), QStringLiteral("Cowork Factory — me@example.com")}}, QStringLiteral("a"));
        int checkable = 0;
        for (QAction *action : menu->actions())
            checkable += action->isCheckable() ? 1 : 0;
        QCOMPARE(checkable, 1);
        menu->popup(window.mapToGlobal(QPoint(60, 20)));
        QTRY_VERIFY(menu->isVisible());
        menu->grab().save(QDir::temp().filePath(QStringLiteral("portal-desk-account-menu.png")));
        menu->hide();
    }

    void noticeAndAccount()
    {
        MainWindow window;
        auto *notice = window.findChild<QLabel *>(QStringLiteral("messageLabel"));
        auto *space = window.findChild<QLabel *>(QStringLiteral("spaceLabel"));
        window.show();
        QVERIFY(!notice->isVisible());
        window.showNotice(QStringLiteral("Offline"));
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Offline"));
        window.showNotice({});
        QVERIFY(!notice->isVisible());
        window.setAccount(QStringLiteral("Demo Space"), QStringLiteral("Maria"));
        QVERIFY(space->text().contains(QStringLiteral("Maria")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Demo Space")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
