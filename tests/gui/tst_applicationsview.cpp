// SPDX-License-Identifier: GPL-3.0-or-later
// The applications view and form offscreen, against the emulator: the list fills, the detail shows
// the secret masked, Reveal shows it, only "Copy secret" puts it on the clipboard; the form shows
// each required-field error beside its field; create, edit, publish and delete (after confirming)
// refresh the list and the detail; a member sees an explanation, not a crash.
#include "../integration/TestSpace.h"
#include "ApplicationForm.h"
#include "ApplicationsView.h"
#include "models/ApplicationListModel.h"
#include "repository/ApplicationRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {
constexpr int kTimeout = 15000;
using Model = models::ApplicationListModel;
} // namespace

class TestApplicationsView : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSpace> m_space;
    std::unique_ptr<repository::ApplicationRepository> m_repository;
    std::unique_ptr<ApplicationsView> m_view;
    QPointer<ApplicationForm> m_form;
    int m_confirmations = 0;
    bool m_confirmAnswer = true;

    template<class T> T *child(const char *name) const
    {
        T *w = m_view->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    template<class T> T *formChild(const char *name) const { return m_form->findChild<T *>(QString::fromLatin1(name)); }

    bool showFirstDetail()
    {
        QSignalSpy shown(m_view.get(), &ApplicationsView::applicationShown);
        return m_view->currentId() != 0 && (shown.wait(kTimeout) || !child<QLabel>("secretValue")->text().isEmpty());
    }
    bool saveForm()
    {
        QSignalSpy failed(m_form.data(), &ApplicationForm::saveFailed);
        QSignalSpy saved(m_form.data(), &ApplicationForm::saved);
        formChild<QDialogButtonBox>("buttons")->button(QDialogButtonBox::Save)->click();
        return QTest::qWaitFor([&] { return !failed.isEmpty() || !saved.isEmpty(); }, kTimeout) && !saved.isEmpty();
    }

private Q_SLOTS:
    void init()
    {
        QGuiApplication::clipboard()->clear();
        m_space = std::make_unique<TestSpace>();
        QVERIFY(m_space->signIn(QStringLiteral("admin@demo.test")));
        m_view = std::make_unique<ApplicationsView>();
        m_view->setConfirmer([this](QWidget *, const QString &, const QString &question) {
            ++m_confirmations;
            return question.contains(QStringLiteral("\"")) && m_confirmAnswer;
        });
        m_view->setFormOpener([this](ApplicationForm *form) {
            m_form = form;
            form->show();
        });
        m_repository = std::make_unique<repository::ApplicationRepository>(m_space->api());
        m_view->setRepository(m_repository.get());
        m_view->resize(1100, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSignalSpy ready(m_view.get(), &ApplicationsView::ready);
        m_view->reload();
        QVERIFY(ready.wait(kTimeout));
        QVERIFY(m_view->model()->rowCount() > 0);
    }
    void cleanup()
    {
        delete m_form;
        m_view.reset();
        m_space.reset();
    }

    void secretSaysLoadingUntilTheRecordArrives()
    {
        QVERIFY(showFirstDetail());
        auto *list = child<QAbstractItemView>("applicationList");
        QSignalSpy shown(m_view.get(), &ApplicationsView::applicationShown);
        list->setCurrentIndex(list->model()->index(1, 0));
        // The list row has no secret: never "(none)" before the full record says so.
        QCOMPARE(child<QLabel>("secretValue")->text(), QStringLiteral("Loading…"));
        QVERIFY(shown.wait(kTimeout));
        QVERIFY(child<QLabel>("secretValue")->text().startsWith(QString(8, QChar(0x2022))));
    }

    void secretIsMaskedUntilAsked()
    {
        QVERIFY(showFirstDetail());
        const qint64 id = m_view->currentId();
        auto *secretLabel = child<QLabel>("secretValue");
        const QString masked = secretLabel->text();
        QVERIFY(masked.startsWith(QString(8, QChar(0x2022))));
        // The real key, read independently from the emulator's API.
        QString secret;
        auto *request = m_space->api()->record(QStringLiteral("/api/apps/applications/%1").arg(id));
        connect(request, &api::RecordRequest::recordLoaded, this,
                [&](const QJsonObject &o) { secret = o.value(QStringLiteral("SecretKey")).toString(); });
        QVERIFY(QTest::qWaitFor([&] { return !secret.isEmpty(); }, kTimeout));
        QVERIFY(!masked.contains(secret));
        QVERIFY(!m_view->isSecretRevealed());
        QVERIFY(!QGuiApplication::clipboard()->text().contains(secret)); // showing it copies nothing
        // Nothing in the visible list or the view's other labels holds it.
        for (QLabel *label : m_view->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(secret), qPrintable(label->objectName()));

        QTest::mouseClick(child<QPushButton>("revealButton"), Qt::LeftButton);
        QVERIFY(m_view->isSecretRevealed());
        QCOMPARE(secretLabel->text(), secret);
        if (const QString dir = qEnvironmentVariable("PORTAL_TEST_SHOTS"); !dir.isEmpty())
            m_view->grab().save(dir + QStringLiteral("/appsview-revealed.png"));
        QVERIFY(!QGuiApplication::clipboard()->text().contains(secret)); // revealing copies nothing either
        QTest::mouseClick(child<QPushButton>("revealButton"), Qt::LeftButton);
        QCOMPARE(secretLabel->text(), masked);

        QTest::mouseClick(child<QPushButton>("copySecretButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QCOMPARE(secretLabel->text(), masked); // copying does not reveal
        QVERIFY(!m_view->messageText().contains(secret));

        // Another application: hidden again.
        QTest::mouseClick(child<QPushButton>("revealButton"), Qt::LeftButton);
        m_view->selectApplication(m_view->model()->applicationAt(1).id);
        QVERIFY(QTest::qWaitFor([&] { return m_view->currentId() == m_view->model()->applicationAt(1).id; }, kTimeout));
        QVERIFY(!m_view->isSecretRevealed());
        QVERIFY(!secretLabel->text().contains(secret));
    }

    void formShowsEachRequiredErrorBesideItsField_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("errorLabel");
        QTest::newRow("DeveloperId") << QStringLiteral("DeveloperId") << QStringLiteral("developerIdError");
        QTest::newRow("Name") << QStringLiteral("Name") << QStringLiteral("nameError");
        QTest::newRow("ShortDescription") << QStringLiteral("ShortDescription") << QStringLiteral("shortDescriptionError");
        QTest::newRow("InstallUrl") << QStringLiteral("InstallUrl") << QStringLiteral("installUrlError");
    }
    void formShowsEachRequiredErrorBesideItsField()
    {
        QFETCH(QString, property);
        QFETCH(QString, errorLabel);
        QTest::mouseClick(child<QPushButton>("newButton"), Qt::LeftButton);
        QVERIFY(m_form);
        formChild<QSpinBox>("developerIdEdit")->setValue(property == u"DeveloperId" ? 0 : 12001);
        formChild<QLineEdit>("nameEdit")->setText(property == u"Name" ? QString() : QStringLiteral("Form App"));
        formChild<QLineEdit>("shortDescriptionEdit")->setText(property == u"ShortDescription" ? QString() : QStringLiteral("Short"));
        formChild<QLineEdit>("installUrlEdit")->setText(property == u"InstallUrl" ? QString() : QStringLiteral("https://example.com/i"));
        QVERIFY(!saveForm());
        QVERIFY(m_form->isVisible()); // stays open to fix it
        QCOMPARE(m_form->fieldErrorText(property), QStringLiteral("is a required field"));
        QVERIFY(formChild<QLabel>(errorLabel.toLatin1().constData())->isVisible());
        for (const char *other : {"developerIdError", "nameError", "shortDescriptionError", "installUrlError", "descriptionError"}) {
            if (errorLabel != QLatin1String(other))
                QVERIFY2(!formChild<QLabel>(other)->isVisible(), other);
        }
        QVERIFY(m_form->generalErrorText().isEmpty());
        if (const QString dir = qEnvironmentVariable("PORTAL_TEST_SHOTS"); !dir.isEmpty())
            m_form->grab().save(dir + QStringLiteral("/appform-") + property + QStringLiteral(".png"));
    }

    void unknownPropertyGoesToTheGeneralLine()
    {
        ApplicationForm form(m_view->repository());
        api::ApiError error(api::ApiError::Kind::Validation, 400);
        error.setFieldErrors({{QStringLiteral("Name"), QStringLiteral("is too long"), {}},
                              {QStringLiteral("Mystery"), QStringLiteral("is odd"), {}}});
        form.show();
        form.showError(error);
        QCOMPARE(form.fieldErrorText(QStringLiteral("name")), QStringLiteral("is too long"));
        QVERIFY(form.generalErrorText().contains(QStringLiteral("Mystery: is odd")));
    }

    void createEditPublishDelete()
    {
        const int before = m_view->model()->totalItems();
        QTest::mouseClick(child<QPushButton>("newButton"), Qt::LeftButton);
        QVERIFY(m_form);
        formChild<QSpinBox>("developerIdEdit")->setValue(12002);
        formChild<QLineEdit>("nameEdit")->setText(QStringLiteral("Aardvark Sync"));
        formChild<QLineEdit>("shortDescriptionEdit")->setText(QStringLiteral("First in the list"));
        formChild<QLineEdit>("installUrlEdit")->setText(QStringLiteral("https://example.com/aardvark"));
        QSignalSpy shown(m_view.get(), &ApplicationsView::applicationShown);
        QVERIFY(saveForm());
        QVERIFY(QTest::qWaitFor([&] { return !m_form; }, kTimeout)); // closed and deleted
        // The list was read again and the new application is selected and shown.
        QVERIFY(QTest::qWaitFor([&] { return m_view->model()->totalItems() == before + 1; }, kTimeout));
        QVERIFY(shown.wait(kTimeout) || m_view->currentId() != 0);
        QVERIFY(QTest::qWaitFor([&] { return child<QLabel>("nameValue")->text() == u"Aardvark Sync"; }, kTimeout));
        const qint64 id = m_view->currentId();
        QVERIFY(!child<QLabel>("secretValue")->text().isEmpty()); // the space generated one
        QCOMPARE(child<QLabel>("statusValue")->text(), Model::statusText(false));

        // Edit: the form starts from the record, without the secret.
        QTest::mouseClick(child<QPushButton>("editButton"), Qt::LeftButton);
        QVERIFY(m_form && m_form->isEdit());
        QCOMPARE(formChild<QLineEdit>("nameEdit")->text(), QStringLiteral("Aardvark Sync"));
        QVERIFY(formChild<QLineEdit>("secretKeyEdit")->text().isEmpty());
        const QString maskedBefore = child<QLabel>("secretValue")->text();
        formChild<QLineEdit>("installUrlEdit")->clear();
        QVERIFY(!saveForm()); // the space refuses an empty install URL
        QCOMPARE(m_form->fieldErrorText(QStringLiteral("InstallUrl")), QStringLiteral("is a required field"));
        formChild<QLineEdit>("installUrlEdit")->setText(QStringLiteral("https://example.com/aardvark/v2"));
        formChild<QLineEdit>("shortDescriptionEdit")->setText(QStringLiteral("Edited"));
        QVERIFY(saveForm());
        QVERIFY(QTest::qWaitFor([&] { return child<QLabel>("summaryValue")->text() == u"Edited"; }, kTimeout));
        QCOMPARE(child<QLabel>("installUrlValue")->text(), QStringLiteral("https://example.com/aardvark/v2"));
        QCOMPARE(child<QLabel>("secretValue")->text(), maskedBefore); // the secret survived the PUT
        QCOMPARE(m_view->currentId(), id);

        // Publish, then unpublish.
        QSignalSpy written(m_view.get(), &ApplicationsView::writeFinished);
        QTest::mouseClick(child<QPushButton>("publishButton"), Qt::LeftButton);
        QVERIFY(written.wait(kTimeout));
        QVERIFY(written.last().first().toBool());
        QVERIFY(QTest::qWaitFor([&] { return child<QLabel>("statusValue")->text() == Model::statusText(true); }, kTimeout));
        QVERIFY(child<QPushButton>("publishButton")->text().contains(QStringLiteral("publish")));
        QTest::mouseClick(child<QPushButton>("publishButton"), Qt::LeftButton);
        QVERIFY(written.wait(kTimeout));
        QVERIFY(QTest::qWaitFor([&] { return child<QLabel>("statusValue")->text() == Model::statusText(false); }, kTimeout));

        // Delete: refused confirmation does nothing; confirmed deletes and refreshes.
        m_confirmAnswer = false;
        QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
        QCOMPARE(m_confirmations, 1);
        QCOMPARE(m_view->currentId(), id);
        m_confirmAnswer = true;
        QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
        QVERIFY(written.wait(kTimeout));
        QVERIFY(written.last().first().toBool());
        QVERIFY(QTest::qWaitFor([&] { return m_view->model()->totalItems() == before && !m_view->model()->isLoading(); }, kTimeout));
        QCOMPARE(m_view->model()->rowForId(id), -1);
        QVERIFY(m_view->messageText().contains(QStringLiteral("Aardvark Sync")));
    }

    void memberGetsAnExplanation()
    {
        TestSpace member;
        QVERIFY(member.signIn(QStringLiteral("member@demo.test")));
        repository::ApplicationRepository applications(member.api());
        ApplicationsView view;
        view.setRepository(&applications);
        view.show();
        QSignalSpy ready(&view, &ApplicationsView::ready);
        view.reload();
        QVERIFY(ready.wait(kTimeout));
        QVERIFY(!view.messageText().isEmpty());
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.currentId(), 0);
    }
};

QTEST_MAIN(TestApplicationsView)
#include "tst_applicationsview.moc"
