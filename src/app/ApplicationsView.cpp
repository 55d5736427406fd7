// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/Clock.h"
#include "ApplicationsView.h"

#include "ApplicationForm.h"
#include "models/ApplicationListModel.h"
#include "repository/ApplicationRepository.h"
#include "ui_ApplicationsView.h"

#include <QClipboard>
#include <QDateTime>
#include <QLocale>
#include <QEvent>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

ApplicationsView::ApplicationsView(QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ApplicationsView>()),
      m_model(new models::ApplicationListModel(this)),
      m_confirm([](QWidget *parentWidget, const QString &title, const QString &question) {
          QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parentWidget);
          QPushButton *confirm = box.addButton(ApplicationsView::tr("Delete"), QMessageBox::DestructiveRole);
          box.setDefaultButton(QMessageBox::Cancel);
          box.exec();
          return box.clickedButton() == confirm;
      }),
      m_openForm([](ApplicationForm *form) { form->open(); })
{
    m_ui->setupUi(this);
    m_ui->applicationList->setModel(m_model);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    setMessage({});
    clearDetail();

    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this,
            [this] { m_model->setSearch(m_ui->searchEdit->text()); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_model->setSearch({}); // the clear button shows everything again
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ApplicationsView::reload);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ApplicationsView::openNewForm);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ApplicationsView::openEditForm);
    connect(m_ui->publishButton, &QPushButton::clicked, this, &ApplicationsView::togglePublished);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ApplicationsView::deleteCurrent);
    connect(m_ui->revealButton, &QPushButton::clicked, this, &ApplicationsView::toggleSecret);
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, &ApplicationsView::copySecret);
    connect(m_ui->applicationList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ApplicationsView::onCurrentChanged);
    connect(m_model, &models::ApplicationListModel::pageLoaded, this, &ApplicationsView::onPageLoaded);
    connect(m_model, &models::ApplicationListModel::offlineCopyShown, this, &ApplicationsView::onOfflineCopyShown);
    connect(m_model, &models::ApplicationListModel::errorOccurred, this, [this](const QString &message) {
        setMessage(message);
        markReady();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_current.id != 0 && m_model->rowForId(m_current.id) < 0 && m_selectAfterLoad == 0)
            clearDetail();
    });
    updateActions();
}

ApplicationsView::~ApplicationsView()
{
    m_current.secretKey.fill(QLatin1Char(' ')); // do not leave it behind in freed memory
}

void ApplicationsView::setRepository(repository::ApplicationRepository *repository)
{
    if (m_repository == repository)
        return;
    m_detailRequest.abandon();
    m_repository = repository;
    m_model->setRepository(m_repository);
    m_ready = false;
    setMessage({});
    clearDetail();
}

bool ApplicationsView::isShowingOfflineCopy() const
{
    return m_model->isOfflineCopy();
}

QString ApplicationsView::offlineReason()
{
    return tr("Creating, editing, publishing and deleting applications need a connection to the space, and so "
              "does the secret key, which is never kept offline.");
}

void ApplicationsView::onOfflineCopyShown(const QDateTime &seenAt)
{
    const QString when = QLocale().toString(core::Clock::onComputer(seenAt), QLocale::ShortFormat);
    QString text = m_model->rowCount() > 0 ? tr("The space cannot be reached: this is the offline copy from %1.").arg(when)
                   : m_model->search().isEmpty()
                       ? tr("The space cannot be reached, and its offline copy from %1 has no applications.").arg(when)
                       : tr("The space cannot be reached, and its offline copy from %1 has no application called \"%2\".")
                             .arg(when, m_model->search());
    setMessage(text + QLatin1Char(' ') + offlineReason());
    if (m_model->rowCount() > 0 && !m_ui->applicationList->currentIndex().isValid())
        m_ui->applicationList->setCurrentIndex(m_model->index(0));
    m_selectAfterLoad = 0;
    updateActions();
    renderSecret();
    markReady();
}

repository::ApplicationRepository *ApplicationsView::repository() const
{
    return m_repository;
}

QString ApplicationsView::messageText() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

void ApplicationsView::reload()
{
    m_ready = false;
    setMessage({});
    m_model->reload();
}

void ApplicationsView::markReady()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void ApplicationsView::onPageLoaded()
{
    updateActions(); // back online after the copy: the writes are possible again
    if (m_model->rowCount() == 0)
        setMessage(m_model->search().isEmpty() ? tr("This space has no applications yet.")
                                               : tr("No application is called \"%1\".").arg(m_model->search()));
    else if (m_ui->messageLabel->text() == tr("This space has no applications yet."))
        setMessage({});
    if (m_selectAfterLoad != 0 && m_model->rowForId(m_selectAfterLoad) >= 0) {
        selectApplication(std::exchange(m_selectAfterLoad, 0));
    } else if (m_selectAfterLoad != 0 && !m_model->canFetchMore()) {
        m_selectAfterLoad = 0;
        clearDetail();
    } else if (m_selectAfterLoad != 0) {
        m_model->fetchMore(); // the written record is further down: page on to it
    } else if (!m_ui->applicationList->currentIndex().isValid() && m_model->rowCount() > 0 && m_current.id == 0) {
        m_ui->applicationList->setCurrentIndex(m_model->index(0));
    }
    markReady();
}

