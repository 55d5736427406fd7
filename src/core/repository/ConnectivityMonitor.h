// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace repository {

//! Whether the space can be reached, as learnt from failed and successful requests (and from the
//! system's network state where QNetworkInformation has a backend). While offline it asks for a
//! retry now and then, sooner when the system says the network is back; a success ends it.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityMonitor(QObject *parent = nullptr);

    bool isOffline() const { return m_offline; }
    //! When the data shown was fetched (for "showing data from …"); invalid when none is shown.
    QDateTime dataFetchedAt() const { return m_dataFetchedAt; }
    //! Waits between retries while offline, growing up to the last one (tests shorten them).
    void setRetryDelaysMs(QList<int> delays) { m_delays = std::move(delays); }

    //! A request could not reach the space; the data shown is from `dataFetchedAt`.
    void reportUnreachable(const QDateTime &dataFetchedAt);
    //! A request went through: online again.
    void reportReachable(const QDateTime &dataFetchedAt = {});

Q_SIGNALS:
    void offlineChanged(bool offline);
    //! Time to try the space again (a retry timer, or the system's network came back).
    void retryWanted();

private:
    void scheduleRetry();

    bool m_offline = false;
    QDateTime m_dataFetchedAt;
    QTimer m_retryTimer;
    QList<int> m_delays{5000, 15000, 30000, 60000};
    int m_attempt = 0;
};

} // namespace repository
