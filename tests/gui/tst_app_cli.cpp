// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real portal-desk binary the way scripts and people do, offscreen.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

//! `headless`: no display and no platform chosen, as in a terminal over ssh.
Run runApp(const QStringList &arguments, const QByteArray &stdinData = {}, int timeoutMs = 120000, bool headless = false)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (headless) {
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PORTAL_DESK_BINARY), arguments);
    if (!process.waitForStarted())
        return {};
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
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
        for (const auto option : {"--demo", "--server", "--password-stdin", "--screenshot", "--view", "--lang"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    void versionAndHelpWithoutADisplay()
    {
        const Run version = runApp({QStringLiteral("--version")}, {}, 60000, true);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral("portal-desk 0.")), qPrintable(version.err));
        QCOMPARE(runApp({QStringLiteral("--help")}, {}, 60000, true).exitCode, 0);
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
                               "demo\n");
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("could not be reached")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        const Run run = runApp({QStringLiteral("--server"), QStringLiteral("http://example.com"), QStringLiteral("--user"),
                                QStringLiteral("a@b.c"), QStringLiteral("--password-stdin"), QStringLiteral("--screenshot"),
                                QStringLiteral("/tmp/never.png")},
                               "x\n");
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("http://")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
