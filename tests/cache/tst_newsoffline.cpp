// SPDX-License-Identifier: GPL-3.0-or-later
// News seen online stays readable offline: the list from the pages that were shown, an article
// from the last time it was opened; one never opened says why it cannot be shown.
#include "../integration/TestSpace.h"
#include "cache/AsyncOfflineStore.h"
#include "models/BlogPostListModel.h"
#include "repository/BlogPostRepository.h"
#include "repository/BlogPostLoader.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

class TestNewsOffline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seenNewsIsReadableOffline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("member.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        QStringList seenTitles;
        qint64 openedId = 0;
        qint64 neverOpenedId = 0;
        QString openedBody;
        {
            cache::AsyncOfflineStore store(path);
            models::BlogPostListModel model;
            repository::BlogPostRepository news(space.api());
            news.setOfflineStore(&store);
            model.setRepository(&news);
            model.reload();
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 5 && !model.isLoading(), 10000);
            for (int row = 0; row < model.rowCount(); ++row)
                seenTitles.append(model.postAt(row).title);
            openedId = model.postAt(0).id;
            neverOpenedId = model.postAt(1).id;

            repository::BlogPostLoader loader(space.api(), &store);
            QSignalSpy loaded(&loader, &repository::BlogPostLoader::loaded);
            loader.load(openedId);
            QVERIFY(loaded.wait(10000));
            openedBody = loaded.first().at(0).value<domain::BlogPost>().fullTextHtml;
            QVERIFY(!openedBody.isEmpty());
        } // the store writes what is queued before it closes

        space.server.reset(); // no space any more
        cache::AsyncOfflineStore store(path);
        models::BlogPostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        repository::BlogPostRepository news(space.api());
        news.setOfflineStore(&store);
        model.setRepository(&news);
        QSignalSpy copyShown(&model, &models::BlogPostListModel::offlineCopyShown);
        QSignalSpy errors(&model, &models::BlogPostListModel::errorOccurred);
        model.reload();
        QVERIFY(copyShown.wait(20000));
        QVERIFY(errors.isEmpty());
        QCOMPARE(model.rowCount(), seenTitles.size());
        QStringList offlineTitles;
        for (int row = 0; row < model.rowCount(); ++row)
            offlineTitles.append(model.postAt(row).title);
        QCOMPARE(offlineTitles, seenTitles); // same posts, featured first, as shown online
        QVERIFY(!model.canFetchMore());

        repository::BlogPostLoader loader(space.api(), &store);
        QSignalSpy loaded(&loader, &repository::BlogPostLoader::loaded);
        QSignalSpy failed(&loader, &repository::BlogPostLoader::failed);
        loader.load(openedId);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().at(0).value<domain::BlogPost>().fullTextHtml, openedBody);
        loader.load(neverOpenedId);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).toLongLong(), neverOpenedId);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNewsOffline)
#include "tst_newsoffline.moc"
