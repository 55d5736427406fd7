// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QLabel>
#include <QLineEdit>
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
        MainWindow window;
        window.setResourceModel(&model);
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
