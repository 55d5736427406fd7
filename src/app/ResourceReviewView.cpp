// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/Clock.h"
#include "ResourceReviewView.h"

#include "Logging.h"
#include "ResourceAuditRows.h"
#include "ResourceReviewDetails.h"
#include "domain/ResourceAudit.h"
#include "models/ResourceReviewModel.h"
#include "repository/ListPager.h"
#include "repository/ResourceAuditRunner.h"
#include "repository/ResourceCsvExport.h"
#include "ui_ResourceReviewView.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

using Columns = domain::ResourceReviewColumns;
using State = domain::ResourceReviewFilter::State;

ResourceReviewView::ResourceReviewView(QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ResourceReviewView>()),
      m_model(new models::ResourceReviewModel(this)),
      m_audit(new repository::ResourceAuditRunner(this))
{
    m_ui->setupUi(this);
    m_ui->resourceTable->setModel(m_model);
    QHeaderView *header = m_ui->resourceTable->horizontalHeader();
    header->setSortIndicator(Columns::Name, Qt::AscendingOrder);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_ui->resourceTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8); // dense rows
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({760, 500}); // the dense table gets the room; the detail pane scrolls
    m_ui->verticalSplitter->setStretchFactor(0, 1);
    m_ui->verticalSplitter->setStretchFactor(1, 0);
    m_ui->detailTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->auditTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->auditTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    retranslateChoices();
    setMessage({});
    clearDetail();
    renderAudit();
    // Every audit rule visible at once, no scrolling and no empty space; the table takes the rest.
    QTreeWidget *audit = m_ui->auditTree;
    audit->setFixedHeight(audit->sizeHintForRow(0) * audit->topLevelItemCount() + audit->header()->sizeHint().height()
                          + 2 * audit->frameWidth() + 2);

    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &ResourceReviewView::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilters(); // the clear button shows every name again
    });
    for (QComboBox *combo : {m_ui->locationCombo, m_ui->typeCombo, m_ui->stateCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ResourceReviewView::applyFilters);
    connect(m_ui->capacitySpin, &QSpinBox::valueChanged, this, &ResourceReviewView::applyFilters);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ResourceReviewView::reload);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ResourceReviewView::chooseExportFile);
    connect(m_ui->showAllButton, &QPushButton::clicked, this, &ResourceReviewView::showAllResources);
    auto onRule = [this](QTreeWidgetItem *item) {
        if (item)
            showAuditRule(item->data(0, Qt::UserRole).toInt());
    };
    connect(m_ui->auditTree, &QTreeWidget::itemClicked, this, onRule);
    connect(m_ui->auditTree, &QTreeWidget::itemActivated, this, onRule);
    connect(m_ui->resourceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResourceReviewView::onCurrentChanged);
    connect(m_model, &models::ResourceReviewModel::pagingChanged, this, [this] {
        if (m_model->isLoading() && m_model->rowCount() == 0)
            setMessage(tr("Loading resources…"));
    });
    connect(m_model, &models::ResourceReviewModel::pageLoaded, this, [this](int page) {
        updateExportButton();
        if (m_model->rowCount() == 0)
            setMessage(tr("No resource matches these filters."));
        else
            setMessage(tr("Showing %1 of %n resource(s).", nullptr, m_model->totalItems()).arg(m_model->rowCount()));
        if (page == 1) {
            qCInfo(lcApp) << "Resource review shows" << m_model->rowCount() << "of" << m_model->totalItems() << "resources";
            m_ui->resourceTable->resizeColumnsToContents();
            if (m_model->rowCount() > 0 && !m_ui->resourceTable->currentIndex().isValid())
                m_ui->resourceTable->setCurrentIndex(m_model->index(0, 0));
        }
        m_pageArrived = true;
        markReady();
    });
    connect(m_model, &models::ResourceReviewModel::offlineCopyShown, this, &ResourceReviewView::onOfflineCopyShown);
    connect(m_model, &models::ResourceReviewModel::errorOccurred, this, [this](const QString &message, int status) {
        setMessage(explain(message, status));
        m_pageArrived = true;
        markReady();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_current.resource.id != 0 && m_model->rowForId(m_current.resource.id) < 0)
            clearDetail();
    });
    connect(m_audit, &repository::ResourceAuditRunner::progress, this, [this](int read, int total) {
        m_ui->auditStatus->setText(tr("Checking every resource… %1 of %2").arg(read).arg(total));
    });
    connect(m_audit, &repository::ResourceAuditRunner::finished, this, [this] {
        m_auditError.clear();
        qCInfo(lcApp) << "Resource review: audit checked" << m_audit->resourcesChecked() << "resources";
        renderAudit();
        Q_EMIT auditFinished();
        markReady();
    });
    connect(m_audit, &repository::ResourceAuditRunner::failed, this, [this](const QString &message) {
        m_auditError = message;
        renderAudit();
        Q_EMIT auditFinished();
        markReady();
    });
}

