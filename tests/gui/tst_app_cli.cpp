// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real portal-desk binary the way scripts and people do, offscreen.
#include "AppRun.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using apprun::Run;
using apprun::runApp;

class TestAppCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = runApp({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral("portal-desk 0.")), qPrintable(version.out));
        const Run help = runApp({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const auto option : {"--demo", "--server", "--password-stdin", "--screenshot", "--view", "--lang"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    void versionAndHelpWithoutADisplay()
    {
        const Run version = runApp({QStringLiteral("--version")}, apprun::Options::withoutDisplay());
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral("portal-desk 0.")), qPrintable(version.err));
        QCOMPARE(runApp({QStringLiteral("--help")}, apprun::Options::withoutDisplay()).exitCode, 0);
    }

    void rejectsAnUnknownView()
    {
        const Run run = runApp({QStringLiteral("--view"), QStringLiteral("nowhere")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("nowhere")));
    }

    void demoScreenshotShowsTheLoadedWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        const Run run = runApp({QStringLiteral("--demo"), QStringLiteral("--screenshot"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), path); // prints where it saved the picture
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 600 && image.height() >= 400);
    }

    void screenshotFailsLoudlyWhenTheSpaceIsUnreachable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        const Run run = runApp({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--user"),
                                QStringLiteral("member@demo.test"), QStringLiteral("--password-stdin"),
                                QStringLiteral("--screenshot"), path},
                               apprun::Options::withStdin("demo\n"));
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("could not be reached")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        const Run run = runApp({QStringLiteral("--server"), QStringLiteral("http://example.com"), QStringLiteral("--user"),
                                QStringLiteral("a@b.c"), QStringLiteral("--password-stdin"), QStringLiteral("--screenshot"),
                                QStringLiteral("/tmp/never.png")},
                               apprun::Options::withStdin("x\n"));
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("http://")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
