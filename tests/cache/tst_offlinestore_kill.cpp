// SPDX-License-Identifier: GPL-3.0-or-later
// A sync killed (SIGKILL) at any point leaves a store that opens with the last complete data.
#include "cache/OfflineStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestOfflineStoreKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedMidSyncKeepsTheLastCompleteData_data()
    {
        QTest::addColumn<int>("killAfterMs");
        for (int ms : {15, 60, 140, 260, 420, 700})
            QTest::newRow(qPrintable(QStringLiteral("%1 ms").arg(ms))) << ms;
    }

    void killedMidSyncKeepsTheLastCompleteData()
    {
        QFETCH(int, killAfterMs);
        constexpr int records = 1200;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.sqlite"));
        QProcess writer;
        writer.start(QStringLiteral(OFFLINE_STORE_WRITER), {path, QString::number(records), QStringLiteral("6")});
        QVERIFY(writer.waitForStarted());
        QTest::qWait(killAfterMs);
        writer.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
        QVERIFY(writer.waitForFinished());
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        int lastCommitted = 0;
        for (const QByteArray &line : lines) {
            if (line.startsWith("committed "))
                lastCommitted = line.mid(10).toInt();
        }

        if (lastCommitted == 0 && !QFileInfo::exists(path))
            return; // killed before the writer even created the file (a slow start): nothing half
        cache::OfflineStore store(path);
        QVERIFY2(store.open(), qPrintable(store.errorMessage()));
        QCOMPARE(store.openResult(), cache::OfflineStore::OpenResult::Opened); // not rebuilt: intact
        const cache::CachedDataset data = store.read(QStringLiteral("resources"));
        if (lastCommitted == 0 && !data.isValid())
            return; // killed before the first refresh completed: nothing to show, and nothing half
        QVERIFY(data.isValid());
        QCOMPARE(data.records.size(), records);
        const int generation = data.records.first().value(QStringLiteral("Generation")).toInt();
        QVERIFY(generation >= lastCommitted); // what was reported committed is there (or newer)
        for (const QJsonObject &record : data.records)
            QCOMPARE(record.value(QStringLiteral("Generation")).toInt(), generation); // never a mix
    }
};

QTEST_GUILESS_MAIN(TestOfflineStoreKill)
#include "tst_offlinestore_kill.moc"
