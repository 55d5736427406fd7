// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertiesView.h"

#include "NewPropertyDialog.h"
#include "OccupancyDelegate.h"
#include "models/PropertyListModel.h"
#include "ui_PropertiesView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

using models::PropertyListModel;
using propertyos::PropertyStatus;

PropertiesView::PropertiesView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PropertiesView>()), m_model(new PropertyListModel(this)),
      m_proxy(new models::PropertyStatusProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->table->setModel(m_proxy);
    m_ui->table->setItemDelegateForColumn(PropertyListModel::OccupancyColumn,
                                          new OccupancyDelegate(PropertyListModel::OccupancyRole, this));
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(PropertyListModel::AddressColumn, QHeaderView::Stretch);
    m_ui->table->sortByColumn(PropertyListModel::NameColumn, Qt::AscendingOrder);
    // The figures stand out from their captions by size, not colour.
    for (QLabel *value : {m_ui->propertiesValue, m_ui->unitsValue, m_ui->occupiedValue, m_ui->occupancyValue}) {
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setBold(true);
        value->setFont(font);
    }
    fillStatusCombo();

    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(PropertyStatus(m_ui->statusCombo->currentData().toInt()));
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &PropertiesView::reload);
    connect(m_ui->newPropertyButton, &QPushButton::clicked, this, &PropertiesView::openNewPropertyDialog);
    m_ui->newPropertyButton->setEnabled(false); // until there is an account to create it in
    connect(m_model, &PropertyListModel::figuresChanged, this, &PropertiesView::showFigures);
    connect(m_model, &PropertyListModel::loaded, this, [this] {
        m_ui->messageLabel->hide();
        Q_EMIT progressed();
    });
    connect(m_model, &PropertyListModel::failed, this, &PropertiesView::showFailure);
    showFigures();
}

PropertiesView::~PropertiesView() = default;

void PropertiesView::setRepository(propertyos::PropertyRepository *repository)
{
    m_repository = repository;
    m_model->setRepository(repository);
    m_ui->newPropertyButton->setEnabled(repository != nullptr);
    m_ui->messageLabel->hide();
}

void PropertiesView::openNewPropertyDialog()
{
    if (!m_repository)
        return;
    auto *dialog = new NewPropertyDialog(m_repository, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewPropertyDialog::created, this, [this](const propertyos::Property &property) {
        m_model->append(property);
        // Show the new row, whatever the status filter hid.
        if (m_proxy->status() != propertyos::PropertyStatus::Unknown && m_proxy->status() != property.status)
            m_ui->statusCombo->setCurrentIndex(0);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(PropertyListModel::IdRole).toString() == property.id) {
                m_ui->table->setCurrentIndex(index);
                m_ui->table->scrollTo(index);
                break;
            }
        }
    });
    dialog->open();
}

void PropertiesView::reload()
{
    m_ui->messageLabel->setText(tr("Loading the properties…"));
    m_ui->messageLabel->show();
    m_model->reload();
}

bool PropertiesView::isSettled() const
{
    return m_model->isSettled();
}

void PropertiesView::fillStatusCombo()
{
    const int current = m_ui->statusCombo->currentIndex();
    const QSignalBlocker blocker(m_ui->statusCombo);
    m_ui->statusCombo->clear();
    m_ui->statusCombo->addItem(tr("All statuses"), int(PropertyStatus::Unknown));
    for (PropertyStatus status : {PropertyStatus::Active, PropertyStatus::Inactive, PropertyStatus::Maintenance})
        m_ui->statusCombo->addItem(PropertyListModel::statusText(status), int(status));
    m_ui->statusCombo->setCurrentIndex(qMax(0, current));
}

void PropertiesView::showFigures()
{
    const QLocale locale;
    const propertyos::PortfolioFigures figures = m_model->figures();
    m_ui->propertiesValue->setText(locale.toString(figures.properties));
    m_ui->unitsValue->setText(locale.toString(figures.units));
    m_ui->occupiedValue->setText(locale.toString(figures.occupiedUnits));
    //: The portfolio's occupancy rate; %1 is the number (e.g. "87.5") in the locale's digits.
    m_ui->occupancyValue->setText(tr("%1%").arg(locale.toString(figures.occupancyRate() * 100.0, 'f', 1)));
}

void PropertiesView::showFailure(const api::ApiError &error)
{
    const QString message = error.kind() == api::ApiError::Kind::Unauthorized
                                ? tr("NEXUS Property OS refused the API key of this account. Sign in again with a "
                                     "new key from Settings › API Keys in your NEXUS dashboard.")
                                : tr("The properties could not be loaded: %1").arg(error.message());
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
    Q_EMIT loadFailed(message);
    Q_EMIT progressed();
}

void PropertiesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillStatusCombo();
        showFigures();
    }
    QWidget::changeEvent(event);
}
