// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "repository/Pending.h"
#include "domain/Application.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class ApplicationsView;
}
namespace api {
class ApiClient;
}
namespace cache {
class AsyncOfflineStore;
}
namespace models {
class ApplicationListModel;
}
namespace repository {
class ApplicationRepository;
}
class ApplicationForm;

//! The space's applications, for staff: a name search, the paged list, and a detail pane with the
//! secret key masked. The key is shown only after "Reveal" and put on the clipboard only by
//! "Copy secret"; it lives in memory only while its application is shown. Publish/Unpublish, Edit,
//! Delete (after a confirmation) and New write through the repository; the list and the detail are
//! read again after every write. A 401/403 is explained in the view, never a crash.
//! When the space cannot be reached, the list (and the details opened before) come from the offline
//! copy, read-only: every write and the secret key need the network, and the view says so.
class ApplicationsView : public QWidget
{
    Q_OBJECT
public:
    //! Asks the person to confirm; returns true to go on. Injectable for tests.
    using Confirmer = std::function<bool(QWidget *parent, const QString &title, const QString &question)>;
    //! Opens the create/edit form (non-modal); injectable so tests can reach the dialog.
    using FormOpener = std::function<void(ApplicationForm *form)>;

    explicit ApplicationsView(QWidget *parent = nullptr);
    ~ApplicationsView() override;

    //! The current account's applications (AccountContext::applications()): the list empties and
    //! waits for reload() (nullptr empties the view). With the repository's offline copy, the
    //! applications seen stay listed without a connection.
    void setRepository(repository::ApplicationRepository *repository);
    //! The list and details shown are the offline copy: read-only.
    bool isShowingOfflineCopy() const;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setFormOpener(FormOpener opener) { m_openForm = std::move(opener); }

    models::ApplicationListModel *model() const { return m_model; }
    repository::ApplicationRepository *repository() const;
    //! The application in the detail pane, 0 when none.
    qint64 currentId() const { return m_current.id; }
    bool isSecretRevealed() const { return m_revealed; }
    //! The text of the status line above the list (errors, "copied", ...).
    QString messageText() const;
    //! True once the first page (or its failure) has arrived since the last reload().
    bool isReady() const { return m_ready; }

public Q_SLOTS:
    //! Loads the first page again (keeps the search).
    void reload();
    //! Selects the application with this id if it is in the list.
    void selectApplication(qint64 id);
    void openNewForm();
    void openEditForm();
    void togglePublished();
    void deleteCurrent();
    void toggleSecret();
    void copySecret();

Q_SIGNALS:
    //! The first page arrived (or failed) after reload(): the view shows what it has.
    void ready();
    //! The detail pane shows this application, freshly read.
    void applicationShown(qint64 id);
    //! A write finished; `ok` false when it failed (the reason is on screen).
    void writeFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged();
    void loadDetail(qint64 id);
    void showDetail(const domain::Application &application);
    void clearDetail();
    void renderSecret();
    void updateActions();
    void setMessage(const QString &text);
    void explain(const api::ApiError &error, const QString &action);
    void afterWrite(qint64 selectId, const QString &message);
    void onPageLoaded();
    void markReady();
    void openForm(ApplicationForm *form);
    void onOfflineCopyShown(const QDateTime &seenAt);
    void showDetailFromCopy(qint64 id, const QString &failure);
    static QString offlineReason();

    std::unique_ptr<Ui::ApplicationsView> m_ui;
    models::ApplicationListModel *m_model;
    QPointer<repository::ApplicationRepository> m_repository;
    repository::Pending m_detailRequest;
    domain::Application m_current; //!< the shown record, secret included; cleared when it goes
    qint64 m_selectAfterLoad = 0;   //!< an id to select once the list has it (after a write)
    bool m_revealed = false;
    bool m_secretKnown = false; //!< the full record (with or without a secret) has arrived
    bool m_detailFromCopy = false; //!< the detail pane shows the offline copy: no secret to wait for
    bool m_busy = false;
    bool m_ready = false;
    Confirmer m_confirm;
    FormOpener m_openForm;
};