void ApplicationsView::selectApplication(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    if (m_ui->applicationList->currentIndex() == index)
        loadDetail(id); // same row: read it again (after a write)
    else
        m_ui->applicationList->setCurrentIndex(index);
    m_ui->applicationList->scrollTo(index);
}

void ApplicationsView::onCurrentChanged()
{
    const QModelIndex index = m_ui->applicationList->currentIndex();
    if (!index.isValid()) {
        clearDetail();
        return;
    }
    loadDetail(index.data(models::ApplicationListModel::IdRole).toLongLong());
}

void ApplicationsView::loadDetail(qint64 id)
{
    if (!m_repository)
        return;
    m_detailRequest.abandon();
    // Show the list's fields at once; the full record (with its secret) follows.
    const domain::Application listed = m_model->applicationAt(m_model->rowForId(id));
    m_secretKnown = false; // lists never carry it: "(none)" only once the full record says so
    m_detailFromCopy = false;
    if (listed.id != m_current.id)
        showDetail(listed);
    else
        renderSecret();
    if (m_model->isOfflineCopy()) {
        showDetailFromCopy(id, {}); // the space was out of reach a moment ago: do not wait for it again
        return;
    }
    m_detailRequest = m_repository->load(
        id, this,
        [this, id](const domain::Application &application) {
            m_detailRequest = {};
            if (m_ui->applicationList->currentIndex().data(models::ApplicationListModel::IdRole).toLongLong() != id)
                return;
            m_secretKnown = true;
            showDetail(application);
            Q_EMIT applicationShown(id);
        },
        [this, id](const api::ApiError &error) {
            m_detailRequest = {};
            if (error.isUnreachable()) {
                showDetailFromCopy(id, tr("Could not %1. %2").arg(tr("read this application"), error.message()));
                return;
            }
            explain(error, tr("read this application"));
        });
}

void ApplicationsView::showDetailFromCopy(qint64 id, const QString &failure)
{
    m_repository->loadRecordFromCopy(id, this, [this, id, failure](const QList<domain::Application> &found, const QDateTime &) {
        if (m_current.id != id)
            return; // another application was opened meanwhile
        m_detailFromCopy = true;
        if (!failure.isEmpty())
            setMessage(failure + QLatin1Char(' ') + offlineReason());
        if (!found.isEmpty())
            showDetail(found.first()); // as it was last opened, without its secret
        renderSecret();
        Q_EMIT applicationShown(id);
    });
}

void ApplicationsView::showDetail(const domain::Application &application)
{
    if (application.id != m_current.id)
        m_revealed = false; // another application: hidden again
    m_current = application;
    m_ui->detailBox->setTitle(application.name.isEmpty() ? tr("Application") : application.name);
    m_ui->nameValue->setText(application.name);
    m_ui->statusValue->setText(models::ApplicationListModel::statusText(application.published));
    m_ui->summaryValue->setText(application.shortDescription);
    m_ui->installUrlValue->setText(application.installUrl);
    m_ui->developerValue->setText(application.developerId ? QString::number(application.developerId) : QString());
    m_ui->keyValue->setText(application.applicationKey);
    // The description is the space's HTML: shown as plain text, so no markup or remote content runs.
    QString description = application.description;
    description.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QString());
    m_ui->descriptionView->setPlainText(description.trimmed());
    renderSecret();
    updateActions();
}

void ApplicationsView::clearDetail()
{
    m_detailRequest.abandon();
    m_current = {};
    m_revealed = false;
    m_ui->detailBox->setTitle(tr("Application"));
    for (QLabel *label : {m_ui->nameValue, m_ui->statusValue, m_ui->summaryValue, m_ui->installUrlValue,
                          m_ui->developerValue, m_ui->keyValue})
        label->clear();
    m_ui->descriptionView->clear();
    renderSecret();
    updateActions();
}

void ApplicationsView::renderSecret()
{
    const bool hasSecret = !m_current.secretKey.isEmpty();
    if (!hasSecret && m_current.id != 0 && (m_model->isOfflineCopy() || m_detailFromCopy))
        m_ui->secretValue->setText(tr("Needs a connection to the space"));
    else if (!hasSecret)
        m_ui->secretValue->setText(m_current.id == 0 ? QString() : m_secretKnown ? tr("(none)") : tr("Loading…"));
    else
        m_ui->secretValue->setText(m_revealed ? m_current.secretKey : m_current.maskedSecretKey());
    m_ui->secretValue->setAccessibleName(m_revealed ? tr("Secret key (shown)") : tr("Secret key (hidden)"));
    m_ui->revealButton->setText(m_revealed ? tr("&Hide") : tr("Re&veal"));
    m_ui->revealButton->setEnabled(hasSecret);
    m_ui->copySecretButton->setEnabled(hasSecret);
}

