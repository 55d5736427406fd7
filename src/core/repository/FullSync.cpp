// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullSync.h"

#include "SpaceWordsRepository.h"
#include "StartupTiming.h"

#include "Datasets.h"
#include "ResourceDetailsLoader.h"
#include "ResourceRepository.h"
#include "ResourceReviewRepository.h"

namespace repository {

QList<DatasetRefresh::Source> FullSync::sources(bool includeStaff)
{
    // The rooms twice: as the list reads them, and every field of each, as opening one would.
    QList<DatasetRefresh::Source> out{ResourceRepository::source(), ResourceDetailsLoader::syncSource()};
    // Under the names and from the routes of the dataset table, as the repositories read them.
    auto whole = [](const Dataset &dataset, int pageSize, const QString &envelopeKey = {}) {
        return DatasetRefresh::Source{Datasets::name(dataset), Datasets::route(dataset), api::ListQuery().size(pageSize),
                                      envelopeKey};
    };
    out.append(whole(datasets::bookings, 200));
    out.append(whole(datasets::cancelledBookings, 200));
    out.append(whole(datasets::news, 50, QStringLiteral("BlogPosts")));
    if (includeStaff) {
        out.append(whole(datasets::applications, 100));
        out.append(ResourceReviewRepository::syncSources());
    }
    return out;
}

FullSync::FullSync(api::ApiClient *client, cache::AsyncOfflineStore *store, bool includeStaff, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_sources(sources(includeStaff))
{
}

void FullSync::start()
{
    m_counts.clear();
    m_skipped.clear();
    m_lastSaved.clear();
    m_clock.start();
    runStep(0);
}

void FullSync::cancel()
{
    if (m_current) {
        m_current->cancel();
        m_current->deleteLater();
        m_current = nullptr;
    }
}

void FullSync::runStep(int index)
{
    cancel();
    if (index >= m_sources.size()) {
        syncWords();
        return;
    }
    const DatasetRefresh::Source source = m_sources.at(index);
    const int steps = int(m_sources.size());
    m_current = new DatasetRefresh(m_client, m_store, source, this);
    connect(m_current, &DatasetRefresh::progress, this, [this, source, index, steps](int done, int total) {
        Q_EMIT progress(source.dataset, index + 1, steps, done, total);
    });
    connect(m_current, &DatasetRefresh::retryScheduled, this, [this, source](int attempt, qint64 delayMs) {
        Q_EMIT retryScheduled(source.dataset, attempt, delayMs);
    });
    connect(m_current, &DatasetRefresh::completed, this, [this, source, index](int records) {
        m_counts.insert(source.dataset, records);
        m_lastSaved = source.dataset;
        runStep(index + 1);
    });
    connect(m_current, &DatasetRefresh::failed, this, [this, source, index](const api::ApiError &error) {
        if (!error.isUnavailableHere()) {
            Q_EMIT failed(source.dataset, error);
            return;
        }
        m_skipped.insert(source.dataset, error);
        Q_EMIT datasetSkipped(source.dataset, error);
        // Not from inside the failing pager's signal: runStep() deletes it.
        QMetaObject::invokeMethod(this, [this, index] { runStep(index + 1); }, Qt::QueuedConnection);
    });
    m_current->start();
}

void FullSync::syncWords()
{
    // Last, and never a reason to fail: a space without localized views keeps its default words.
    auto *words = new SpaceWordsRepository(m_client, m_store, this);
    connect(words, &SpaceWordsRepository::loadFinished, this, [this, words] {
        words->deleteLater();
        int records = 0;
        for (int count : std::as_const(m_counts))
            records += count;
        timing::mark("sync-finished", QStringLiteral("records=%1").arg(records));
        Q_EMIT finished();
    });
    words->load();
}

} // namespace repository
