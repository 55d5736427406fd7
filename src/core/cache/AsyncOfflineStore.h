// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OfflineStore.h"

#include <QObject>
#include <QPointer>
#include <QVariant>
#include <functional>

class QThread;

namespace cache {

//! An OfflineStore on a worker thread, so the window never waits for the disk. Calls are queued in
//! order; answers come back as signals on the caller's thread. Destroying it finishes the writes
//! already queued, then stops the thread.
class AsyncOfflineStore : public QObject
{
    Q_OBJECT
public:
    //! Turns a dataset into what the caller wants (e.g. QList<Resource>), on the worker thread.
    using Decoder = std::function<QVariant(const CachedDataset &)>;
    //! The same for a dataset kept in its own form (see RecordEncoder): it gets the bytes as kept.
    using StoredDecoder = std::function<QVariant(const StoredDataset &)>;
    //! Gets the decoded dataset on the store's thread; `fetchedAt` is invalid when there is none.
    using Loaded = std::function<void(const QVariant &decoded, const QDateTime &fetchedAt)>;

    //! Opens the store at `path` on the worker; opened() tells how that went.
    explicit AsyncOfflineStore(const QString &path, QObject *parent = nullptr);
    ~AsyncOfflineStore() override;

    QString path() const { return m_path; }

    //! Reads `dataset`, decodes it on the worker (no decoder: QList<QJsonObject>) and hands it to
    //! `onLoaded`, unless `context` is gone by then. Each caller gets its own answer.
    void load(const QString &dataset, Decoder decoder, QObject *context, Loaded onLoaded);
    //! load() for a dataset kept in its own form: `decoder` gets the records' bytes.
    void loadStored(const QString &dataset, StoredDecoder decoder, QObject *context, Loaded onLoaded);
    //! Decodes one record's bytes (empty when the copy does not have it).
    using RecordDecoder = std::function<QVariant(const QByteArray &bytes)>;
    //! One record of `dataset` by id; `onLoaded` gets the dataset's fetch time with it.
    void loadRecord(const QString &dataset, qint64 id, RecordDecoder decoder, QObject *context, Loaded onLoaded);
    void beginRefresh(const QString &dataset);
    //! `encoder` runs on the worker too (none: JSON text).
    void writePage(const QString &dataset, const QList<CacheRecord> &records, RecordEncoder encoder = nullptr);
    void commitRefresh(const QString &dataset, const QDateTime &fetchedAt, const QString &language = {});
    void upsert(const QString &dataset, const QList<CacheRecord> &records, RecordEncoder encoder = nullptr);
    void clear();

Q_SIGNALS:
    //! `message` is empty unless the person should hear about it (rebuilt after damage, no store).
    void opened(cache::OfflineStore::OpenResult result, const QString &message);
    void committed(const QString &dataset, const QDateTime &fetchedAt);
    void cleared();
    //! A write failed (the disk is full, the file went away...); what was saved before is kept.
    void writeFailed(const QString &message, bool diskFull);

private:
    //! Runs `work` with the store on the worker thread, in call order.
    void post(std::function<void(OfflineStore &)> work);
    void reportWrite(OfflineStore &store, bool ok);
    //! Hands `decoded` to `onLoaded` on this object's thread, if `context` still lives.
    void answer(QPointer<QObject> context, const Loaded &onLoaded, const QVariant &decoded, const QDateTime &fetchedAt);

    QString m_path;
    QThread *m_thread;
    QObject *m_worker; //!< lives on m_thread; owns the OfflineStore there
};

} // namespace cache

Q_DECLARE_METATYPE(cache::OfflineStore::OpenResult)
