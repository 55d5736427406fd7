// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"

#include "ui_SignInDialog.h"

#include "api/ServerAddress.h"
#include "auth/AccountSession.h"
#include "auth/AuthService.h"

#include <QDesktopServices>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>

namespace {
//! Deliberately loose: the space has the final word, this only catches obvious slips.
bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}
} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()),
      m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    QPushButton *signInButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    signInButton->setObjectName(QStringLiteral("signInButton"));
    signInButton->setDefault(true); // Enter in any field signs in
    retranslate();
    m_ui->messageFrame->hide();
    m_ui->resetPasswordButton->hide();
    showTwoFactor(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, &SignInDialog::openResetPage);
    // A code asked for one account on one space means nothing once either changes.
    for (QLineEdit *edit : {m_ui->spaceEdit, m_ui->emailEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { showTwoFactor(false); });
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setSpace(const QString &space)
{
    m_ui->spaceEdit->setText(space);
}

void SignInDialog::setEmail(const QString &email)
{
    m_ui->emailEdit->setText(email);
}

void SignInDialog::setSpaceEditable(bool editable)
{
    m_ui->spaceEdit->setReadOnly(!editable);
}

void SignInDialog::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
}

std::unique_ptr<auth::AccountSession> SignInDialog::takeSession()
{
    if (!m_session || !m_session->auth()->isSignedIn())
        return {};
    disconnect(m_session->auth(), nullptr, this, nullptr);
    m_session->setParent(nullptr);
    std::unique_ptr<auth::AccountSession> session(m_session.data());
    m_session.clear();
    return session;
}

QString SignInDialog::email() const
{
    return m_ui->emailEdit->text().trimmed();
}

void SignInDialog::reject()
{
    discardSession();
    m_ui->passwordEdit->clear();
    setBusy(false);
    QDialog::reject();
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Start where typing is needed: a prefilled space and e-mail leave only the password.
    for (QLineEdit *edit : {m_ui->spaceEdit, m_ui->emailEdit, m_ui->passwordEdit}) {
        if (edit->text().isEmpty() || edit == m_ui->passwordEdit) {
            edit->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(m_busy ? tr("Signing in…") : tr("Sign in"));
}

void SignInDialog::signIn()
{
    if (m_busy || !validate())
        return;
    discardSession(); // every attempt starts clean: a changed space or e-mail needs a new client anyway
    const QString address = email();
    m_session = new auth::AccountSession(m_spaceUrl, address, this);
    connect(m_session->auth(), &auth::AuthService::signedIn, this, &SignInDialog::onSignedIn);
    connect(m_session->auth(), &auth::AuthService::signInFailed, this, &SignInDialog::onSignInFailed);
    clearMessage();
    setBusy(true);
    const QString code = !m_ui->totpEdit->isHidden() ? m_ui->totpEdit->text().trimmed() : QString();
    m_session->auth()->signIn(address, m_ui->passwordEdit->text(), code);
}

//! Catches what needs no server, so a typo costs no request.
bool SignInDialog::validate()
{
    QString error;
    const QUrl url = api::ServerAddress::fromUserInput(m_ui->spaceEdit->text(), &error);
    if (!url.isValid()) {
        failField(m_ui->spaceEdit, error);
        return false;
    }
    m_spaceUrl = url;
    if (!looksLikeEmail(email())) {
        failField(m_ui->emailEdit, tr("Enter the e-mail address of your account, such as name@example.com."));
        return false;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        failField(m_ui->passwordEdit, tr("Enter your password."));
        return false;
    }
    if (!m_ui->totpEdit->isHidden() && m_ui->totpEdit->text().trimmed().isEmpty()) {
        failField(m_ui->totpEdit, tr("Enter the code from your authenticator app."));
        return false;
    }
    return true;
}

void SignInDialog::onSignedIn()
{
    m_ui->passwordEdit->clear();
    m_ui->totpEdit->clear();
    setBusy(false);
    accept();
}

void SignInDialog::onSignInFailed(const auth::SignInError &error)
{
    using Kind = auth::SignInError::Kind;
    setBusy(false);
    QString text = error.message();
    if (text.isEmpty())
        text = tr("Signing in did not work. Please try again.");
    switch (error.kind) {
    case Kind::InvalidCredentials:
        showMessage(Tone::Error, text);
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
        break;
    case Kind::TwoFactorRequired: {
        // The server asks again when the code was wrong; say so instead of repeating the prompt.
        const bool codeRefused = !m_ui->totpEdit->isHidden() && !m_ui->totpEdit->text().trimmed().isEmpty();
        showTwoFactor(true);
        if (codeRefused)
            showMessage(Tone::Error, tr("The code was not accepted. Enter the current code from your authenticator app."));
        else
            showMessage(Tone::Info, text);
        m_ui->totpEdit->selectAll();
        m_ui->totpEdit->setFocus(Qt::OtherFocusReason);
        break;
    }
    case Kind::MustResetPassword:
        showMessage(Tone::Error, text);
        m_ui->passwordEdit->clear();
        m_ui->resetPasswordButton->show();
        m_ui->resetPasswordButton->setFocus(Qt::OtherFocusReason);
        break;
    default: // Network, Throttled, Server, Other: the message says what to do; keep the fields for a retry
        showMessage(Tone::Error, text);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus(Qt::OtherFocusReason);
        break;
    }
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->spaceEdit), static_cast<QWidget *>(m_ui->emailEdit),
                       static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->totpEdit),
                       static_cast<QWidget *>(m_ui->resetPasswordButton)})
        w->setEnabled(!busy);
    QPushButton *signInButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    signInButton->setEnabled(!busy);
    signInButton->setText(busy ? tr("Signing in…") : tr("Sign in"));
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void SignInDialog::showMessage(Tone tone, const QString &text)
{
    // Icon and a bold word both carry the tone, so it never depends on colour alone.
    const QStyle::StandardPixmap icon =
        tone == Tone::Error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_ToolBarIconSize, nullptr, this);
    m_ui->messageIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    const QString prefix = tone == Tone::Error ? tr("Could not sign in:") : tr("One more step:");
    m_ui->messageLabel->setText(QStringLiteral("<b>%1</b> %2").arg(prefix.toHtmlEscaped(), text.toHtmlEscaped()));
    m_ui->messageLabel->setAccessibleDescription(QString(prefix + u' ' + text));
    m_ui->messageFrame->show();
}

void SignInDialog::clearMessage()
{
    m_ui->messageLabel->clear();
    m_ui->messageLabel->setAccessibleDescription({});
    m_ui->resetPasswordButton->hide();
    m_ui->messageFrame->hide();
}

void SignInDialog::showTwoFactor(bool visible)
{
    if (!visible)
        m_ui->totpEdit->clear();
    m_ui->formLayout->setRowVisible(m_ui->totpEdit, visible);
}

void SignInDialog::failField(QLineEdit *field, const QString &text)
{
    clearMessage();
    showMessage(Tone::Error, text);
    field->selectAll();
    field->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::openResetPage()
{
    if (!m_spaceUrl.isValid() || !m_openUrl)
        return;
    const QString language = m_session ? m_session->api()->language() : QStringLiteral("en");
    QUrl url = m_spaceUrl;
    url.setPath(api::ServerAddress::localizedPath(language, QStringLiteral("/login/resetpassword")));
    m_openUrl(url);
}

void SignInDialog::discardSession()
{
    if (!m_session)
        return;
    disconnect(m_session->auth(), nullptr, this, nullptr);
    // Later, not now: this may run inside one of the session's own signals.
    m_session->deleteLater();
    m_session.clear();
}
