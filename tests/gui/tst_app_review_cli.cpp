// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary with --view resources-review: the staff screenshot waits for the table and the
// audit and ends with 0; a member's run still ends (the notice instead of the tab); no Zoom token
// value (the demo's start with zat_ / zrt_) reaches stdout or stderr, even with every debug line on.
#include "AppRun.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using apprun::Run;

namespace {
Run runApp(const QStringList &arguments)
{
    return apprun::runApp(arguments, apprun::Options::withDebugLog()); // debug lines too: none may leak a secret
}
} // namespace

class TestAppReviewCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void screenshotOfTheReview_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("staff");
        QTest::newRow("staff") << QStringLiteral("admin@demo.test") << true;
        QTest::newRow("member") << QStringLiteral("member@demo.test") << false;
    }
    void screenshotOfTheReview()
    {
        QFETCH(QString, user);
        QFETCH(bool, staff);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.png"));
        const Run run = runApp({QStringLiteral("--demo"), QStringLiteral("--demo-user"), user, QStringLiteral("--view"),
                                QStringLiteral("resources-review"), QStringLiteral("--screenshot"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), path);
        const QImage shot(path);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() > 600);
        // The view logs what it shows: with data for staff, nothing for a member.
        QCOMPARE(run.err.contains(QStringLiteral("Resource review shows")), staff);
        if (staff)
            QVERIFY2(run.err.contains(QStringLiteral("audit checked 70 resources")), qPrintable(run.err));
        for (const QString &text : {run.out, run.err}) {
            QVERIFY2(!text.contains(QStringLiteral("zat_")) && !text.contains(QStringLiteral("zrt_")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("ZoomAccessToken")));
        }
    }
};

QTEST_GUILESS_MAIN(TestAppReviewCli)
#include "tst_app_review_cli.moc"