ResourceReviewView::~ResourceReviewView() = default;

void ResourceReviewView::setRepository(repository::ResourceReviewRepository *repository)
{
    if (m_repository == repository)
        return;
    m_detailRequest.abandon();
    if (m_export)
        m_export->cancel();
    delete m_typesPager;
    m_audit->setRepository(nullptr);
    m_repository = repository;
    m_model->setRepository(m_repository);
    m_audit->setRepository(m_repository);
    m_ready = false;
    m_ruleIds.clear();
    m_auditError.clear();
    m_ui->locationCombo->clear();
    m_ui->typeCombo->clear();
    retranslateChoices();
    setMessage({});
    clearDetail();
    renderAudit();
    updateExportButton();
}

bool ResourceReviewView::isShowingOfflineCopy() const
{
    return m_model->isOfflineCopy();
}

void ResourceReviewView::onOfflineCopyShown(const QDateTime &seenAt)
{
    const QString when = QLocale().toString(core::Clock::onComputer(seenAt), QLocale::ShortFormat);
    setMessage(m_model->rowCount() == 0
                   ? tr("The space cannot be reached, and no resource of its offline copy from %1 matches these filters.").arg(when)
                   : tr("The space cannot be reached: this is the offline copy from %1, %n resource(s), sorted and "
                        "filtered on this computer. Exporting needs a connection.", nullptr, m_model->rowCount())
                         .arg(when));
    if (m_model->rowCount() > 0 && !m_ui->resourceTable->currentIndex().isValid())
        m_ui->resourceTable->setCurrentIndex(m_model->index(0, 0));
    updateExportButton();
    m_pageArrived = true;
    markReady();
}

void ResourceReviewView::updateExportButton()
{
    // The export reads every page from the space: not from the copy.
    const bool offline = m_model->isOfflineCopy();
    m_ui->exportButton->setEnabled(!offline && !m_export);
    m_ui->exportButton->setToolTip(offline ? tr("Exporting needs a connection to the space.") : QString());
}

void ResourceReviewView::setCurrencyCode(const QString &code)
{
    m_currencyCode = code;
    if (m_current.resource.id != 0)
        showDetail(m_current);
}

QString ResourceReviewView::messageText() const
{
    return m_ui->messageLabel->text();
}

QString ResourceReviewView::detailValue(const QString &label) const
{
    for (int g = 0; g < m_ui->detailTree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_ui->detailTree->topLevelItem(g);
        for (int f = 0; f < group->childCount(); ++f) {
            if (group->child(f)->text(0) == label)
                return group->child(f)->text(1);
        }
    }
    return {};
}

void ResourceReviewView::reload()
{
    m_ready = false;
    m_pageArrived = false;
    setMessage({});
    m_model->reload();
    m_audit->start();
    if (!m_repository)
        return;
    delete m_typesPager;
    m_typesPager = m_repository->loadTypes(this, [this](const QList<domain::ResourceType> &types) { fillFilterChoices(types); });
}

void ResourceReviewView::markReady()
{
    // Ready once the table's first page (or its failure) and the audit's counts are both there.
    if (m_ready || !m_pageArrived || m_audit->isRunning())
        return;
    m_ready = true;
    Q_EMIT ready();
}

void ResourceReviewView::applyFilters()
{
    domain::ResourceReviewFilter filter;
    filter.name = m_ui->searchEdit->text().trimmed();
    filter.businessId = m_ui->locationCombo->currentData().toLongLong();
    filter.resourceTypeId = m_ui->typeCombo->currentData().toLongLong();
    filter.state = State(m_ui->stateCombo->currentData().toInt());
    if (m_ui->capacitySpin->value() > 0)
        filter.minCapacity = m_ui->capacitySpin->value();
    filter.ids = m_ruleIds;
    m_ui->showAllButton->setEnabled(!m_ruleIds.isEmpty());
    m_model->setFilter(filter);
}

