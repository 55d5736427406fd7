// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineStore.h"
#include "clock/Clock.h"

#include "Logging.h"
#include "OfflineSchema.h"
#include "ParallelMap.h"
#include "SecretFilter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace cache {

namespace {

//! Records are kept as compact JSON text, the API's own form (CBOR was measured: faster to write,
//! but turning it back into QJsonObject costs twice the JSON parse).
QByteArray encodeRecord(const QJsonObject &record)
{
    return QJsonDocument(OfflineStore::withoutSecrets(record)).toJson(QJsonDocument::Compact);
}

QJsonObject decodeRecord(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

OfflineStore::OfflineStore(QString path)
    : m_path(std::move(path)), m_connection(QStringLiteral("offline-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

OfflineStore::~OfflineStore()
{
    close();
}

QString OfflineStore::defaultPath(const QString &accountId)
{
    QString safe;
    for (const QChar c : accountId.toLower())
        safe.append(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' ? c : QChar(u'_'));
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/offline/")
           + safe + QStringLiteral(".sqlite");
}

QJsonObject OfflineStore::withoutSecrets(const QJsonObject &json)
{
    return SecretFilter::withoutSecrets(json);
}

bool OfflineStore::open()
{
    return openAtSchemaVersion(currentSchemaVersion);
}

bool OfflineStore::openAtSchemaVersion(int version)
{
    close();
    m_error.clear();
    m_movedAside.clear();
    const bool existed = QFileInfo::exists(m_path);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = tr("The offline copy cannot be kept: the folder %1 cannot be created.").arg(QFileInfo(m_path).absolutePath());
        m_openResult = OpenResult::Failed;
        return false;
    }
    if (openFile() && looksHealthy() && migrate(version) && hasExpectedLayout(version)) {
        m_openResult = existed ? OpenResult::Opened : OpenResult::Created;
        return true;
    }
    if (!existed) {
        m_openResult = OpenResult::Failed;
        close();
        return false;
    }
    // Unreadable or from a version that cannot be migrated: keep the file for inspection, start anew.
    qCWarning(lcCache) << "Offline store unreadable, moving it aside:" << m_error;
    close();
    moveAside();
    if (openFile() && migrate(version)) {
        m_openResult = OpenResult::Recovered;
        m_error = tr("The offline copy of this account could not be read, so it was set aside and will be "
                     "rebuilt from the space.");
        return true;
    }
    m_openResult = OpenResult::Failed;
    close();
    return false;
}

bool OfflineStore::openFile()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(db.lastError(), openFailed());
    QSqlQuery pragma(db);
    // WAL: readers never wait for a writer, and a killed writer leaves the last commit intact.
    for (const char *statement : {"PRAGMA busy_timeout=5000", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
        if (!pragma.exec(QString::fromLatin1(statement)))
            return fail(pragma.lastError(), openFailed());
    }
    if (m_maximumSize > 0)
        setMaximumSize(m_maximumSize);
    return true;
}

bool OfflineStore::looksHealthy()
{
    QSqlQuery check(QSqlDatabase::database(m_connection, false));
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
        return fail(check.lastError(), openFailed());
    if (check.value(0).toString() != u"ok") {
        m_error = check.value(0).toString();
        return false;
    }
    return true;
}

bool OfflineStore::hasExpectedLayout(int version)
{
    if (version != currentSchemaVersion)
        return true; // an older layout on purpose (tests of the migrations)
    // A file that claims this version but holds other tables (an unreleased build wrote it) is
    // treated as unreadable rather than failing on every write.
    QSqlQuery probe(QSqlDatabase::database(m_connection, false));
    for (const QString &sql : OfflineSchema::layoutProbes()) {
        if (!probe.exec(sql))
            return fail(probe.lastError(), openFailed());
    }
    return true;
}

void OfflineStore::moveAside()
{
    const QString stamp = core::Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_movedAside = m_path + QStringLiteral(".unreadable-") + stamp;
    QFile::remove(m_movedAside);
    if (!QFile::rename(m_path, m_movedAside)) {
        QFile::remove(m_path);
        m_movedAside.clear();
    }
    // The journal files belong to the broken file; a fresh database must not replay them.
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
}

bool OfflineStore::migrate(int targetVersion)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)")))
        return fail(query.lastError(), openFailed());
    int version = 0;
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
        version = query.value(0).toInt();
    else if (!query.exec(QStringLiteral("INSERT INTO schema_version(version) VALUES (0)")))
        return fail(query.lastError(), openFailed());
    if (version > currentSchemaVersion) {
        m_error = tr("The offline copy was written by a newer version of Portal Desk.");
        return false;
    }
    while (version < targetVersion) {
        db.transaction();
        for (const QString &statement : OfflineSchema::migrations().at(version)) {
            if (!query.exec(statement)) {
                db.rollback();
                return fail(query.lastError(), openFailed());
            }
        }
        ++version;
        query.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
        query.addBindValue(version);
        if (!query.exec() || !db.commit()) {
            db.rollback();
            return fail(query.lastError(), openFailed());
        }
        qCInfo(lcCache) << "Offline store at schema version" << version;
    }
    return true;
}

void OfflineStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool OfflineStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

int OfflineStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next() ? query.value(0).toInt() : 0;
}

void OfflineStore::setMaximumSize(qint64 bytes)
{
    m_maximumSize = bytes;
    if (!isOpen())
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next()) {
        const qint64 pageSize = qMax<qint64>(512, query.value(0).toLongLong());
        query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(qMax<qint64>(1, bytes / pageSize)));
    }
}

