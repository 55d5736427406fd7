// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewPropertyDialog.h"

#include "models/PropertyListModel.h"
#include "propertyos/PropertyRepository.h"
#include "ui_NewPropertyDialog.h"

#include <QEvent>
#include <QPushButton>

NewPropertyDialog::NewPropertyDialog(propertyos::PropertyRepository *repository, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewPropertyDialog>()), m_repository(repository)
{
    m_ui->setupUi(this);
    m_errorLabels = {{QStringLiteral("name"), m_ui->nameError},
                     {QStringLiteral("type"), m_ui->typeError},
                     {QStringLiteral("address"), m_ui->streetError}, // "address" as a whole: beside its first line
                     {QStringLiteral("address.street"), m_ui->streetError},
                     {QStringLiteral("address.area"), m_ui->areaError},
                     {QStringLiteral("address.city"), m_ui->cityError},
                     {QStringLiteral("address.postal_code"), m_ui->postalCodeError},
                     {QStringLiteral("address.country"), m_ui->countryError},
                     {QStringLiteral("units_count"), m_ui->unitsError}};
    m_editors = {{m_ui->nameError, m_ui->nameEdit},       {m_ui->typeError, m_ui->typeEdit},
                 {m_ui->streetError, m_ui->streetEdit},   {m_ui->areaError, m_ui->areaEdit},
                 {m_ui->cityError, m_ui->cityEdit},       {m_ui->postalCodeError, m_ui->postalCodeEdit},
                 {m_ui->countryError, m_ui->countryEdit}, {m_ui->unitsError, m_ui->unitsEdit}};
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    for (QLabel *label : std::as_const(m_errorLabels))
        label->setPalette(errorPalette);
    m_ui->generalError->setPalette(errorPalette);
    fillTypes();
    clearErrors();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewPropertyDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NewPropertyDialog::~NewPropertyDialog() = default;

void NewPropertyDialog::fillTypes()
{
    const int current = m_ui->typeEdit->currentIndex();
    m_ui->typeEdit->clear();
    for (const QString &type : {QStringLiteral("residential"), QStringLiteral("commercial"), QStringLiteral("mixed")})
        m_ui->typeEdit->addItem(models::PropertyListModel::typeText(type), type);
    m_ui->typeEdit->setCurrentIndex(qMax(0, current));
}

propertyos::wire::NewProperty NewPropertyDialog::draft() const
{
    propertyos::wire::NewProperty p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.type = m_ui->typeEdit->currentData().toString();
    p.address.street = m_ui->streetEdit->text().trimmed();
    p.address.area = m_ui->areaEdit->text().trimmed();
    p.address.city = m_ui->cityEdit->text().trimmed();
    p.address.postalCode = m_ui->postalCodeEdit->text().trimmed();
    p.address.country = m_ui->countryEdit->text().trimmed().toUpper();
    p.unitsCount = m_ui->unitsEdit->value();
    return p;
}

void NewPropertyDialog::save()
{
    if (m_saving || !m_repository)
        return;
    clearErrors();
    setSaving(true);
    // One POST per press of Save: nothing here sends it again, whatever happens to its answer.
    m_repository->create(
        draft(), this,
        [this](const propertyos::Property &property) {
            setSaving(false);
            Q_EMIT created(property);
            accept();
        },
        [this](const api::ApiError &error) {
            setSaving(false);
            showError(error);
            Q_EMIT saveFailed();
        });
}

void NewPropertyDialog::showError(const api::ApiError &error)
{
    QStringList general;
    QWidget *firstEditor = nullptr;
    const QMap<QString, QString> messages = propertyos::wire::fieldMessages(error);
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        QLabel *label = m_errorLabels.value(it.key().toLower());
        if (!label) {
            general.append(it.key().isEmpty() ? it.value() : tr("%1: %2").arg(it.key(), it.value()));
            continue;
        }
        label->setText(label->text().isEmpty() ? it.value() : label->text() + QLatin1Char('\n') + it.value());
        label->setVisible(true);
        if (!firstEditor)
            firstEditor = m_editors.value(label);
    }
    if (error.isOutcomeUnknown())
        general.append(tr("The answer was lost, so the property may or may not have been created. Close this form "
                          "and refresh the list to see before you save it again."));
    else if (messages.isEmpty())
        general.append(error.message());
    m_ui->generalError->setText(general.join(QLatin1Char('\n')));
    m_ui->generalError->setVisible(!general.isEmpty());
    if (firstEditor)
        firstEditor->setFocus(); // take the person to the first field that needs fixing
}

QString NewPropertyDialog::fieldErrorText(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field.toLower());
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

QString NewPropertyDialog::generalErrorText() const
{
    return m_ui->generalError->isVisibleTo(this) ? m_ui->generalError->text() : QString();
}

void NewPropertyDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->setVisible(false);
    }
    m_ui->generalError->clear();
    m_ui->generalError->setVisible(false);
}

void NewPropertyDialog::setSaving(bool saving)
{
    m_saving = saving;
    if (QPushButton *button = m_ui->buttons->button(QDialogButtonBox::Save))
        button->setEnabled(!saving);
    m_ui->buttons->setCursor(saving ? Qt::BusyCursor : Qt::ArrowCursor);
}

void NewPropertyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillTypes();
    }
    QDialog::changeEvent(event);
}
