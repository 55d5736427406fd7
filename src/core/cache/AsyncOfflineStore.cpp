// SPDX-License-Identifier: GPL-3.0-or-later
#include "AsyncOfflineStore.h"

#include <QPointer>
#include <QThread>
#include <memory>

namespace cache {

namespace {
//! Owns the store on the worker thread, so it is opened, used and closed there (QSqlDatabase rule).
class StoreHolder : public QObject
{
public:
    std::unique_ptr<OfflineStore> store;
};
} // namespace

AsyncOfflineStore::AsyncOfflineStore(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_thread(new QThread(this)), m_worker(new StoreHolder)
{
    qRegisterMetaType<cache::OfflineStore::OpenResult>();
    m_thread->setObjectName(QStringLiteral("offline-store"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    post([this](OfflineStore &store) {
        store.open();
        const auto result = store.openResult();
        const QString message = result == OfflineStore::OpenResult::Recovered || result == OfflineStore::OpenResult::Failed
                                    ? store.errorMessage()
                                    : QString();
        QMetaObject::invokeMethod(this, [this, result, message] { Q_EMIT opened(result, message); }, Qt::QueuedConnection);
    });
}

AsyncOfflineStore::~AsyncOfflineStore()
{
    // Writes already queued must reach the disk: the thread is told to stop through the same
    // queue, so it stops only after them (a plain quit() would drop them).
    QMetaObject::invokeMethod(m_worker, [thread = m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
}

void AsyncOfflineStore::post(std::function<void(OfflineStore &)> work)
{
    auto *holder = static_cast<StoreHolder *>(m_worker);
    QMetaObject::invokeMethod(
        m_worker,
        [holder, path = m_path, work = std::move(work)] {
            if (!holder->store)
                holder->store = std::make_unique<OfflineStore>(path);
            work(*holder->store);
        },
        Qt::QueuedConnection);
}

void AsyncOfflineStore::reportWrite(OfflineStore &store, bool ok)
{
    if (ok || !store.isOpen())
        return; // a store that never opened said so once, in opened()
    const QString message = store.errorMessage();
    if (message.isEmpty())
        return; // a page for a refresh that was not started (logged): nothing a person can act on
    const bool full = store.isFull();
    QMetaObject::invokeMethod(this, [this, message, full] { Q_EMIT writeFailed(message, full); }, Qt::QueuedConnection);
}

void AsyncOfflineStore::answer(QPointer<QObject> context, const Loaded &onLoaded, const QVariant &decoded,
                               const QDateTime &fetchedAt)
{
    QMetaObject::invokeMethod(
        this,
        [context, onLoaded, decoded, fetchedAt] {
            if (context) // the asker may have gone meanwhile (account switched, view closed)
                onLoaded(decoded, fetchedAt);
        },
        Qt::QueuedConnection);
}

void AsyncOfflineStore::load(const QString &dataset, Decoder decoder, QObject *context, Loaded onLoaded)
{
    post([this, dataset, decoder = std::move(decoder), guard = QPointer<QObject>(context),
          onLoaded = std::move(onLoaded)](OfflineStore &store) {
        const CachedDataset data = store.read(dataset);
        answer(guard, onLoaded, decoder ? decoder(data) : QVariant::fromValue(data.records), data.fetchedAt);
    });
}

void AsyncOfflineStore::loadStored(const QString &dataset, StoredDecoder decoder, QObject *context, Loaded onLoaded)
{
    post([this, dataset, decoder = std::move(decoder), guard = QPointer<QObject>(context),
          onLoaded = std::move(onLoaded)](OfflineStore &store) {
        const StoredDataset data = store.readStored(dataset);
        answer(guard, onLoaded, decoder(data), data.fetchedAt);
    });
}

void AsyncOfflineStore::loadRecord(const QString &dataset, qint64 id, RecordDecoder decoder, QObject *context,
                                   Loaded onLoaded)
{
    post([this, dataset, id, decoder = std::move(decoder), guard = QPointer<QObject>(context),
          onLoaded = std::move(onLoaded)](OfflineStore &store) {
        const QByteArray bytes = store.readStoredRecord(dataset, id);
        answer(guard, onLoaded, decoder(bytes), bytes.isEmpty() ? QDateTime() : store.fetchedAt(dataset));
    });
}

void AsyncOfflineStore::beginRefresh(const QString &dataset)
{
    post([this, dataset](OfflineStore &store) { reportWrite(store, store.beginRefresh(dataset)); });
}

void AsyncOfflineStore::writePage(const QString &dataset, const QList<CacheRecord> &records, RecordEncoder encoder)
{
    post([this, dataset, records, encoder](OfflineStore &store) {
        reportWrite(store, store.writePage(dataset, records, encoder));
    });
}

void AsyncOfflineStore::commitRefresh(const QString &dataset, const QDateTime &fetchedAt, const QString &language)
{
    post([this, dataset, fetchedAt, language](OfflineStore &store) {
        const bool ok = store.commitRefresh(dataset, fetchedAt, language);
        reportWrite(store, ok);
        if (ok)
            QMetaObject::invokeMethod(
                this, [this, dataset, fetchedAt] { Q_EMIT committed(dataset, fetchedAt); }, Qt::QueuedConnection);
    });
}

void AsyncOfflineStore::upsert(const QString &dataset, const QList<CacheRecord> &records, RecordEncoder encoder)
{
    post([this, dataset, records, encoder](OfflineStore &store) {
        reportWrite(store, store.upsert(dataset, records, encoder));
    });
}

void AsyncOfflineStore::clear()
{
    post([this](OfflineStore &store) {
        const bool ok = store.clear();
        reportWrite(store, ok);
        if (ok)
            QMetaObject::invokeMethod(this, [this] { Q_EMIT cleared(); }, Qt::QueuedConnection);
    });
}

} // namespace cache