void ApplicationsView::toggleSecret()
{
    if (m_current.secretKey.isEmpty())
        return;
    m_revealed = !m_revealed;
    renderSecret();
}

void ApplicationsView::copySecret()
{
    if (m_current.secretKey.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_current.secretKey);
    setMessage(tr("The secret key of %1 is on the clipboard.").arg(m_current.name));
}

void ApplicationsView::updateActions()
{
    // The copy is read-only: writes need the space (the list says why above it).
    const bool offline = m_model->isOfflineCopy();
    const bool has = m_current.id != 0 && m_repository && !offline;
    m_ui->publishButton->setText(m_current.published ? tr("Un&publish") : tr("&Publish"));
    m_ui->publishButton->setEnabled(has && !m_busy);
    m_ui->editButton->setEnabled(has && !m_busy);
    m_ui->deleteButton->setEnabled(has && !m_busy);
    m_ui->newButton->setEnabled(m_repository && !m_busy && !offline);
    m_ui->refreshButton->setEnabled(m_repository != nullptr);
    const QString reason = offline ? offlineReason() : QString();
    for (QPushButton *button : {m_ui->newButton, m_ui->editButton, m_ui->publishButton, m_ui->deleteButton})
        button->setToolTip(reason);
}

void ApplicationsView::setMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ApplicationsView::explain(const api::ApiError &error, const QString &action)
{
    switch (error.kind()) {
    case api::ApiError::Kind::Unauthorized:
    case api::ApiError::Kind::Forbidden:
        //: %1 is what was tried, e.g. "delete this application"
        setMessage(tr("Your account may not %1: it needs the matching Application role "
                      "(List, Read, Create, Edit or Delete) or full administrator rights.")
                       .arg(action));
        break;
    default:
        //: %1 is what was tried, %2 the reason
        setMessage(tr("Could not %1. %2").arg(action, error.message()));
    }
}

void ApplicationsView::afterWrite(qint64 selectId, const QString &message)
{
    m_busy = false;
    m_selectAfterLoad = selectId;
    reload();
    setMessage(message);
    Q_EMIT writeFinished(true);
}

void ApplicationsView::openForm(ApplicationForm *form)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &ApplicationForm::saved, this, [this, form](qint64 id) {
        afterWrite(id, form->isEdit() ? tr("Saved.") : tr("Application created."));
    });
    m_openForm(form);
}

void ApplicationsView::openNewForm()
{
    if (m_repository && !m_model->isOfflineCopy())
        openForm(new ApplicationForm(m_repository, this));
}

void ApplicationsView::openEditForm()
{
    if (m_repository && m_current.id != 0 && !m_model->isOfflineCopy()) {
        domain::Application withoutSecret = m_current;
        withoutSecret.secretKey.clear();
        openForm(new ApplicationForm(m_repository, withoutSecret, this));
    }
}

void ApplicationsView::togglePublished()
{
    if (!m_repository || m_current.id == 0 || m_busy || m_model->isOfflineCopy())
        return;
    const bool publish = !m_current.published;
    const QString name = m_current.name;
    m_busy = true;
    updateActions();
    m_repository->setPublished(
        m_current.id, publish, this,
        [this, publish, name](qint64 id) {
            afterWrite(id, publish ? tr("%1 is published.").arg(name) : tr("%1 is no longer published.").arg(name));
        },
        [this, publish](const api::ApiError &error) {
            m_busy = false;
            updateActions();
            explain(error, publish ? tr("publish this application") : tr("unpublish this application"));
            Q_EMIT writeFinished(false);
        });
}

void ApplicationsView::deleteCurrent()
{
    if (!m_repository || m_current.id == 0 || m_busy || m_model->isOfflineCopy())
        return;
    const QString name = m_current.name;
    if (!m_confirm(this, tr("Delete application"),
                   tr("Delete the application \"%1\"? Locations that installed it lose it. This cannot be undone.")
                       .arg(name)))
        return;
    m_busy = true;
    updateActions();
    m_repository->remove(
        m_current.id, this,
        [this, name](qint64) {
            clearDetail();
            afterWrite(0, tr("%1 was deleted.").arg(name));
        },
        [this](const api::ApiError &error) {
            m_busy = false;
            updateActions();
            explain(error, tr("delete this application"));
            Q_EMIT writeFinished(false);
        });
}

void ApplicationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        renderSecret();
        updateActions();
    }
    QWidget::changeEvent(event);
}
