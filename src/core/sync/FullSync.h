// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatasetRefresh.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>

namespace repository {

//! A full refresh of everything an account may see offline: rooms, bookings (upcoming and
//! cancelled), news and, for staff, applications. One dataset after another, each paged within
//! the throttle and swapped into the offline copy only once complete. Used by `--sync` (and by a
//! "sync now" in the window).
class FullSync : public QObject
{
    Q_OBJECT
public:
    //! The datasets, in the order they are fetched; `includeStaff` adds the staff-only ones.
    static QList<DatasetRefresh::Source> sources(bool includeStaff);

    FullSync(api::ApiClient *client, cache::AsyncOfflineStore *store, bool includeStaff, QObject *parent = nullptr);

    void start();
    void cancel();
    //! Records fetched per dataset so far.
    const QMap<QString, int> &counts() const { return m_counts; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    //! The dataset fetched last: once the store has committed it, the whole sync is on disk.
    QString lastDataset() const { return m_sources.constLast().dataset; }

Q_SIGNALS:
    //! `step` of `steps` datasets; within it, `pagesDone` of `totalPages`.
    void progress(const QString &dataset, int step, int steps, int pagesDone, int totalPages);
    void retryScheduled(const QString &dataset, int attempt, qint64 delayMs);
    void finished();
    //! A dataset could not be fetched: the sync stops there; datasets done before are saved.
    void failed(const QString &dataset, const api::ApiError &error);

private:
    void runStep(int index);

    api::ApiClient *m_client;
    cache::AsyncOfflineStore *m_store;
    QList<DatasetRefresh::Source> m_sources;
    DatasetRefresh *m_current = nullptr;
    QMap<QString, int> m_counts;
    QElapsedTimer m_clock;
};

} // namespace repository
