// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatasetRefresh.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>

namespace repository {

//! A full refresh of everything an account may see offline: rooms, bookings (upcoming and
//! cancelled), news and, for staff, applications; then the space's words in the client's language
//! (SpaceWordsRepository). One dataset after another, each paged within
//! the throttle and swapped into the offline copy only once complete. A dataset the space does not
//! offer, or does not let this account read, is skipped (its earlier copy stays) and the sync goes
//! on. Used by `--sync` (and by a "sync now" in the window).
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
    //! Datasets skipped because the space does not offer them here, with the space's answer.
    const QMap<QString, api::ApiError> &skipped() const { return m_skipped; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    //! The dataset saved last (empty when every one was skipped): once the store has committed it,
    //! the whole sync is on disk.
    QString lastSavedDataset() const { return m_lastSaved; }

Q_SIGNALS:
    //! `step` of `steps` datasets; within it, `pagesDone` of `totalPages`.
    void progress(const QString &dataset, int step, int steps, int pagesDone, int totalPages);
    void retryScheduled(const QString &dataset, int attempt, qint64 delayMs);
    //! The space does not offer this dataset to this account (404, 403, 405, 501): the sync goes on.
    void datasetSkipped(const QString &dataset, const api::ApiError &error);
    //! Every dataset was fetched or skipped.
    void finished();
    //! A dataset could not be fetched (unreachable, throttled past the retries, unreadable, session
    //! over): the sync stops there; datasets done before are saved.
    void failed(const QString &dataset, const api::ApiError &error);

private:
    void runStep(int index);
    void syncWords();

    api::ApiClient *m_client;
    cache::AsyncOfflineStore *m_store;
    QList<DatasetRefresh::Source> m_sources;
    DatasetRefresh *m_current = nullptr;
    QMap<QString, int> m_counts;
    QMap<QString, api::ApiError> m_skipped;
    QString m_lastSaved;
    QElapsedTimer m_clock;
};

} // namespace repository
