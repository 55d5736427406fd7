// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationForm.h"

#include "repository/ApplicationRepository.h"
#include "ui_ApplicationForm.h"

#include <QEvent>
#include <QPushButton>

ApplicationForm::ApplicationForm(repository::ApplicationRepository *repository, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ApplicationForm>()), m_repository(repository)
{
    setUp();
}

ApplicationForm::ApplicationForm(repository::ApplicationRepository *repository, const domain::Application &existing,
                                 QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ApplicationForm>()), m_repository(repository), m_id(existing.id)
{
    setUp();
    m_ui->developerIdEdit->setValue(int(qBound<qint64>(qint64(0), existing.developerId, qint64(m_ui->developerIdEdit->maximum()))));
    m_ui->nameEdit->setText(existing.name);
    m_ui->shortDescriptionEdit->setText(existing.shortDescription);
    m_ui->installUrlEdit->setText(existing.installUrl);
    m_ui->descriptionEdit->setPlainText(existing.description);
    m_ui->publishedEdit->setChecked(existing.published);
    retranslate();
}

ApplicationForm::~ApplicationForm() = default;

void ApplicationForm::setUp()
{
    m_ui->setupUi(this);
    m_errorLabels = {{QStringLiteral("developerid"), m_ui->developerIdError},
                     {QStringLiteral("name"), m_ui->nameError},
                     {QStringLiteral("shortdescription"), m_ui->shortDescriptionError},
                     {QStringLiteral("installurl"), m_ui->installUrlError},
                     {QStringLiteral("description"), m_ui->descriptionError},
                     {QStringLiteral("published"), m_ui->publishedError},
                     {QStringLiteral("secretkey"), m_ui->secretKeyError}};
    m_editors = {{m_ui->developerIdError, m_ui->developerIdEdit},
                 {m_ui->nameError, m_ui->nameEdit},
                 {m_ui->shortDescriptionError, m_ui->shortDescriptionEdit},
                 {m_ui->installUrlError, m_ui->installUrlEdit},
                 {m_ui->descriptionError, m_ui->descriptionEdit},
                 {m_ui->publishedError, m_ui->publishedEdit},
                 {m_ui->secretKeyError, m_ui->secretKeyEdit}};
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    for (QLabel *label : std::as_const(m_errorLabels))
        label->setPalette(errorPalette);
    m_ui->generalError->setPalette(errorPalette);
    m_ui->descriptionEdit->setTabChangesFocus(true);
    clearErrors();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ApplicationForm::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void ApplicationForm::retranslate()
{
    setWindowTitle(isEdit() ? tr("Edit application") : tr("New application"));
    m_ui->secretHint->setText(isEdit() ? tr("Leave the secret key empty to keep the current one.")
                                       : tr("Leave the secret key empty to let the space generate one."));
}

domain::Application ApplicationForm::draft() const
{
    domain::Application a;
    a.id = m_id;
    a.developerId = m_ui->developerIdEdit->value();
    a.name = m_ui->nameEdit->text().trimmed();
    a.shortDescription = m_ui->shortDescriptionEdit->text().trimmed();
    a.installUrl = m_ui->installUrlEdit->text().trimmed();
    a.description = m_ui->descriptionEdit->toPlainText();
    a.published = m_ui->publishedEdit->isChecked();
    a.secretKey = m_ui->secretKeyEdit->text();
    return a;
}

void ApplicationForm::save()
{
    if (m_saving || !m_repository)
        return;
    clearErrors();
    setSaving(true);
    const domain::Application typed = draft();
    auto onError = [this](const api::ApiError &error) {
        setSaving(false);
        showError(error);
        Q_EMIT saveFailed();
    };
    if (!isEdit()) {
        m_repository->create(typed, this, [this](qint64 id) { onSaved(id); }, onError);
        return;
    }
    // The form's fields over the record as the space holds it now; the rest (RequiredRoles, the
    // stored secret unless a new one was typed) goes back unchanged.
    m_repository->update(
        m_id,
        [typed](domain::Application &record) {
            record.developerId = typed.developerId;
            record.name = typed.name;
            record.shortDescription = typed.shortDescription;
            record.installUrl = typed.installUrl;
            record.description = typed.description;
            record.published = typed.published;
            if (!typed.secretKey.isEmpty())
                record.secretKey = typed.secretKey;
        },
        this, [this](qint64 id) { onSaved(id); }, onError);
}

void ApplicationForm::onSaved(qint64 id)
{
    setSaving(false);
    m_ui->secretKeyEdit->clear();
    Q_EMIT saved(id);
    accept();
}

void ApplicationForm::showError(const api::ApiError &error)
{
    QStringList general;
    QLabel *firstField = nullptr;
    for (const api::FieldError &fieldError : error.fieldErrors()) {
        QLabel *label = m_errorLabels.value(fieldError.propertyName.toLower());
        if (!label) {
            general.append(fieldError.propertyName.isEmpty() ? fieldError.message
                                                             : tr("%1: %2").arg(fieldError.propertyName, fieldError.message));
            continue;
        }
        const QString text = label->text().isEmpty() ? fieldError.message : label->text() + QLatin1Char('\n') + fieldError.message;
        label->setText(text);
        label->setVisible(true);
        if (!firstField)
            firstField = label;
    }
    if (error.fieldErrors().isEmpty())
        general.append(error.kind() == api::ApiError::Kind::Forbidden || error.kind() == api::ApiError::Kind::Unauthorized
                           ? tr("%1 Saving applications needs the Application-Create or Application-Edit role.")
                                 .arg(error.message())
                           : error.message());
    m_ui->generalError->setText(general.join(QLatin1Char('\n')));
    m_ui->generalError->setVisible(!general.isEmpty());
    // Take the person to the first field that needs fixing.
    if (QWidget *editor = m_editors.value(firstField))
        editor->setFocus();
}

QString ApplicationForm::fieldErrorText(const QString &propertyName) const
{
    const QLabel *label = m_errorLabels.value(propertyName.toLower());
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

QString ApplicationForm::generalErrorText() const
{
    return m_ui->generalError->isVisibleTo(this) ? m_ui->generalError->text() : QString();
}

void ApplicationForm::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->setVisible(false);
    }
    m_ui->generalError->clear();
    m_ui->generalError->setVisible(false);
}

void ApplicationForm::setSaving(bool saving)
{
    m_saving = saving;
    if (QPushButton *button = m_ui->buttons->button(QDialogButtonBox::Save))
        button->setEnabled(!saving);
    m_ui->buttons->setCursor(saving ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ApplicationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
