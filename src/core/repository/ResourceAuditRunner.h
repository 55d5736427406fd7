// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ResourceAudit.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace repository {

class ListPager;
class ResourceReviewRepository;

//! Runs the resource audit over ALL resources of the account (every page, whatever the view shows)
//! and every booking rate. Rates that cannot be read (403, 404, …) do not stop it: the rates rule
//! is then reported as not checked. A failure to read the resources fails the run, unless the space
//! cannot be reached and the offline copy holds resources: the audit then runs over the copy.
class ResourceAuditRunner : public QObject
{
    Q_OBJECT
public:
    explicit ResourceAuditRunner(QObject *parent = nullptr);

    void setRepository(ResourceReviewRepository *repository);
    //! Starts (or starts over); the previous run's answers are dropped.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<domain::AuditFinding> &findings() const { return m_findings; }
    //! The resources the last run read (for names in the view), tokens already dropped.
    int resourcesChecked() const { return m_checked; }
    //! Why the booking rates could not be read, empty when they were.
    QString ratesError() const { return m_ratesError; }
    //! The last run read the offline copy (the space could not be reached), as of copySeenAt().
    bool isFromCopy() const { return m_copySeenAt.isValid(); }
    QDateTime copySeenAt() const { return m_copySeenAt; }

Q_SIGNALS:
    void progress(int resourcesRead, int totalResources);
    void finished();
    void failed(const QString &message);

private:
    //! One more booking rate for its resource type (online pages and the copy alike).
    void countRate(const QJsonObject &record);
    void finishIfDone();
    void runOnCopy(const QString &failure);

    QPointer<ResourceReviewRepository> m_repository;
    QPointer<ListPager> m_resourcePager;
    QPointer<ListPager> m_ratesPager;
    QList<domain::Resource> m_resources;
    QHash<qint64, int> m_rates;
    bool m_resourcesDone = false;
    bool m_ratesDone = false;
    bool m_ratesReadable = true;
    bool m_running = false;
    int m_checked = 0;
    QString m_ratesError;
    QJsonArray m_rateRecords; //!< kept in the offline copy once complete
    QDateTime m_copySeenAt;
    QList<domain::AuditFinding> m_findings;
};

} // namespace repository
