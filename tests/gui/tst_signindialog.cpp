// SPDX-License-Identifier: GPL-3.0-or-later
#include "Emulator.h"
#include "SignInDialog.h"
#include "api/ApiError.h"
#include "api/ServerAddress.h"
#include "auth/AccountSession.h"
#include "auth/AuthService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {
constexpr int kTimeout = 15000;

QString messageFor(auth::SignInError::Kind kind)
{
    auth::SignInError error;
    error.kind = kind;
    return error.message();
}
} // namespace

//! Drives the dialog the way a person would: types into the fields, clicks, reads what is shown.
class TestSignInDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<emulator::Emulator> m_server;
    std::unique_ptr<SignInDialog> m_dialog;

    template<class T> T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(name); }
    QPushButton *signInButton() const { return child<QPushButton>("signInButton"); }
    QLabel *message() const { return child<QLabel>("messageLabel"); }
    bool messageShows(const QString &text) const { return message()->isVisible() && message()->text().contains(text); }

    void fill(const QString &space, const QString &email, const QString &password = QStringLiteral("demo"))
    {
        QTest::keyClicks(edit("spaceEdit"), space);
        QTest::keyClicks(edit("emailEdit"), email);
        QTest::keyClicks(edit("passwordEdit"), password);
    }
    QString space() const { return m_server->baseUrl().toString(); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<emulator::Emulator>();
        QVERIFY(m_server->listen());
        m_dialog = std::make_unique<SignInDialog>();
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_server.reset();
    }

    void startsCleanAndAccessible()
    {
        QVERIFY(edit("spaceEdit")->hasFocus());
        QCOMPARE(edit("passwordEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(!edit("totpEdit")->isVisible());
        QVERIFY(!message()->isVisible());
        QVERIFY(!child<QPushButton>("resetPasswordButton")->isVisible());
        QCOMPARE(signInButton()->text(), QStringLiteral("Sign in"));
        for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPushButton *>(w))
                QVERIFY2(!w->accessibleName().isEmpty() || w->parent() == child<QDialogButtonBox>("buttonBox"),
                         qPrintable(w->objectName()));
        }
    }

    void memberSignsInWithEnter()
    {
        fill(space(), QStringLiteral("member@demo.test"));
        QTest::keyClick(edit("passwordEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeout);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(edit("passwordEdit")->text().isEmpty()); // not kept once signed in
        QCOMPARE(m_dialog->spaceUrl(), m_server->baseUrl());
        QCOMPARE(m_dialog->email(), QStringLiteral("member@demo.test"));

        std::unique_ptr<auth::AccountSession> session = m_dialog->takeSession();
        QVERIFY(session);
        QVERIFY(session->parent() == nullptr);
        QVERIFY(session->auth()->isSignedIn());
        QCOMPARE(session->spaceUrl(), m_server->baseUrl());
        QCOMPARE(session->email(), QStringLiteral("member@demo.test"));
        QVERIFY(!m_dialog->takeSession()); // handed over once
    }

    void busyWhileTheRequestRuns()
    {
        m_server->setLatency(600);
        fill(space(), QStringLiteral("admin@demo.test"));
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QVERIFY(!signInButton()->isEnabled());
        QCOMPARE(signInButton()->text(), QStringLiteral("Signing in…"));
        QVERIFY(!edit("emailEdit")->isEnabled());
        QVERIFY(!edit("passwordEdit")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeout);
        QVERIFY(m_dialog->takeSession());
    }

    void cancelWhileBusyNeverAccepts()
    {
        m_server->setLatency(400);
        fill(space(), QStringLiteral("member@demo.test"));
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QTest::mouseClick(child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QTest::qWait(800); // the answer arrives after the cancel and must be ignored
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QVERIFY(!m_dialog->takeSession());
        QVERIFY(edit("passwordEdit")->text().isEmpty());
    }

    void wrongPasswordIsExplainedInPlace()
    {
        fill(space(), QStringLiteral("member@demo.test"), QStringLiteral("not-the-password"));
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(messageShows(messageFor(auth::SignInError::Kind::InvalidCredentials)), kTimeout);
        QVERIFY(message()->text().contains(QStringLiteral("<b>"))); // a bold prefix, not colour alone
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected)); // still open, nothing accepted
        QCOMPARE(edit("emailEdit")->text(), QStringLiteral("member@demo.test"));
        QVERIFY(edit("passwordEdit")->text().isEmpty());
        QVERIFY(edit("passwordEdit")->hasFocus());
        QVERIFY(signInButton()->isEnabled());
        QVERIFY(!m_dialog->takeSession());
        QVERIFY(m_dialog->grab().save(QStringLiteral("/tmp/signin-error.png")));

        // The second try with the right password works without touching anything else.
        QTest::keyClicks(edit("passwordEdit"), QStringLiteral("demo"));
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeout);
    }

    void twoFactorCodeIsAskedForThenSent()
    {
        fill(space(), QStringLiteral("totp@demo.test"));
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QLineEdit *code = edit("totpEdit");
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), kTimeout);
        QVERIFY(messageShows(messageFor(auth::SignInError::Kind::TwoFactorRequired)));
        QTRY_VERIFY(code->hasFocus());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));

        // An empty code is caught locally.
        const int requests = m_server->requestCount();
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QCOMPARE(m_server->requestCount(), requests);

        QTest::keyClicks(code, QStringLiteral("000001"));
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(messageShows(QStringLiteral("not accepted")), kTimeout);
        QVERIFY(code->isVisible());

        code->clear();
        QTest::keyClicks(code, QStringLiteral("123456"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeout);
        auto session = m_dialog->takeSession();
        QVERIFY(session && session->auth()->isSignedIn());
    }

    void changingTheEmailHidesTheCode()
    {
        fill(space(), QStringLiteral("totp@demo.test"));
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(edit("totpEdit")->isVisible(), kTimeout);
        QTest::keyClick(edit("emailEdit"), Qt::Key_Backspace);
        QVERIFY(!edit("totpEdit")->isVisible());
    }

    void mustResetOffersTheWebsite()
    {
        QList<QUrl> opened;
        m_dialog->setUrlOpener([&opened](const QUrl &url) { opened.append(url); });
        fill(space(), QStringLiteral("reset@demo.test"));
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        auto *reset = child<QPushButton>("resetPasswordButton");
        QTRY_VERIFY_WITH_TIMEOUT(reset->isVisible(), kTimeout);
        QVERIFY(messageShows(messageFor(auth::SignInError::Kind::MustResetPassword)));
        QVERIFY(opened.isEmpty());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().adjusted(QUrl::RemovePath), m_server->baseUrl());
        QVERIFY(opened.first().path().endsWith(QStringLiteral("/login/resetpassword")));
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));

        // The button belongs to that answer only.
        edit("emailEdit")->clear();
        QTest::keyClicks(edit("emailEdit"), QStringLiteral("member@demo.test"));
        QTest::keyClicks(edit("passwordEdit"), QStringLiteral("wrong"));
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(messageShows(messageFor(auth::SignInError::Kind::InvalidCredentials)), kTimeout);
        QVERIFY(!reset->isVisible());
    }

    void unreachableSpaceSaysSo()
    {
        fill(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("member@demo.test"));
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        const QString network = api::ApiError(api::ApiError::Kind::Network).message();
        QTRY_VERIFY_WITH_TIMEOUT(messageShows(network), kTimeout);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(signInButton()->isEnabled());
        QCOMPARE(edit("passwordEdit")->text(), QStringLiteral("demo")); // kept for a retry
    }

    void plainHttpIsRefusedLocally()
    {
        fill(QStringLiteral("http://example.com"), QStringLiteral("member@demo.test"));
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QString expected;
        QVERIFY(!api::ServerAddress::fromUserInput(QStringLiteral("http://example.com"), &expected).isValid());
        QVERIFY(messageShows(expected)); // at once: nothing was sent
        QVERIFY(signInButton()->isEnabled());
        QVERIFY(m_dialog->findChildren<auth::AccountSession *>().isEmpty());
        QVERIFY(edit("spaceEdit")->hasFocus());
        QVERIFY(!m_dialog->takeSession());
    }

    void localChecksSendNothing_data()
    {
        QTest::addColumn<QString>("space");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("no space") << QString() << "member@demo.test" << "demo" << "spaceEdit";
        QTest::newRow("no e-mail") << "LOCAL" << QString() << "demo" << "emailEdit";
        QTest::newRow("not an e-mail") << "LOCAL" << "member.demo.test" << "demo" << "emailEdit";
        QTest::newRow("no password") << "LOCAL" << "member@demo.test" << QString() << "passwordEdit";
    }

    void localChecksSendNothing()
    {
        QFETCH(QString, space);
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, field);
        if (space == u"LOCAL")
            space = this->space();
        fill(space, email, password);
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QVERIFY(message()->isVisible());
        QVERIFY(m_dialog->findChild<QLineEdit *>(field)->hasFocus());
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY(m_dialog->findChildren<auth::AccountSession *>().isEmpty());
    }

    void prefilledForRenewal()
    {
        m_dialog.reset(new SignInDialog);
        m_dialog->setSpace(space());
        m_dialog->setEmail(QStringLiteral("member@demo.test"));
        m_dialog->setSpaceEditable(false);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QVERIFY(edit("spaceEdit")->isReadOnly());
        QTRY_VERIFY(edit("passwordEdit")->hasFocus());
        QTest::keyClicks(edit("passwordEdit"), QStringLiteral("demo"));
        QTest::keyClick(edit("passwordEdit"), Qt::Key_Enter);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeout);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
