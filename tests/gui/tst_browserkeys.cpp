// SPDX-License-Identifier: GPL-3.0-or-later
// The rooms list from the keyboard: Enter shows the details, Ctrl+B books; the search box can hand
// its text to a filter of its own.
#include "FilterPanel.h"
#include "MainWindow.h"
#include "RoomDetails.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

class TestBrowserKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enterFocusesTheDetailsAndCtrlBBooks()
    {
        QStandardItemModel model;
        for (int id : {11, 12}) {
            auto *item = new QStandardItem(QStringLiteral("Room %1").arg(id));
            item->setData(qint64(id), Qt::UserRole + 1);
            model.appendRow(item);
        }
        MainWindow window;
        window.setResourceModel(&model);
        auto *details = new QWidget;
        auto *reader = new QTextBrowser(details);
        (new QVBoxLayout(details))->addWidget(reader);
        details->setFocusProxy(reader);
        window.setDetailsPanel(details);
        QSignalSpy book(&window, &MainWindow::bookRequested);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.findChild<QTreeView *>(QStringLiteral("resourceView"));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        QTRY_VERIFY(view->hasFocus());

        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(reader->hasFocus());
        QCOMPARE(book.count(), 0); // Enter reads, it does not book

        view->setFocus();
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        QTRY_COMPARE(book.count(), 1);
        QCOMPARE(book.first().first().toLongLong(), qint64(12));
    }

    void searchTextGoesToTheHandlerDebounced()
    {
        QStandardItemModel model;
        model.appendRow(new QStandardItem(QStringLiteral("Board Room")));
        MainWindow window;
        window.setResourceModel(&model);
        QStringList asked;
        window.setSearchHandler([&asked](const QString &text) { asked << text; });
        asked.clear();
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("oak table"));
        QVERIFY(asked.isEmpty()); // not on every key
        QTRY_COMPARE(asked, QStringList{QStringLiteral("oak table")});
        QTest::keyClicks(search, QStringLiteral("zzz")); // the window no longer filters columns itself
        QTRY_COMPARE(asked.size(), 2);
        QCOMPARE(window.findChild<QTreeView *>(QStringLiteral("resourceView"))->model()->rowCount(), 1);
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window;
        window.setFilterPanel(new FilterPanel);
        auto *details = new RoomDetails;
        domain::Resource r;
        r.id = 1;
        r.name = QStringLiteral("Boardroom");
        details->showResource(r);
        window.setDetailsPanel(details);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int checked = 0;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            // The named controls of the forms; Qt's own inner parts (qt_*) speak through their owners.
            if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")) || w->focusPolicy() == Qt::NoFocus
                || !w->isVisibleTo(&window))
                continue;
            ++checked;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        QVERIFY(checked >= 12);
    }
};

QTEST_MAIN(TestBrowserKeys)
#include "tst_browserkeys.moc"
