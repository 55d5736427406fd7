// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace Ui {
class SignInDialog;
}

namespace auth {
class AccountSession;
struct SignInError;
} // namespace auth

class QLineEdit;

//! Asks for a space, an e-mail and a password (and a two-factor code when the space wants one),
//! signs in with a fresh AccountSession and hands that session over on success. Problems are
//! explained in place; the password is never kept once the dialog is done with it.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    //! Opens a web page outside the app; QDesktopServices::openUrl unless replaced (tests).
    using UrlOpener = std::function<void(const QUrl &)>;

    explicit SignInDialog(QWidget *parent = nullptr);
    ~SignInDialog() override;

    //! Prefills the space (a slug or a web address), e.g. after a session expired.
    void setSpace(const QString &space);
    void setEmail(const QString &email);
    //! Locks the space when the caller only wants to renew a known account.
    void setSpaceEditable(bool editable);
    void setUrlOpener(UrlOpener opener);

    //! After accept(): the signed-in session. The caller takes ownership (and should re-parent it).
    std::unique_ptr<auth::AccountSession> takeSession();
    //! The space's base URL of the last attempt (invalid before one passed the local checks).
    QUrl spaceUrl() const { return m_spaceUrl; }
    QString email() const;

    //! Cancel: drops any attempt still running so it cannot accept the dialog later.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Info, Error };

    void signIn();
    bool validate();
    void onSignedIn();
    void onSignInFailed(const auth::SignInError &error);
    void setBusy(bool busy);
    void showMessage(Tone tone, const QString &text);
    void clearMessage();
    void showTwoFactor(bool visible);
    void failField(QLineEdit *field, const QString &text);
    void openResetPage();
    void retranslate();
    void discardSession();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    QPointer<auth::AccountSession> m_session; //!< child of the dialog until taken
    QUrl m_spaceUrl;
    UrlOpener m_openUrl;
    bool m_busy = false;
};
