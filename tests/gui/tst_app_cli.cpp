// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real portal-desk binary the way scripts and people do, offscreen.
#include "AppRun.h"

#include <QImage>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using apprun::Run;
using apprun::runApp;

namespace {
struct Milestone {
    qint64 ms = -1;
    QString details;
};

//! The `timing: <event> <ms> [key=value ...]` lines of a run, by event (the first of each).
QMap<QString, Milestone> milestones(const QString &err)
{
    static const QRegularExpression line(QStringLiteral("^timing: (\\S+) (\\d+)(?: (.*))?$"),
                                         QRegularExpression::MultilineOption);
    QMap<QString, Milestone> out;
    for (auto it = line.globalMatch(err); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!out.contains(match.captured(1)))
            out.insert(match.captured(1), {match.captured(2).toLongLong(), match.captured(3)});
    }
    return out;
}

apprun::Options timed(const QString &home = {})
{
    apprun::Options options;
    options.timing = true;
    options.home = home;
    return options;
}
} // namespace

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
        for (const auto option : {"--demo", "--server", "--password-stdin", "--screenshot", "--view", "--lang",
                                  "--property-os", "--api-key-stdin"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    void versionAndHelpWithoutADisplay()
    {
        const Run version = runApp({QStringLiteral("--version")}, apprun::Options::withoutDisplay());
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral("portal-desk 0.")), qPrintable(version.err));
        QCOMPARE(runApp({QStringLiteral("--help")}, apprun::Options::withoutDisplay()).exitCode, 0);
    }

    void propertyOsOptionsGoTogether()
    {
        const Run keyAlone = runApp({QStringLiteral("--api-key-stdin")});
        QCOMPARE(keyAlone.exitCode, 2);
        QVERIFY2(keyAlone.err.contains(QStringLiteral("--property-os")), qPrintable(keyAlone.err));
        const Run withDemo = runApp({QStringLiteral("--demo"), QStringLiteral("--property-os"),
                                     QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(withDemo.exitCode, 2);
        QVERIFY2(withDemo.err.contains(QStringLiteral("--demo")), qPrintable(withDemo.err));
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

    // The start-up trace (README, "Start-up timing"): on, one line per milestone, from the window
    // to the rooms from the space, and the rooms from the copy once there is one (not asked for
    // again while recent); off unless asked for; and the end of a sync, with what it synced.
    void timingTraceOfTheRealBinary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        const QStringList demo{QStringLiteral("--demo"), QStringLiteral("--screenshot"), path};
        QTemporaryDir firstHome; // no offline copy yet: the rooms come from the space
        const Run first = runApp(demo, timed(firstHome.path()));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const auto cold = milestones(first.err);
        QVERIFY2(cold.contains(QStringLiteral("window-shown")) && cold.contains(QStringLiteral("rooms-refreshed")),
                 qPrintable(first.err));
        QVERIFY(cold.value(QStringLiteral("window-shown")).ms > 0);
        QVERIFY(cold.value(QStringLiteral("window-shown")).ms <= cold.value(QStringLiteral("rooms-refreshed")).ms);
        const QString rows = cold.value(QStringLiteral("rooms-refreshed")).details;
        QVERIFY2(rows.startsWith(QStringLiteral("rows=")) && rows.mid(5).toInt() > 20, qPrintable(rows));

        // The first run left an offline copy: the next start paints its rooms before the space answers.
        const Run second = runApp(demo, timed(firstHome.path()));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const auto warm = milestones(second.err);
        QVERIFY2(warm.contains(QStringLiteral("rooms-from-copy")), qPrintable(second.err));
        QCOMPARE(warm.value(QStringLiteral("rooms-from-copy")).details, rows);
        QVERIFY(warm.value(QStringLiteral("window-shown")).ms <= warm.value(QStringLiteral("rooms-from-copy")).ms);
        // Seconds old, well within Preferences' 15 minutes: the rooms are not asked for again.
        QVERIFY2(!warm.contains(QStringLiteral("rooms-refreshed")), qPrintable(second.err));

        // Off unless asked for.
        const Run quiet = runApp({QStringLiteral("--demo"), QStringLiteral("--demo-user"), QStringLiteral("admin@demo.test"),
                                  QStringLiteral("--screenshot"), path});
        QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.err));
        QVERIFY2(!quiet.err.contains(QStringLiteral("timing:")), qPrintable(quiet.err));

        const Run sync = runApp({QStringLiteral("--demo"), QStringLiteral("--sync")}, timed());
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        const auto synced = milestones(sync.err);
        QVERIFY2(synced.contains(QStringLiteral("sync-finished")), qPrintable(sync.err));
        QVERIFY(!synced.contains(QStringLiteral("window-shown"))); // --sync shows no window
        // As many records as the summary says it synced ("rooms: 63, ...").
        int summed = 0;
        static const QRegularExpression count(QStringLiteral(": (\\d+)"));
        const QString summary = sync.out + sync.err;
        const QString line = summary.mid(summary.indexOf(QStringLiteral("Synced ")));
        for (auto it = count.globalMatch(line.left(line.indexOf(QStringLiteral(" for ")))); it.hasNext();)
            summed += it.next().captured(1).toInt();
        QVERIFY(summed > 0);
        QCOMPARE(synced.value(QStringLiteral("sync-finished")).details, QStringLiteral("records=%1").arg(summed));
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
