// SPDX-License-Identifier: GPL-3.0-or-later
// The staff views offscreen, with the space gone: the applications and the resource review show the
// offline copy of what was read online, say so, and offer no write, secret or export.
#include "../integration/TestSpace.h"
#include "ApplicationsView.h"
#include "ResourceReviewView.h"
#include "cache/AsyncOfflineStore.h"
#include "models/ApplicationListModel.h"
#include "models/ResourceReviewModel.h"
#include "repository/ApplicationRepository.h"
#include "repository/ResourceReviewRepository.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

namespace {
constexpr int kTimeout = 30000;

template<class T> T *child(QWidget *view, const char *name)
{
    T *w = view->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

template<class View> bool reloadAndWait(View &view)
{
    QSignalSpy ready(&view, &View::ready);
    view.reload();
    return ready.wait(kTimeout);
}
} // namespace

class TestStaffOfflineViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applicationsViewShowsTheCopyReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("admin.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        QString firstName;
        {
            cache::AsyncOfflineStore store(path);
            ApplicationsView view;
            repository::ApplicationRepository applications(space.api());
            applications.setOfflineStore(&store);
            view.setRepository(&applications);
            view.show();
            QSignalSpy shown(&view, &ApplicationsView::applicationShown);
            QVERIFY(reloadAndWait(view));
            QVERIFY(shown.wait(kTimeout)); // the first application opened in full
            QVERIFY(child<QPushButton>(&view, "newButton")->isEnabled());
            QVERIFY(child<QPushButton>(&view, "revealButton")->isEnabled());
            QVERIFY(!view.isShowingOfflineCopy());
            firstName = view.model()->applicationAt(0).name;
        }
        space.server.reset();
        cache::AsyncOfflineStore store(path);
        ApplicationsView view;
        repository::ApplicationRepository applications(space.api());
        applications.setOfflineStore(&store);
        view.setRepository(&applications);
        view.show();
        QSignalSpy shown(&view, &ApplicationsView::applicationShown);
        QVERIFY(reloadAndWait(view));
        QVERIFY(view.isShowingOfflineCopy());
        QVERIFY(view.model()->rowCount() > 0);
        QVERIFY2(view.messageText().contains(QStringLiteral("offline copy")), qPrintable(view.messageText()));
        QVERIFY(view.messageText().contains(QStringLiteral("secret key")));
        QVERIFY(shown.wait(kTimeout));
        QCOMPARE(child<QLabel>(&view, "nameValue")->text(), firstName);
        QCOMPARE(child<QLabel>(&view, "secretValue")->text(), QStringLiteral("Needs a connection to the space"));
        for (const char *name : {"newButton", "editButton", "publishButton", "deleteButton", "revealButton", "copySecretButton"})
            QVERIFY2(!child<QPushButton>(&view, name)->isEnabled(), name);
        QVERIFY(!child<QPushButton>(&view, "editButton")->toolTip().isEmpty());
        QVERIFY(child<QPushButton>(&view, "refreshButton")->isEnabled()); // to try the space again
    }

    void reviewViewShowsTheCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("admin.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        int onlineRows = 0;
        {
            cache::AsyncOfflineStore store(path);
            ResourceReviewView view;
            repository::ResourceReviewRepository review(space.api());
            review.setOfflineStore(&store);
            view.setRepository(&review);
            view.resize(1280, 800);
            view.show();
            QVERIFY(reloadAndWait(view));
            QVERIFY(child<QPushButton>(&view, "exportButton")->isEnabled());
            onlineRows = view.model()->rowCount();
            QVERIFY(onlineRows > 0);
        }
        space.server.reset();
        cache::AsyncOfflineStore store(path);
        ResourceReviewView view;
        repository::ResourceReviewRepository review(space.api());
        review.setOfflineStore(&store);
        view.setRepository(&review);
        view.resize(1280, 800);
        view.show();
        QVERIFY(reloadAndWait(view));
        QVERIFY(view.isShowingOfflineCopy());
        // The audit read every resource online: the copy holds them all, not just the first page.
        QVERIFY(view.model()->rowCount() >= onlineRows);
        QVERIFY2(view.messageText().contains(QStringLiteral("offline copy from")), qPrintable(view.messageText()));
        QVERIFY(!child<QPushButton>(&view, "exportButton")->isEnabled());
        QVERIFY(child<QLabel>(&view, "auditStatus")->text().contains(QStringLiteral("offline copy")));
        QVERIFY(view.currentId() != 0); // the first row is shown in the detail pane
        QVERIFY(!view.exportCsv(dir.filePath(QStringLiteral("x.csv"))));
    }
};

QTEST_MAIN(TestStaffOfflineViews)
#include "tst_staffofflineviews.moc"
