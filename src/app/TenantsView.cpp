// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenantsView.h"

#include "models/TenantListModel.h"
#include "propertyos/TenantRepository.h"
#include "ui_TenantsView.h"

#include <QEvent>
#include <QTimer>

using models::TenantListModel;

namespace {
constexpr int kSearchPauseMs = 300; //!< one search per pause in typing, not one per key
}

TenantsView::TenantsView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TenantsView>()), m_model(new TenantListModel(this)),
      m_searchDebounce(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->tenantList->setModel(m_model);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->detailsLabel->setMinimumWidth(320); // an empty label would otherwise get no room at all
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchPauseMs);
    connect(m_searchDebounce, &QTimer::timeout, this, &TenantsView::reload);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_ui->tenantList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDetailsOf(current.data(TenantListModel::IdRole).toString()); });
    connect(m_model, &TenantListModel::loaded, this, [this] {
        m_ui->messageLabel->setVisible(m_model->rowCount() == 0);
        m_ui->messageLabel->setText(tr("No tenant matches this search."));
        if (m_model->rowCount() > 0) // someone's details beside the list from the start
            m_ui->tenantList->setCurrentIndex(m_model->index(0));
        Q_EMIT progressed();
    });
    connect(m_model, &TenantListModel::failed, this, [this](const api::ApiError &error) {
        m_ui->messageLabel->setText(tr("The tenants could not be loaded: %1").arg(error.message()));
        m_ui->messageLabel->show();
        Q_EMIT progressed();
    });
}

TenantsView::~TenantsView() = default;

void TenantsView::setRepository(propertyos::TenantRepository *repository)
{
    m_details.abandon();
    m_repository = repository;
    m_model->setRepository(repository);
    m_ui->detailsLabel->clear();
    m_ui->messageLabel->hide();
}

void TenantsView::reload()
{
    m_searchDebounce->stop();
    m_ui->detailsLabel->clear();
    m_model->search(m_ui->searchEdit->text());
}

bool TenantsView::isSettled() const
{
    return m_model->isSettled();
}

QString TenantsView::detailsText() const
{
    return m_ui->detailsLabel->text();
}

void TenantsView::showDetailsOf(const QString &tenantId)
{
    m_details.abandon();
    m_ui->detailsLabel->clear();
    if (!m_repository || tenantId.isEmpty())
        return;
    m_details = m_repository->details(
        tenantId, this, [this](const propertyos::Tenant &tenant) { showDetails(tenant); },
        [this](const api::ApiError &error) {
            m_ui->detailsLabel->setText(tr("The tenant's details could not be loaded: %1").arg(error.message()));
        });
}

void TenantsView::showDetails(const propertyos::Tenant &tenant)
{
    QStringList lines{tenant.name, tr("Unit: %1").arg(tenant.unit),
                      tr("Status: %1").arg(TenantListModel::statusText(tenant.status)),
                      tr("E-mail: %1").arg(tenant.contacts.email), tr("Phone: %1").arg(tenant.contacts.phone), QString(),
                      tr("Emergency contacts:")};
    if (tenant.contacts.emergencyContacts.isEmpty())
        lines.append(tr("None"));
    for (const propertyos::EmergencyContact &contact : tenant.contacts.emergencyContacts)
        lines.append(contact.relationship.isEmpty()
                         ? tr("%1: %2").arg(contact.name, contact.phone)
                         //: An emergency contact: name, relationship, phone.
                         : tr("%1 (%2): %3").arg(contact.name, contact.relationship, contact.phone));
    m_ui->detailsLabel->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT detailsShown(tenant.id);
}

void TenantsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}
