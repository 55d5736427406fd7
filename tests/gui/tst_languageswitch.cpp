// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app in-process against the emulator: the Language menu re-translates the window at once and
// moves the account's localized /{lang}/ routes to the same code, reloading what they returned.
#include "AppController.h"
#include "Emulator.h"
#include "MemberApp.h"
#include "MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMenu>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

namespace {
MainWindow *findMainWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget))
            return window;
    }
    return nullptr;
}

QString tabText(QTabWidget *tabs, const QString &viewName)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == viewName)
            return tabs->tabText(i);
    }
    return {};
}
} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void frenchRetranslatesTheWindowAndMovesTheRoutes()
    {
        emulator::Emulator server;
        QVERIFY(server.listen());
        const AppOptions options = memberOptions(server, QStringLiteral("news"));
        AppController controller(options, QStringLiteral("demo"));
        QVERIFY(controller.start());

        MainWindow *window = findMainWindow();
        QVERIFY(window);
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabText(tabs, QStringLiteral("bookings")), QStringLiteral("My &bookings"));

        // Open an article: the reader reads it through the localized route.
        auto *posts = window->findChild<QAbstractItemView *>(QStringLiteral("postList"));
        QVERIFY(posts);
        QTRY_VERIFY_WITH_TIMEOUT(posts->model() && posts->model()->rowCount() > 0, 15000);
        posts->setCurrentIndex(posts->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount("GET", QStringLiteral("/en/blog/")) > 0, 15000);
        QCOMPARE(server.requestCount("GET", QStringLiteral("/fr/")), 0);

        auto *languages = window->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(languages);
        QAction *french = nullptr;
        for (QAction *action : languages->actions()) {
            if (action->data().toString() == u"fr")
                french = action;
        }
        QVERIFY(french);
        french->trigger();

        // The catalogue is embedded and complete: the tab added in code and the one from the form
        // both speak French now.
        const QString bookingsInFrench = QCoreApplication::translate("AppController", "My &bookings");
        QVERIFY2(bookingsInFrench != u"My &bookings", "the French catalogue lacks the string");
        QTRY_COMPARE(tabText(tabs, QStringLiteral("bookings")), bookingsInFrench);
        QTRY_COMPARE(tabs->tabText(0), QCoreApplication::translate("MainWindow", "&Rooms")); // on LanguageChange
        QVERIFY(tabs->tabText(0) != u"&Rooms");
        // The article is read again, in French.
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount("GET", QStringLiteral("/fr/blog/")) > 0, 15000);
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
