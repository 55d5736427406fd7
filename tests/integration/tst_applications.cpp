// SPDX-License-Identifier: GPL-3.0-or-later
// Applications against the in-process emulator: the self-paging list model (QAbstractItemModelTester,
// paging, search), the repository's create with each required field missing (Errors[] per field),
// the read-change-write update that keeps what the form does not show, publish, delete, a member's
// 403, and the secret key never reaching a model role or a log line.
#include "TestSpace.h"
#include "models/ApplicationListModel.h"
#include "repository/ApplicationRepository.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QMutex>

namespace {
using Model = models::ApplicationListModel;
using Repo = repository::ApplicationRepository;
constexpr int kTimeout = 15000;

QStringList g_log;
QMutex g_logMutex;
QtMessageHandler g_previous = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

bool pageToEnd(Model *model)
{
    while (!model->isAtEnd()) {
        if (model->canFetchMore())
            model->fetchMore();
        if (!QTest::qWaitFor([model] { return !model->isLoading(); }, kTimeout) || model->hasFailed())
            return false;
    }
    return true;
}

domain::Application validDraft(const QString &name)
{
    domain::Application a;
    a.developerId = 12001;
    a.name = name;
    a.shortDescription = QStringLiteral("Short");
    a.installUrl = QStringLiteral("https://example.com/install");
    return a;
}
} // namespace