QString OfflineStore::openFailed()
{
    return tr("The offline copy could not be opened: %1");
}

QString OfflineStore::writeFailed()
{
    return tr("The offline copy could not be updated: %1");
}

QString OfflineStore::clearFailed()
{
    return tr("The offline copy could not be removed: %1");
}

bool OfflineStore::fail(const QSqlError &error, const QString &sentence)
{
    m_full = OfflineSchema::isFullError(error);
    if (m_full)
        m_error = tr("The disk is full, so the offline copy could not be updated. What was saved before is kept.");
    else if (OfflineSchema::isCorruptError(error))
        m_error = tr("The offline copy is damaged (%1).").arg(error.text());
    else
        m_error = sentence.arg(error.text());
    qCWarning(lcCache) << "Offline store failed:" << error.nativeErrorCode() << error.text();
    return false;
}

int OfflineStore::currentGeneration(const QString &dataset) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT generation FROM datasets WHERE name = ?"));
    query.addBindValue(dataset);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool OfflineStore::beginRefresh(const QString &dataset)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return false;
    const int current = currentGeneration(dataset);
    // Rows an interrupted refresh left behind belong to no generation anyone reads: drop them.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM records WHERE dataset = ? AND generation <> ?"));
    query.addBindValue(dataset);
    query.addBindValue(current);
    if (!query.exec())
        return fail(query.lastError(), writeFailed());
    m_refreshes.insert(dataset, {current + 1, 0});
    return true;
}

bool OfflineStore::writeRecords(const QString &dataset, int generation, const QList<CacheRecord> &records,
                                int firstPosition, RecordEncoder encoder)
{
    QSqlQuery insert(QSqlDatabase::database(m_connection, false));
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO records(dataset, generation, id, position, record) VALUES (?, ?, ?, ?, ?)"));
    // Encoding (JSON text without secrets, or the dataset's own form) is most of a write's work,
    // and it is safe in parallel.
    const QList<QByteArray> encoded = parallelMap<QByteArray>(records, [encoder](const CacheRecord &record) {
        return encoder ? encoder(record.json) : encodeRecord(record.json);
    });
    int position = firstPosition;
    for (qsizetype i = 0; i < records.size(); ++i) {
        insert.bindValue(0, dataset);
        insert.bindValue(1, generation);
        insert.bindValue(2, records.at(i).id);
        insert.bindValue(3, position++);
        insert.bindValue(4, encoded.at(i));
        if (!insert.exec())
            return fail(insert.lastError(), writeFailed());
    }
    return true;
}

bool OfflineStore::writePage(const QString &dataset, const QList<CacheRecord> &records, RecordEncoder encoder)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto refresh = m_refreshes.find(dataset);
    if (!db.isOpen() || refresh == m_refreshes.end()) {
        qCWarning(lcCache) << "A page for" << dataset << "without a refresh started; ignored";
        m_error.clear(); // nothing for a person to read
        return false;
    }
    if (!db.transaction())
        return fail(db.lastError(), writeFailed());
    if (!writeRecords(dataset, refresh->generation, records, refresh->written, encoder)) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(db.lastError(), writeFailed());
    refresh->written += int(records.size());
    return true;
}

bool OfflineStore::commitRefresh(const QString &dataset, const QDateTime &fetchedAt, const QString &language)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto refresh = m_refreshes.constFind(dataset);
    if (!db.isOpen() || refresh == m_refreshes.cend())
        return false;
    const int generation = refresh->generation;
    if (!db.transaction())
        return fail(db.lastError(), writeFailed());
    QSqlQuery query(db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    };
    const bool ok = run(QStringLiteral("INSERT OR REPLACE INTO datasets(name, generation, fetched_at, language) VALUES (?, ?, ?, ?)"),
                        {dataset, generation, fetchedAt.toUTC().toString(Qt::ISODateWithMs), language})
                    && run(QStringLiteral("DELETE FROM records WHERE dataset = ? AND generation <> ?"), {dataset, generation});
    if (!ok) {
        const QSqlError error = query.lastError();
        db.rollback();
        return fail(error, writeFailed());
    }
    if (!db.commit())
        return fail(db.lastError(), writeFailed());
    m_refreshes.remove(dataset);
    return true;
}

bool OfflineStore::replace(const QString &dataset, const QList<CacheRecord> &records, const QDateTime &fetchedAt,
                           const QString &language)
{
    return beginRefresh(dataset) && writePage(dataset, records) && commitRefresh(dataset, fetchedAt, language);
}