void ResourceReviewView::fillFilterChoices(const QList<domain::ResourceType> &types)
{
    QMap<QString, qint64> locations;
    QList<QPair<QString, qint64>> typeChoices;
    for (const domain::ResourceType &t : types) {
        locations.insert(t.businessName, t.businessId);
        typeChoices.append({tr("%1 (%2)").arg(t.name, t.businessName), t.id});
    }
    const qint64 location = m_ui->locationCombo->currentData().toLongLong();
    const qint64 type = m_ui->typeCombo->currentData().toLongLong();
    const QSignalBlocker blockLocations(m_ui->locationCombo), blockTypes(m_ui->typeCombo);
    m_ui->locationCombo->clear();
    m_ui->locationCombo->addItem(tr("All locations"), 0);
    for (auto it = locations.cbegin(); it != locations.cend(); ++it)
        m_ui->locationCombo->addItem(it.key(), it.value());
    m_ui->typeCombo->clear();
    m_ui->typeCombo->addItem(tr("All types"), 0);
    for (const auto &[name, id] : typeChoices)
        m_ui->typeCombo->addItem(name, id);
    m_ui->locationCombo->setCurrentIndex(qMax(0, m_ui->locationCombo->findData(location)));
    m_ui->typeCombo->setCurrentIndex(qMax(0, m_ui->typeCombo->findData(type)));
}

void ResourceReviewView::retranslateChoices()
{
    const QSignalBlocker block(m_ui->stateCombo);
    const int state = m_ui->stateCombo->currentIndex();
    m_ui->stateCombo->clear();
    m_ui->stateCombo->addItem(tr("All resources"), int(State::All));
    m_ui->stateCombo->addItem(tr("Visible, not archived"), int(State::Visible));
    m_ui->stateCombo->addItem(tr("Hidden"), int(State::Hidden));
    m_ui->stateCombo->addItem(tr("Archived"), int(State::Archived));
    m_ui->stateCombo->setCurrentIndex(qMax(0, state));
    for (QComboBox *combo : {m_ui->locationCombo, m_ui->typeCombo}) {
        const QSignalBlocker blockCombo(combo);
        if (combo->count() == 0)
            combo->addItem(QString(), 0);
        combo->setItemText(0, combo == m_ui->locationCombo ? tr("All locations") : tr("All types"));
    }
}

void ResourceReviewView::onCurrentChanged()
{
    const QModelIndex index = m_ui->resourceTable->currentIndex();
    if (!index.isValid()) {
        clearDetail();
        return;
    }
    const auto listed = index.data(models::ResourceReviewModel::RecordRole).value<domain::ReviewedResource>();
    showDetail(listed); // the list's fields at once; the full record (with its collections) follows
    if (!m_repository)
        return;
    m_detailRequest.abandon();
    const qint64 id = listed.resource.id;
    if (m_model->isOfflineCopy()) {
        showDetailFromCopy(id); // the space was out of reach a moment ago: do not wait for it again
        return;
    }
    m_detailRequest = m_repository->load(
        id, this,
        [this, id](const domain::ReviewedResource &full) {
            m_detailRequest = {};
            if (m_current.resource.id != id)
                return;
            showDetail(full);
            Q_EMIT resourceShown(id);
        },
        [this, id](const api::ApiError &error) {
            m_detailRequest = {};
            setMessage(explain(error.message(), error.httpStatus()));
            if (error.isUnreachable())
                showDetailFromCopy(id);
        });
}

void ResourceReviewView::showDetailFromCopy(qint64 id)
{
    m_repository->loadRecordFromCopy(id, this, [this, id](const QList<domain::ReviewedResource> &found, const QDateTime &) {
        if (m_current.resource.id != id)
            return; // another resource was selected meanwhile
        if (!found.isEmpty())
            showDetail(found.first()); // as it was last opened; otherwise the table's fields stay
        Q_EMIT resourceShown(id);
    });
}

void ResourceReviewView::showDetail(const domain::ReviewedResource &record)
{
    m_current = record;
    m_ui->detailBox->setTitle(record.resource.name.isEmpty() ? tr("Resource") : record.resource.name);
    m_ui->detailTree->clear();
    const QList<ResourceReviewDetails::Group> groups = ResourceReviewDetails::groups(record, m_currencyCode);
    for (const ResourceReviewDetails::Group &group : groups) {
        auto *top = new QTreeWidgetItem(m_ui->detailTree, {group.title, group.summary});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const ResourceReviewDetails::Field &field : group.fields) {
            auto *item = new QTreeWidgetItem(top, {field.label, field.value});
            item->setToolTip(1, field.value);
        }
        top->setExpanded(group.fields.size() < 20); // the 28 amenities stay folded, with their count
    }
}