class TestApplications : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSpace> m_space;
    std::unique_ptr<Repo> m_repo;

    // Synchronous helpers over the callback API.
    std::optional<domain::Application> load(qint64 id)
    {
        std::optional<domain::Application> out;
        bool done = false;
        m_repo->load(id, this, [&](const domain::Application &a) { out = a; done = true; },
                     [&](const api::ApiError &) { done = true; });
        return QTest::qWaitFor([&] { return done; }, kTimeout) ? out : std::nullopt;
    }
    template<class Call> std::pair<qint64, api::ApiError> write(Call call)
    {
        qint64 id = -1;
        api::ApiError error;
        bool done = false;
        call([&](qint64 written) { id = written; done = true; }, [&](const api::ApiError &e) { error = e; done = true; });
        if (!QTest::qWaitFor([&] { return done; }, kTimeout))
            error = api::ApiError(api::ApiError::Kind::Timeout);
        return {id, error};
    }
    std::pair<qint64, api::ApiError> create(const domain::Application &draft)
    {
        return write([&](auto ok, auto fail) { m_repo->create(draft, this, ok, fail); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("portaldesk.*=true")); // debug lines too
        g_previous = qInstallMessageHandler(captureMessage);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void init()
    {
        m_space = std::make_unique<TestSpace>();
        QVERIFY(m_space->signIn(QStringLiteral("admin@demo.test")));
        m_repo = std::make_unique<Repo>(m_space->api());
    }
    void cleanup()
    {
        m_repo.reset();
        m_space.reset();
    }

    void query()
    {
        const QUrlQuery q = Repo::pageQuery(2, 15, QStringLiteral("  Slack Notifier ")).toUrlQuery();
        QCOMPARE(q.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
        QCOMPARE(q.queryItemValue(QStringLiteral("size")), QStringLiteral("15"));
        QCOMPARE(q.queryItemValue(QStringLiteral("orderBy")), QStringLiteral("Name"));
        QCOMPARE(q.queryItemValue(QStringLiteral("Application_Name"), QUrl::FullyDecoded), QStringLiteral("Slack Notifier"));
        QVERIFY(!Repo::pageQuery(1, 15, QStringLiteral(" ")).toUrlQuery().hasQueryItem(QStringLiteral("Application_Name")));
    }

    void pagesThroughTheList()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPageSize(4);
        model.setRepository(m_repo.get());
        QVERIFY(!model.canFetchMore()); // nothing is asked before reload()
        QSignalSpy pages(&model, &Model::pageLoaded);
        model.reload();
        QVERIFY(pages.wait(kTimeout));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalItems(), 9);
        QVERIFY(model.canFetchMore());
        QVERIFY(pageToEnd(&model));
        QCOMPARE(model.pagesLoaded(), 3);
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(!model.canFetchMore());
        // Ordered by name, no duplicates, and no role carries a secret.
        QSet<qint64> ids;
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QString name = index.data(Model::NameRole).toString();
            QVERIFY(previous.compare(name, Qt::CaseInsensitive) <= 0);
            previous = name;
            ids.insert(index.data(Model::IdRole).toLongLong());
            QVERIFY(model.applicationAt(row).secretKey.isEmpty());
            QVERIFY(index.data(Model::ApplicationRole).value<domain::Application>().secretKey.isEmpty());
            QVERIFY(!index.data(Model::ApplicationKeyRole).toString().isEmpty());
        }
        QCOMPARE(ids.size(), 9);
        const qint64 someId = *ids.begin();
        const auto full = load(someId);
        QVERIFY(full && !full->secretKey.isEmpty()); // the detail has it, the list did not
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int role : model.roleNames().keys())
                QVERIFY(!model.index(row).data(role).toString().contains(full->secretKey));
        }
    }

    void reloadMidListStartsOverFromTheFirstPage()
    {
        Model model;
        // The tester asks for more while the model resets, as views do.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPageSize(4);
        model.setRepository(m_repo.get());
        QSignalSpy pages(&model, &Model::pageLoaded);
        model.reload();
        QVERIFY(pages.wait(kTimeout));
        QVERIFY(model.canFetchMore()); // one page of three: the list goes on
        const QString first = model.index(0).data(Model::NameRole).toString();
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.isLoading(), kTimeout);
        QCOMPARE(model.index(0).data(Model::NameRole).toString(), first);
        QVERIFY(pageToEnd(&model));
        QCOMPARE(model.rowCount(), 9);
    }

    void searchesByName()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRepository(m_repo.get());
        QSignalSpy pages(&model, &Model::pageLoaded);
        model.reload();
        QVERIFY(pages.wait(kTimeout));
        model.setSearch(QStringLiteral("slack notifier"));
        QVERIFY(pages.wait(kTimeout));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(Model::NameRole).toString(), QStringLiteral("Slack Notifier"));
        model.setSearch({});
        QVERIFY(pages.wait(kTimeout));
        QCOMPARE(model.rowCount(), 9);
    }

    void createWithAMissingRequiredField_data()
    {
        QTest::addColumn<QString>("property");
        for (const char *p : {"DeveloperId", "Name", "ShortDescription", "InstallUrl"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void createWithAMissingRequiredField()
    {
        QFETCH(QString, property);
        domain::Application draft = validDraft(QStringLiteral("Incomplete"));
        if (property == u"DeveloperId") draft.developerId = 0;
        if (property == u"Name") draft.name.clear();
        if (property == u"ShortDescription") draft.shortDescription.clear();
        if (property == u"InstallUrl") draft.installUrl.clear();
        const auto [id, error] = create(draft);
        QCOMPARE(id, -1);
        QCOMPARE(error.kind(), api::ApiError::Kind::Validation);
        QCOMPARE(error.fieldErrors().size(), 1);
        QCOMPARE(error.fieldErrors().first().propertyName, property);
        QCOMPARE(error.messageForField(property), QStringLiteral("is a required field"));
    }

    void createUpdatePublishDelete()
    {
        QString secret = QStringLiteral("s3cr3t-0123456789abcdef");
        domain::Application draft = validDraft(QStringLiteral("Test Bridge"));
        draft.secretKey = secret;
        m_space->server->resetCounters();
        const auto [id, createError] = create(draft);
        QVERIFY2(!createError.isError(), qPrintable(createError.message()));
        QCOMPARE(m_space->server->requestCount("POST", QStringLiteral("/api/apps/applications")), 1);
        QVERIFY(id > 0);
        auto stored = load(id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Test Bridge"));
        QCOMPARE(stored->secretKey, secret);
        QVERIFY(!stored->applicationKey.isEmpty());
        QVERIFY(!stored->published);

        // Update changes one field; the PUT carries the rest as read, so nothing else is lost.
        m_space->server->resetCounters();
        auto [updatedId, updateError] = write([&](auto ok, auto fail) {
            m_repo->update(id, [](domain::Application &a) { a.shortDescription = QStringLiteral("Changed"); }, this, ok, fail);
        });
        QVERIFY2(!updateError.isError(), qPrintable(updateError.message()));
        QCOMPARE(updatedId, id);
        QCOMPARE(m_space->server->requestCount("GET", QStringLiteral("/api/apps/applications/")), 1); // read
        QCOMPARE(m_space->server->requestCount("PUT", QStringLiteral("/api/apps/applications")), 1);  // then write
        QCOMPARE(m_space->server->requestCount("PATCH"), 0);
        auto after = load(id);
        QCOMPARE(after->shortDescription, QStringLiteral("Changed"));
        QCOMPARE(after->secretKey, secret);
        QCOMPARE(after->installUrl, stored->installUrl);
        QCOMPARE(after->developerId, stored->developerId);
        QCOMPARE(after->applicationKey, stored->applicationKey);

        // An update that clears a required field fails on that field.
        auto [badId, badError] = write([&](auto ok, auto fail) {
            m_repo->update(id, [](domain::Application &a) { a.installUrl.clear(); }, this, ok, fail);
        });
        QCOMPARE(badId, -1);
        QCOMPARE(badError.fieldErrors().value(0).propertyName, QStringLiteral("InstallUrl"));

        // Publish and unpublish are the same read-change-write.
        auto [pubId, pubError] = write([&](auto ok, auto fail) { m_repo->setPublished(id, true, this, ok, fail); });
        QVERIFY(!pubError.isError());
        QVERIFY(load(id)->published);
        QCOMPARE(load(id)->shortDescription, QStringLiteral("Changed"));
        auto [unpubId, unpubError] = write([&](auto ok, auto fail) { m_repo->setPublished(id, false, this, ok, fail); });
        QVERIFY(!unpubError.isError());
        QVERIFY(!load(id)->published);

        // A record with roles keeps them through an update.
        qint64 withRolesId = 0;
        bool listed = false;
        m_repo->loadPage(1, 50, {}, this, [&](const QList<domain::Application> &list, const api::ListPageMeta &) {
            for (const auto &a : list) {
                if (a.name == u"Slack Notifier")
                    withRolesId = a.id;
            }
            listed = true;
        }, [&](const api::ApiError &) { listed = true; });
        QVERIFY(QTest::qWaitFor([&] { return listed; }, kTimeout));
        QVERIFY(withRolesId != 0);
        const auto before = load(withRolesId);
        QVERIFY(before && !before->requiredRoleIds.isEmpty());
        write([&](auto ok, auto fail) { m_repo->setPublished(withRolesId, !before->published, this, ok, fail); });
        QCOMPARE(load(withRolesId)->requiredRoleIds, before->requiredRoleIds);
        QCOMPARE(load(withRolesId)->secretKey, before->secretKey);

        auto [deletedId, deleteError] = write([&](auto ok, auto fail) { m_repo->remove(id, this, ok, fail); });
        QVERIFY(!deleteError.isError());
        QCOMPARE(deletedId, id);
        QVERIFY(!load(id));

        // Not one log line (debug included) carried a secret.
        QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty()); // the capture works: requests were logged
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(secret), qPrintable(line));
            QVERIFY2(!line.contains(before->secretKey), qPrintable(line));
        }
    }

    void memberIsRefused()
    {
        TestSpace member;
        QVERIFY(member.signIn(QStringLiteral("member@demo.test")));
        Repo repo(member.api());
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRepository(&repo);
        QSignalSpy errors(&model, &Model::errorOccurred);
        model.reload();
        QVERIFY(errors.wait(kTimeout));
        QVERIFY(!errors.first().first().toString().isEmpty());
        QVERIFY(model.hasFailed());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore()); // no hammering after a refusal
    }
};

QTEST_GUILESS_MAIN(TestApplications)
#include "tst_applications.moc"
