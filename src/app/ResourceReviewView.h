// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "repository/Pending.h"
#include "repository/ResourceReviewRepository.h"

#include <QPointer>
#include <QWidget>
#include <memory>

namespace Ui {
class ResourceReviewView;
}
namespace api {
class ApiClient;
}
namespace cache {
class AsyncOfflineStore;
}
namespace models {
class ResourceReviewModel;
}
namespace repository {
class ListPager;
class ResourceAuditRunner;
class ResourceCsvExport;
}
class QTreeWidgetItem;

//! Resource review, for staff: every resource of the account's locations (hidden and archived ones
//! too) in a dense table that sorts and filters on the server and pages as it scrolls; a detail
//! pane with every field of the selected record (Zoom tokens only as "set"/"not set"); an audit of
//! all resources with a count per rule (a click shows that rule's resources); and "Export CSV…" of
//! the filtered view. A 401/403 is explained in the view, never a crash.
//! When the space cannot be reached, the table, the details opened before, the filter choices and the
//! audit come from the offline copy, and the view says from when; the export needs the space.
class ResourceReviewView : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceReviewView(QWidget *parent = nullptr);
    ~ResourceReviewView() override;

    //! The current account's review (AccountContext::review()): the view empties and waits for
    //! reload() (nullptr empties it). With the repository's offline copy, the resources reviewed stay
    //! viewable without a connection.
    void setRepository(repository::ResourceReviewRepository *repository);
    //! The space's currency, for cancellation-fee amounts in the detail pane.
    void setCurrencyCode(const QString &code);
    bool isShowingOfflineCopy() const;

    models::ResourceReviewModel *model() const { return m_model; }
    repository::ResourceAuditRunner *audit() const { return m_audit; }
    //! The resource in the detail pane, 0 when none.
    qint64 currentId() const { return m_current.resource.id; }
    //! The value the detail pane shows for a field label (tests, accessibility checks).
    QString detailValue(const QString &label) const;
    QString messageText() const;
    bool isReady() const { return m_ready; }

public Q_SLOTS:
    //! Reads the first page, the filter choices and the audit again.
    void reload();
    //! Writes every resource of the current filters and sort to `path`; the answer comes with
    //! exportFinished(). Returns false when it could not start.
    bool exportCsv(const QString &path);
    //! Limits the table to the resources one audit rule flags (index in ResourceAudit::allRules()).
    void showAuditRule(int ruleIndex);
    //! Lifts the audit-rule limit.
    void showAllResources();

Q_SIGNALS:
    //! The first page (or its failure) and the audit arrived after reload().
    void ready();
    //! The detail pane shows this resource's full record.
    void resourceShown(qint64 id);
    void auditFinished();
    void exportFinished(bool ok, int rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilters();
    void fillFilterChoices(const QList<domain::ResourceType> &types);
    void retranslateChoices();
    void onCurrentChanged();
    void showDetail(const domain::ReviewedResource &record);
    void clearDetail();
    void renderAudit();
    void setMessage(const QString &text);
    QString explain(const QString &message, int httpStatus) const;
    void chooseExportFile();
    void markReady();
    void onOfflineCopyShown(const QDateTime &seenAt);
    void showDetailFromCopy(qint64 id);
    void updateExportButton();

    std::unique_ptr<Ui::ResourceReviewView> m_ui;
    models::ResourceReviewModel *m_model;
    repository::ResourceAuditRunner *m_audit;
    QPointer<repository::ResourceReviewRepository> m_repository;
    QPointer<repository::ListPager> m_typesPager;
    QPointer<repository::ResourceCsvExport> m_export;
    repository::Pending m_detailRequest;
    domain::ReviewedResource m_current;
    QList<qint64> m_ruleIds; //!< the audit rule's resources the table is limited to, empty = all
    QString m_currencyCode;
    QString m_auditError;
    bool m_ready = false;
    bool m_pageArrived = false; //!< the first page (or its failure) since reload()
};
