// SPDX-License-Identifier: GPL-3.0-or-later
// The offline store on its own: datasets replaced whole, secrets never written, damaged files
// recovered, migrations keeping data, a full disk reported.
#include "cache/OfflineStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cache::CacheRecord;
using cache::OfflineStore;

namespace {
QList<CacheRecord> rooms(int count, int firstId = 1, const QString &prefix = QStringLiteral("Room"))
{
    QList<CacheRecord> out;
    for (int i = 0; i < count; ++i) {
        const int id = firstId + i;
        out.append({id, QJsonObject{{QStringLiteral("Id"), id}, {QStringLiteral("Name"), QString(prefix + QString::number(id))}}});
    }
    return out;
}

QStringList names(const cache::CachedDataset &data)
{
    QStringList out;
    for (const QJsonObject &record : data.records)
        out.append(record.value(QStringLiteral("Name")).toString());
    return out;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromLatin1(item));
    return out;
}

QByteArray allBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}
} // namespace

class TestOfflineStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAtTheCurrentSchemaInWalMode()
    {
        QTemporaryDir dir;
        OfflineStore store(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(store.open());
        QCOMPARE(store.openResult(), OfflineStore::OpenResult::Created);
        QCOMPARE(store.schemaVersion(), OfflineStore::currentSchemaVersion);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("a.sqlite-wal"))));
        QVERIFY(!store.read(QStringLiteral("resources")).isValid());
    }

    void aRefreshIsInvisibleUntilCommitted()
    {
        QTemporaryDir dir;
        OfflineStore store(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(store.open());
        const QDateTime first = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(store.replace(QStringLiteral("resources"), rooms(3), first, QStringLiteral("fr")));

        QVERIFY(store.beginRefresh(QStringLiteral("resources")));
        QVERIFY(store.writePage(QStringLiteral("resources"), rooms(2, 10, QStringLiteral("New"))));
        // Mid-refresh, readers still get the last complete data.
        QCOMPARE(names(store.read(QStringLiteral("resources"))), strings({"Room1", "Room2", "Room3"}));
        QVERIFY(store.writePage(QStringLiteral("resources"), rooms(1, 20, QStringLiteral("New"))));
        const QDateTime second = first.addSecs(3600);
        QVERIFY(store.commitRefresh(QStringLiteral("resources"), second, QStringLiteral("de")));

        const cache::CachedDataset data = store.read(QStringLiteral("resources"));
        QCOMPARE(names(data), strings({"New10", "New11", "New20"})); // pages in order, old rows gone
        QCOMPARE(data.fetchedAt, second);
        QCOMPARE(data.language, QStringLiteral("de"));
        QVERIFY(!store.read(QStringLiteral("news")).isValid()); // datasets are independent
    }

    void anInterruptedRefreshLeavesNoTraceInTheNext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            OfflineStore store(path);
            QVERIFY(store.open());
            QVERIFY(store.beginRefresh(QStringLiteral("resources")));
            QVERIFY(store.writePage(QStringLiteral("resources"), rooms(5, 100, QStringLiteral("Stale"))));
        } // closed without committing, as a killed sync would
        OfflineStore store(path);
        QVERIFY(store.open());
        QVERIFY(!store.read(QStringLiteral("resources")).isValid());
        QVERIFY(store.replace(QStringLiteral("resources"), rooms(2), QDateTime::currentDateTimeUtc()));
        QCOMPARE(names(store.read(QStringLiteral("resources"))), strings({"Room1", "Room2"}));
    }

    void upsertKeepsPlacesAndAppendsNewOnes()
    {
        QTemporaryDir dir;
        OfflineStore store(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(store.open());
        QVERIFY(store.replace(QStringLiteral("resources"), rooms(3), QDateTime::currentDateTimeUtc()));
        QVERIFY(store.upsert(QStringLiteral("resources"),
                             {{2, QJsonObject{{QStringLiteral("Id"), 2}, {QStringLiteral("Name"), QStringLiteral("Renamed")}}},
                              {9, QJsonObject{{QStringLiteral("Id"), 9}, {QStringLiteral("Name"), QStringLiteral("Nine")}}}}));
        QCOMPARE(names(store.read(QStringLiteral("resources"))), strings({"Room1", "Renamed", "Room3", "Nine"}));
    }

    void secretsNeverReachTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        OfflineStore store(path);
        QVERIFY(store.open());
        const QJsonObject app{{QStringLiteral("Id"), 8001},
                              {QStringLiteral("Name"), QStringLiteral("Door app")},
                              {QStringLiteral("SecretKey"), QStringLiteral("s3cr3t-app-key-0001")},
                              {QStringLiteral("Nested"), QJsonArray{QJsonObject{{QStringLiteral("ZoomAccessToken"), QStringLiteral("zoom-access-0002")},
                                                                                {QStringLiteral("Keep"), 1}}}},
                              {QStringLiteral("ZoomRefreshToken"), QStringLiteral("zoom-refresh-0003")},
                              {QStringLiteral("access_token"), QStringLiteral("bearer-0004")}};
        QVERIFY(store.replace(QStringLiteral("applications"), {{8001, app}}, QDateTime::currentDateTimeUtc()));
        QVERIFY(store.upsert(QStringLiteral("applications"), {{8002, app}}));
        const QJsonObject kept = store.read(QStringLiteral("applications")).records.first();
        QCOMPARE(kept.value(QStringLiteral("Name")).toString(), QStringLiteral("Door app"));
        QVERIFY(!kept.contains(QStringLiteral("SecretKey")));
        QCOMPARE(kept.value(QStringLiteral("Nested")).toArray().first().toObject().value(QStringLiteral("Keep")).toInt(), 1);
        const QByteArray bytes = allBytes(path);
        QVERIFY(bytes.contains("Door app")); // the check below reads the right bytes
        for (const char *secret : {"s3cr3t-app-key-0001", "zoom-access-0002", "zoom-refresh-0003", "bearer-0004"})
            QVERIFY2(!bytes.contains(secret), secret);
    }

    void aDamagedFileIsMovedAsideAndRebuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("this is not a database, just bytes on a disk that went wrong ").repeated(200));
        }
        OfflineStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.openResult(), OfflineStore::OpenResult::Recovered);
        QVERIFY(!store.errorMessage().isEmpty());
        QVERIFY(QFile::exists(store.movedAsidePath()));
        QVERIFY(store.replace(QStringLiteral("resources"), rooms(1), QDateTime::currentDateTimeUtc()));
        QCOMPARE(names(store.read(QStringLiteral("resources"))), strings({"Room1"}));
    }

    void aTruncatedDatabaseIsRecoveredToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            OfflineStore store(path);
            QVERIFY(store.open());
            QVERIFY(store.replace(QStringLiteral("resources"), rooms(2000), QDateTime::currentDateTimeUtc()));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096); // scribble over the pages after the first
        file.write(QByteArray(4096, '\xff'));
        file.close();

        OfflineStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.openResult(), OfflineStore::OpenResult::Recovered);
        QVERIFY(!store.read(QStringLiteral("resources")).isValid());
    }

    void migratesTheFirstSchemaKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            OfflineStore v1(path);
            QVERIFY(v1.openAtSchemaVersion(1));
            QCOMPARE(v1.schemaVersion(), 1);
            // What version 1 could write: no language column yet.
            QVERIFY(v1.beginRefresh(QStringLiteral("resources")));
            QVERIFY(v1.writePage(QStringLiteral("resources"), rooms(4)));
            QVERIFY(!v1.commitRefresh(QStringLiteral("resources"), QDateTime::currentDateTimeUtc()));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The refresh wrote its rows as generation 1; version 1 commits by naming it current.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO datasets(name, generation, fetched_at) "
                                          "VALUES ('resources', 1, '2026-11-30T10:00:00.000Z')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        OfflineStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.openResult(), OfflineStore::OpenResult::Opened);
        QCOMPARE(store.schemaVersion(), 2);
        const cache::CachedDataset data = store.read(QStringLiteral("resources"));
        QCOMPARE(names(data), strings({"Room1", "Room2", "Room3", "Room4"}));
        QCOMPARE(data.fetchedAt, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        QCOMPARE(data.language, QString());
    }

    void aStoreFromANewerVersionIsSetAsideNotMisread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            OfflineStore store(path);
            QVERIFY(store.open());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("UPDATE schema_version SET version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        OfflineStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.openResult(), OfflineStore::OpenResult::Recovered);
        QCOMPARE(store.schemaVersion(), OfflineStore::currentSchemaVersion);
    }

    void aFileWithTheRightVersionButOtherTablesIsRebuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("odd"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version(version INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(OfflineStore::currentSchemaVersion)));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE records(dataset TEXT, id INTEGER, json BLOB)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE datasets(name TEXT, fetched_at TEXT)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("odd"));
        OfflineStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.openResult(), OfflineStore::OpenResult::Recovered);
        QVERIFY(store.replace(QStringLiteral("resources"), rooms(2), QDateTime::currentDateTimeUtc()));
        QCOMPARE(names(store.read(QStringLiteral("resources"))), strings({"Room1", "Room2"}));
    }

    void aFullDiskIsReportedAndKeepsThePreviousData()
    {
        QTemporaryDir dir;
        OfflineStore store(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(store.open());
        QVERIFY(store.replace(QStringLiteral("resources"), rooms(3), QDateTime::currentDateTimeUtc()));
        store.setMaximumSize(64 * 1024);
        QList<CacheRecord> big = rooms(500, 1000, QString(400, u'x'));
        QVERIFY(!store.replace(QStringLiteral("resources"), big, QDateTime::currentDateTimeUtc()));
        QVERIFY(store.isFull());
        QVERIFY(store.errorMessage().contains(QStringLiteral("disk is full")));
        QCOMPARE(names(store.read(QStringLiteral("resources"))), strings({"Room1", "Room2", "Room3"}));
    }

    void clearForgetsEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        OfflineStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.replace(QStringLiteral("news"), {{1, QJsonObject{{QStringLiteral("Title"), QStringLiteral("Unique-title-xyz")}}}},
                              QDateTime::currentDateTimeUtc()));
        QVERIFY(store.clear());
        QVERIFY(!store.read(QStringLiteral("news")).isValid());
        QVERIFY(!allBytes(path).contains("Unique-title-xyz"));
    }

    void defaultPathIsPerAccountAndSafe()
    {
        const QString a = OfflineStore::defaultPath(QStringLiteral("me@space.example.com"));
        const QString b = OfflineStore::defaultPath(QStringLiteral("me@other.example.com:8443/../x"));
        QVERIFY(a != b);
        QVERIFY(a.endsWith(QStringLiteral(".sqlite")));
        QCOMPARE(QFileInfo(b).path(), QFileInfo(a).path()); // no way out of the folder
    }
};

QTEST_GUILESS_MAIN(TestOfflineStore)
#include "tst_offlinestore.moc"
