// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary with --view applications: the staff screenshot waits for the list, a member's
// run still ends (with the notice instead of the tab), and no log line mentions the secret key.
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
