// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSync.h"

#include "MainWindow.h"
#include "SyncProgress.h"
#include "SyncWording.h"
#include "api/ApiError.h"
#include "repository/AccountContext.h"
#include "repository/FullSync.h"

GuiSync::GuiSync(MainWindow *window, QObject *parent) : QObject(parent), m_window(window) {}

void GuiSync::start(repository::AccountContext *context, bool includeStaff)
{
    if (!context || m_sync)
        return;
    using repository::FullSync;
    SyncProgress *progress = m_window->syncProgress();
    FullSync *sync = context->newFullSync(includeStaff, this);
    m_sync = sync;
    Q_EMIT started();
    connect(sync, &FullSync::progress, progress, [progress](const QString &dataset, int step, int steps, int done, int total) {
        progress->showProgress(tr("Syncing %1 (%2 of %3)").arg(SyncWording::datasetTitle(dataset)).arg(step).arg(steps),
                               done, total);
    });
    connect(sync, &FullSync::finished, this, [this, progress, sync] {
        progress->finish();
        if (sync->lastSavedDataset().isEmpty())
            m_window->showNotice(SyncWording::nothingSynced(*sync));
        else
            m_window->showStatus(tr("The offline copy is up to date: %1.").arg(SyncWording::summary(*sync)));
        end(true);
    });
    connect(sync, &FullSync::failed, this, [this, progress](const QString &dataset, const api::ApiError &error) {
        progress->finish();
        m_window->showNotice(SyncWording::stopped(dataset, error));
        end(false);
    });
    connect(progress, &SyncProgress::cancelRequested, sync, [this, progress, sync] {
        sync->cancel();
        progress->finish();
        m_window->showStatus(tr("Sync stopped. The offline copy keeps what was complete before."));
        end(false);
    });
    sync->start();
}

void GuiSync::end(bool reachedSpace)
{
    m_sync->deleteLater();
    m_sync = nullptr;
    Q_EMIT ended(reachedSpace);
}
