// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectivityMonitor.h"

#include "Logging.h"

#include <QNetworkInformation>

namespace repository {

ConnectivityMonitor::ConnectivityMonitor(QObject *parent) : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectivityMonitor::retryWanted);
    // Not every system has a backend (containers, minimal sessions): then the timer alone retries.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (m_offline && reachability == QNetworkInformation::Reachability::Online) {
                        qCInfo(lcNet) << "The system reports the network is back; trying the space";
                        m_retryTimer.stop();
                        Q_EMIT retryWanted();
                    }
                });
    }
}

void ConnectivityMonitor::reportUnreachable(const QDateTime &dataFetchedAt)
{
    m_dataFetchedAt = dataFetchedAt;
    const bool changed = !m_offline;
    m_offline = true;
    scheduleRetry();
    if (changed) {
        qCInfo(lcNet) << "Offline: the space cannot be reached";
        Q_EMIT offlineChanged(true);
    }
}

void ConnectivityMonitor::reportReachable(const QDateTime &dataFetchedAt)
{
    if (dataFetchedAt.isValid())
        m_dataFetchedAt = dataFetchedAt;
    m_retryTimer.stop();
    m_attempt = 0;
    if (!m_offline)
        return;
    m_offline = false;
    qCInfo(lcNet) << "Online again";
    Q_EMIT offlineChanged(false);
}

void ConnectivityMonitor::scheduleRetry()
{
    if (m_delays.isEmpty() || m_retryTimer.isActive())
        return;
    m_retryTimer.start(m_delays.at(qMin(m_attempt, int(m_delays.size()) - 1)));
    ++m_attempt;
}

} // namespace repository