void ResourceReviewView::clearDetail()
{
    m_detailRequest.abandon();
    m_detailRequest = {};
    m_current = {};
    m_ui->detailBox->setTitle(tr("Resource"));
    m_ui->detailTree->clear();
}

void ResourceReviewView::renderAudit()
{
    const QList<domain::AuditFinding> &findings = m_audit->findings();
    ResourceAuditRows::fill(m_ui->auditTree, findings);
    if (!m_auditError.isEmpty())
        m_ui->auditStatus->setText(tr("The audit could not read the resources: %1").arg(m_auditError));
    else if (m_audit->isRunning())
        m_ui->auditStatus->setText(tr("Checking every resource…"));
    else if (!findings.isEmpty() && m_audit->isFromCopy())
        m_ui->auditStatus->setText(
            tr("Checked the %n resource(s) of the offline copy from %1. Click a rule to list its resources.", nullptr,
               m_audit->resourcesChecked())
                .arg(QLocale().toString(core::Clock::onComputer(m_audit->copySeenAt()), QLocale::ShortFormat)));
    else if (!findings.isEmpty())
        m_ui->auditStatus->setText(tr("Checked all %n resource(s) of the account. Click a rule to list its resources.", nullptr,
                                      m_audit->resourcesChecked()));
    else
        m_ui->auditStatus->clear();
    m_ui->showAllButton->setEnabled(!m_ruleIds.isEmpty());
}

void ResourceReviewView::showAuditRule(int ruleIndex)
{
    const QList<domain::AuditFinding> &findings = m_audit->findings();
    if (ruleIndex < 0 || ruleIndex >= findings.size())
        return;
    const domain::AuditFinding &finding = findings.at(ruleIndex);
    const QString title = domain::ResourceAudit::title(finding.rule);
    if (!finding.checked || finding.count() == 0) {
        setMessage(finding.checked ? tr("No resource is flagged by \"%1\".").arg(title)
                                   : domain::ResourceAudit::notCheckedText(finding.rule));
        return;
    }
    m_ruleIds = finding.resourceIds;
    applyFilters();
    m_ui->auditStatus->setText(tr("Showing the %n resource(s) flagged by \"%1\".", nullptr, finding.count()).arg(title));
}

void ResourceReviewView::showAllResources()
{
    if (m_ruleIds.isEmpty())
        return;
    m_ruleIds.clear();
    applyFilters();
    renderAudit();
}

bool ResourceReviewView::exportCsv(const QString &path)
{
    if (m_model->isOfflineCopy()) {
        setMessage(tr("Exporting needs a connection to the space."));
        return false;
    }
    if (m_export)
        m_export->cancel();
    delete m_export;
    auto *exporter = new repository::ResourceCsvExport(m_repository, m_model->currentQuery(), this);
    m_export = exporter;
    m_ui->exportButton->setEnabled(false);
    connect(exporter, &repository::ResourceCsvExport::progress, this, [this](int rows, int total) {
        setMessage(tr("Exporting… %1 of %2 resources").arg(rows).arg(total));
    });
    connect(exporter, &repository::ResourceCsvExport::finished, this, [this, exporter, path](int rows) {
        m_ui->exportButton->setEnabled(!m_model->isOfflineCopy());
        setMessage(tr("Exported %n resource(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
        exporter->deleteLater();
        Q_EMIT exportFinished(true, rows);
    });
    connect(exporter, &repository::ResourceCsvExport::failed, this, [this, exporter](const QString &message) {
        m_ui->exportButton->setEnabled(!m_model->isOfflineCopy());
        setMessage(tr("The export failed: %1").arg(message));
        exporter->deleteLater();
        Q_EMIT exportFinished(false, 0);
    });
    return exporter->start(path);
}

void ResourceReviewView::chooseExportFile()
{
    // Non-modal: the view keeps running (no nested event loop) while the person picks a file.
    auto *dialog = new QFileDialog(this, tr("Export resources"), QDir::home().filePath(tr("resources.csv")),
                                   tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { exportCsv(file); });
    dialog->open();
}

QString ResourceReviewView::explain(const QString &message, int httpStatus) const
{
    if (httpStatus == 401)
        return tr("Your sign-in has expired or was revoked. Sign in again to review the resources.");
    if (httpStatus == 403)
        return tr("This account may not read the space's resources: the review is for the space's administrators.");
    return tr("The resources could not be loaded: %1").arg(message);
}

void ResourceReviewView::setMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ResourceReviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateChoices();
        renderAudit();
        if (m_current.resource.id != 0)
            showDetail(m_current);
    }
    QWidget::changeEvent(event);
}
