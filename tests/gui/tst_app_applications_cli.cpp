// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary with --view applications: the staff screenshot waits for the list, a member's
// run still ends (with the notice instead of the tab), and no log line mentions the secret key.
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

Run runApp(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("portaldesk.*=true")); // debug lines too
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PORTAL_DESK_BINARY), arguments);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class TestAppApplicationsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void screenshotOfTheApplications_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("staff") << QStringLiteral("admin@demo.test");
        QTest::newRow("member") << QStringLiteral("member@demo.test");
    }
    void screenshotOfTheApplications()
    {
        QFETCH(QString, user);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("apps.png"));
        const Run run = runApp({QStringLiteral("--demo"), QStringLiteral("--demo-user"), user, QStringLiteral("--view"),
                                QStringLiteral("applications"), QStringLiteral("--screenshot"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), path);
        QVERIFY(!QImage(path).isNull());
        QVERIFY2(!run.err.contains(QStringLiteral("SecretKey"), Qt::CaseInsensitive), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAppApplicationsCli)
#include "tst_app_applications_cli.moc"