bool OfflineStore::upsert(const QString &dataset, const QList<CacheRecord> &records, RecordEncoder encoder)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction())
        return fail(db.lastError(), writeFailed());
    const int generation = currentGeneration(dataset);
    // Records seen one by one (an article opened) make a dataset of their own, stamped now.
    QSqlQuery known(db);
    known.prepare(QStringLiteral("INSERT OR IGNORE INTO datasets(name, generation, fetched_at) VALUES (?, ?, ?)"));
    known.addBindValue(dataset);
    known.addBindValue(generation);
    known.addBindValue(core::Clock::nowUtc().toString(Qt::ISODateWithMs));
    if (!known.exec()) {
        const QSqlError error = known.lastError();
        db.rollback();
        return fail(error, writeFailed());
    }
    QSqlQuery next(db);
    next.prepare(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM records WHERE dataset = ? AND generation = ?"));
    next.addBindValue(dataset);
    next.addBindValue(generation);
    if (!next.exec() || !next.next()) {
        const QSqlError error = next.lastError();
        db.rollback();
        return fail(error, writeFailed());
    }
    // A known record keeps its place in the list; a new one goes last.
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE records SET record = ? WHERE dataset = ? AND generation = ? AND id = ?"));
    int nextPosition = next.value(0).toInt();
    for (const CacheRecord &record : records) {
        update.bindValue(0, encoder ? encoder(record.json) : encodeRecord(record.json));
        update.bindValue(1, dataset);
        update.bindValue(2, generation);
        update.bindValue(3, record.id);
        if (!update.exec()) {
            const QSqlError error = update.lastError();
            db.rollback();
            return fail(error, writeFailed());
        }
        if (update.numRowsAffected() == 0 && !writeRecords(dataset, generation, {record}, nextPosition++, encoder)) {
            db.rollback();
            return false;
        }
    }
    return db.commit() || fail(db.lastError(), writeFailed());
}

StoredDataset OfflineStore::readStored(const QString &dataset) const
{
    StoredDataset out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return out;
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("SELECT generation, fetched_at, language FROM datasets WHERE name = ?"));
    meta.addBindValue(dataset);
    if (!meta.exec() || !meta.next())
        return out;
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT position, record FROM records WHERE dataset = ? AND generation = ?"));
    rows.addBindValue(dataset);
    rows.addBindValue(meta.value(0).toInt());
    if (!rows.exec())
        return out;
    QList<std::pair<int, QByteArray>> ordered;
    while (rows.next())
        ordered.append({rows.value(0).toInt(), rows.value(1).toByteArray()});
    // Sorted here rather than by SQLite, which would copy every record into a sorter first.
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    out.records.reserve(ordered.size());
    for (auto &row : ordered)
        out.records.append(std::move(row.second));
    out.fetchedAt = QDateTime::fromString(meta.value(1).toString(), Qt::ISODateWithMs);
    out.language = meta.value(2).toString();
    return out;
}

QByteArray OfflineStore::readStoredRecord(const QString &dataset, qint64 id) const
{
    QSqlQuery row(QSqlDatabase::database(m_connection, false));
    row.prepare(QStringLiteral("SELECT r.record FROM records r JOIN datasets d ON d.name = r.dataset AND "
                               "d.generation = r.generation WHERE r.dataset = ? AND r.id = ?"));
    row.addBindValue(dataset);
    row.addBindValue(id);
    return row.exec() && row.next() ? row.value(0).toByteArray() : QByteArray();
}

CachedDataset OfflineStore::read(const QString &dataset) const
{
    const StoredDataset stored = readStored(dataset);
    CachedDataset out;
    const QList<QJsonObject> records = parallelMap<QJsonObject>(stored.records, &decodeRecord);
    out.records.reserve(records.size());
    for (const QJsonObject &record : records) {
        if (!record.isEmpty())
            out.records.append(record);
    }
    out.fetchedAt = stored.fetchedAt;
    out.language = stored.language;
    return out;
}

QDateTime OfflineStore::fetchedAt(const QString &dataset) const
{
    QSqlQuery meta(QSqlDatabase::database(m_connection, false));
    meta.prepare(QStringLiteral("SELECT fetched_at FROM datasets WHERE name = ?"));
    meta.addBindValue(dataset);
    return meta.exec() && meta.next() ? QDateTime::fromString(meta.value(0).toString(), Qt::ISODateWithMs) : QDateTime();
}

bool OfflineStore::clear()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction())
        return fail(db.lastError(), clearFailed());
    QSqlQuery query(db);
    m_refreshes.clear();
    for (const char *table : {"records", "datasets"}) {
        if (!query.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table))) {
            const QSqlError error = query.lastError();
            db.rollback();
            return fail(error, clearFailed());
        }
    }
    if (!db.commit())
        return fail(db.lastError(), clearFailed());
    // Deleted rows may linger in free pages and the journal: make the bytes go too.
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    query.exec(QStringLiteral("VACUUM"));
    return true;
}

} // namespace cache
