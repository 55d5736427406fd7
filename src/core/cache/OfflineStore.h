// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlError;

namespace cache {

//! One record of a dataset: the API's JSON and the id it is known by.
struct CacheRecord {
    qint64 id = 0;
    QJsonObject json;
};

//! Turns a record into the bytes kept for it. None: the API's JSON text, with every key that names
//! a secret stripped. An encoder instead keeps only the fields it knows (a whitelist, e.g. the
//! mapped domain value) and must never keep a secret; ResourceCodec's tests check that it does not.
//! Runs on several threads at once, so it must be reentrant.
using RecordEncoder = QByteArray (*)(const QJsonObject &record);

//! A dataset's records as they are kept (see RecordEncoder), for readers that decode them themselves.
struct StoredDataset {
    QList<QByteArray> records; //!< in the order the server listed them
    QDateTime fetchedAt;
    QString language;
    bool isValid() const { return fetchedAt.isValid(); }
};

//! A dataset as it was last completely fetched.
struct CachedDataset {
    QList<QJsonObject> records; //!< in the order the server listed them
    QDateTime fetchedAt;        //!< UTC; invalid when the dataset was never fetched completely
    QString language;           //!< the /{lang}/ code the records were fetched in (localized routes)
    bool isValid() const { return fetchedAt.isValid(); }
};

//! The offline copy of one account's data: a SQLite file (QSQLITE, WAL) with a schema version and
//! migrations. Datasets ("resources", "bookings", "news"...) are replaced whole: a refresh writes
//! its pages under a new generation number, one transaction per page, and only commitRefresh()
//! makes that generation the one read, so a crash or kill mid-sync leaves the last complete data. Secrets (SecretKey, Zoom
//! tokens, anything named like a token or password) are stripped before any byte is written.
//!
//! Synchronous and bound to the thread that opened it (a QSqlDatabase rule): the app uses it
//! through AsyncOfflineStore on a worker thread; tests, the benchmark and --sync may use it directly.
class OfflineStore
{
    Q_DECLARE_TR_FUNCTIONS(cache::OfflineStore)
public:
    enum class OpenResult {
        NotOpened,
        Opened,    //!< an existing store, migrated to the current schema if it was older
        Created,   //!< there was none: an empty store
        Recovered, //!< the file was unreadable: moved aside (movedAsidePath()) and rebuilt empty
        Failed,    //!< no store at all (errorMessage() says why); the app works online only
    };
    static constexpr int currentSchemaVersion = 2;

    explicit OfflineStore(QString path);
    ~OfflineStore();
    OfflineStore(const OfflineStore &) = delete;
    OfflineStore &operator=(const OfflineStore &) = delete;

    //! Where an account's store lives: AppLocalDataLocation/offline/<safe account id>.sqlite.
    static QString defaultPath(const QString &accountId);

    //! Opens (creating, migrating or rebuilding as needed). True when the store can be used.
    bool open();
    //! Opens without migrating past `version`: only for tests of the migrations.
    bool openAtSchemaVersion(int version);
    bool isOpen() const;
    OpenResult openResult() const { return m_openResult; }
    int schemaVersion() const;
    QString path() const { return m_path; }
    QString movedAsidePath() const { return m_movedAside; }
    //! The last failure in words for people (translated): disk full, unreadable file...
    QString errorMessage() const { return m_error; }
    //! The last failure was a full disk or a store at its size limit.
    bool isFull() const { return m_full; }

    //! Caps the file's size; writes beyond it fail with isFull() and keep what was there.
    void setMaximumSize(qint64 bytes);

    //! Starts a full refresh of `dataset`: forgets any pages an interrupted refresh left.
    bool beginRefresh(const QString &dataset);
    //! Adds one page of the refresh in one transaction. Records are kept as JSON text stripped of
    //! secrets or, with an `encoder`, in the form it gives (see RecordEncoder).
    bool writePage(const QString &dataset, const QList<CacheRecord> &records, RecordEncoder encoder = nullptr);
    //! Makes the refreshed pages the dataset, atomically, stamped with `fetchedAt` (UTC).
    bool commitRefresh(const QString &dataset, const QDateTime &fetchedAt, const QString &language = {});
    //! beginRefresh + one writePage + commitRefresh.
    bool replace(const QString &dataset, const QList<CacheRecord> &records, const QDateTime &fetchedAt,
                 const QString &language = {});
    //! Merges records into the live dataset (a detail fetched when opened) without a refresh.
    bool upsert(const QString &dataset, const QList<CacheRecord> &records, RecordEncoder encoder = nullptr);

    //! The dataset as last committed, records as JSON; empty and invalid when there is none (or the
    //! store is closed). Only for datasets kept as JSON text.
    CachedDataset read(const QString &dataset) const;
    //! The dataset as last committed, records in the bytes they are kept in.
    StoredDataset readStored(const QString &dataset) const;
    //! One record of the dataset as kept (empty when it is not there), without reading the rest.
    QByteArray readStoredRecord(const QString &dataset, qint64 id) const;
    QDateTime fetchedAt(const QString &dataset) const;
    //! Forgets every dataset of this account (the "remove offline data" action).
    bool clear();

    //! `json` without SecretKey, ZoomAccessToken, ZoomRefreshToken or any key that names a token,
    //! secret or password, at any depth.
    static QJsonObject withoutSecrets(const QJsonObject &json);

private:
    bool openFile();
    bool migrate(int targetVersion);
    bool looksHealthy();
    bool hasExpectedLayout(int version);
    void moveAside();
    void close();
    //! Records `error` (`sentence` holds %1 for its text) and returns false.
    bool fail(const QSqlError &error, const QString &sentence);
    static QString openFailed();
    static QString writeFailed();
    static QString clearFailed();
    bool writeRecords(const QString &dataset, int generation, const QList<CacheRecord> &records, int firstPosition,
                      RecordEncoder encoder);
    int currentGeneration(const QString &dataset) const;

    //! A refresh in progress: the generation its rows are written under, and how many so far.
    struct Refresh {
        int generation = 0;
        int written = 0;
    };
    QHash<QString, Refresh> m_refreshes;

    QString m_path;
    QString m_connection;
    QString m_movedAside;
    QString m_error;
    bool m_full = false;
    qint64 m_maximumSize = 0;
    OpenResult m_openResult = OpenResult::NotOpened;
};

} // namespace cache
