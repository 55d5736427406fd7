// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessSync.h"

#include "SyncWording.h"
#include "api/ApiError.h"
#include "repository/AccountContext.h"
#include "repository/FullSync.h"
#include "repository/IdentityLoader.h"

#include <cstdio>

HeadlessSync::HeadlessSync(repository::AccountContext *context, QObject *parent)
    : QObject(parent), m_context(context)
{
    connect(m_context, &repository::AccountContext::offlineCopyWriteFailed, this, &HeadlessSync::failed);
    connect(m_context, &repository::AccountContext::datasetCommitted, this, [this](const QString &dataset) {
        m_committed.insert(dataset);
        if (m_finished && dataset == m_sync->lastSavedDataset())
            report();
    });
}

void HeadlessSync::start()
{
    // Staff also keep the applications: the profile says who this is first.
    repository::IdentityLoader *loader = m_context->newIdentityLoader(this);
    connect(loader, &repository::IdentityLoader::loaded, this, [this, loader](const domain::Identity &identity) {
        loader->deleteLater();
        startSync(identity.isStaff);
    });
    connect(loader, &repository::IdentityLoader::failed, this, [this, loader] {
        loader->deleteLater();
        startSync(false);
    });
    loader->load();
}

void HeadlessSync::startSync(bool includeStaff)
{
    using repository::FullSync;
    m_sync = m_context->newFullSync(includeStaff, this);
    connect(m_sync, &FullSync::progress, this, [](const QString &dataset, int step, int steps, int done, int total) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("[%1/%2] %3: page %4 of %5")
                                                    .arg(step).arg(steps).arg(SyncWording::datasetTitle(dataset))
                                                    .arg(done).arg(total)));
    });
    connect(m_sync, &FullSync::retryScheduled, this, [](const QString &dataset, int, qint64 delayMs) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("%1: the space did not answer; trying again in %n second(s)…", nullptr,
                                                    int((delayMs + 999) / 1000)).arg(SyncWording::datasetTitle(dataset))));
    });
    connect(m_sync, &FullSync::failed, this, [this](const QString &dataset, const api::ApiError &error) {
        Q_EMIT failed(SyncWording::stopped(dataset, error));
    });
    connect(m_sync, &FullSync::datasetSkipped, this, [](const QString &dataset, const api::ApiError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Skipped %1: %2.").arg(SyncWording::datasetTitle(dataset),
                                                                         SyncWording::unavailableReason(error))));
    });
    connect(m_sync, &FullSync::finished, this, [this] {
        m_finished = true;
        const QString last = m_sync->lastSavedDataset();
        if (last.isEmpty()) {
            Q_EMIT failed(SyncWording::nothingSynced(*m_sync));
            return;
        }
        // The summary waits for the last dataset to be on disk, not just fetched (a skipped dataset
        // at the end means the last one saved may be on disk already).
        if (m_committed.contains(last))
            report();
    });
    m_sync->start();
}

void HeadlessSync::report()
{
    if (m_reported)
        return;
    m_reported = true;
    std::printf("%s\n", qPrintable(tr("Synced %1 for %2 in %3 s; the offline copy is at %4.")
                                       .arg(SyncWording::summary(*m_sync), m_context->id())
                                       .arg(double(m_sync->elapsedMs()) / 1000.0, 0, 'f', 1)
                                       .arg(m_context->offlinePath())));
    std::fflush(stdout);
    Q_EMIT succeeded();
}
