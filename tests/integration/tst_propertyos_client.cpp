// SPDX-License-Identifier: GPL-3.0-or-later
// The Property OS client and repositories over real loopback HTTP against the in-process emulator:
// paging, filters, writes and their per-field errors, a lost POST, and the hourly budget.
#include "PropertyOsEmulator.h"
#include "clock/Clock.h"
#include "propertyos/PaymentRepository.h"
#include "propertyos/PropertyRepository.h"
#include "propertyos/TenantRepository.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace propertyos;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
const QString kKey = PropertyOsEmulator::demoApiKey();

//! What one repository call answered.
template<class T> struct Outcome {
    bool done = false;
    QList<T> values;
    int total = -1;
    api::ApiError error;
};

template<class T> calls::ListDone<T> intoList(Outcome<T> &o)
{
    return [&o](const QList<T> &values, int total) { o.values = values, o.total = total, o.done = true; };
}
template<class T> calls::RecordDone<T> intoRecord(Outcome<T> &o)
{
    return [&o](const T &value) { o.values = {value}, o.done = true; };
}
template<class T> calls::Failure intoError(Outcome<T> &o)
{
    return [&o](const api::ApiError &error) { o.error = error, o.done = true; };
}

QSet<QString> idsOf(const auto &records)
{
    QSet<QString> ids;
    for (const auto &r : records)
        ids.insert(r.id);
    return ids;
}

} // namespace

class TestPropertyOsClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PropertyOsEmulator> m_server;
    std::unique_ptr<PropertyOsClient> m_client;
    std::optional<core::ClockOverride> m_clock;

    void startServer(PropertyOsConfig config = {})
    {
        config.startAt = kNow;
        if (config.hourlyLimit < 0)
            config.plan = Plan::Enterprise;
        m_server = std::make_unique<PropertyOsEmulator>(config);
        QVERIFY(m_server->listen());
    }
    std::unique_ptr<PropertyOsClient> newClient(int hourlyLimit = 0)
    {
        auto client = std::make_unique<PropertyOsClient>(m_server->baseUrl(), kKey, hourlyLimit);
        client->api().setRetryBackoffMs({50, 50});
        return client;
    }
    QList<Property> allProperties(std::optional<PropertyStatus> status = {})
    {
        Outcome<Property> o;
        PropertyRepository(*m_client).list(status, this, intoList(o), intoError(o));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(o.done, 10000); }();
        [&] { QVERIFY2(!o.error.isError(), qPrintable(o.error.message())); }();
        return o.values;
    }
    QList<Payment> payments(const PaymentFilter &filter)
    {
        Outcome<Payment> o;
        PaymentRepository(*m_client).list(filter, this, intoList(o), intoError(o));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(o.done, 20000); }();
        [&] { QCOMPARE(o.total, int(o.values.size())); }();
        return o.values;
    }
    //! `count` GETs of the property list's first page; answers counted in `*answered`.
    void sendGets(PropertyOsClient &client, int count, int *answered)
    {
        for (int i = 0; i < count; ++i) {
            auto *request = client.get(QStringLiteral("properties"));
            connect(request, &api::JsonRequest::jsonReceived, this, [answered] { ++*answered; });
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }
    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/propertyos-budget")).removeRecursively();
        m_clock.emplace(kNow);
        startServer();
        m_client = newClient();
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_clock.reset();
    }

    void pagesThroughEveryRecord()
    {
        const QList<Property> properties = allProperties();
        QCOMPARE(properties.size(), 36); // the demo portfolio
        QCOMPARE(idsOf(properties).size(), 36);

        Outcome<Tenant> tenants; // more than one page of 100
        TenantRepository(*m_client).list({}, this, intoList(tenants), intoError(tenants));
        QTRY_VERIFY_WITH_TIMEOUT(tenants.done, 10000);
        QVERIFY(tenants.total > 200);
        QCOMPARE(int(tenants.values.size()), tenants.total);
        QCOMPARE(int(idsOf(tenants.values).size()), tenants.total);
    }

    void statusFilter()
    {
        int maintenance = 0;
        for (const Property &p : allProperties())
            maintenance += p.status == PropertyStatus::Maintenance;
        QVERIFY(maintenance > 0);
        const QList<Property> filtered = allProperties(PropertyStatus::Maintenance);
        QCOMPARE(int(filtered.size()), maintenance);
        for (const Property &p : filtered)
            QCOMPARE(p.status, PropertyStatus::Maintenance);
    }

    void createdPropertyIsListed()
    {
        wire::NewProperty draft;
        draft.name = QStringLiteral("Palm Villas");
        draft.type = QStringLiteral("mixed");
        draft.address = {QStringLiteral("1 Palm Crescent"), {}, QStringLiteral("Dubai"), {}, QStringLiteral("AE"), {}};
        draft.unitsCount = 12;
        Outcome<Property> created;
        PropertyRepository(*m_client).create(draft, this, intoRecord(created), intoError(created));
        QTRY_VERIFY_WITH_TIMEOUT(created.done, 10000);
        QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
        const Property p = created.values.first();
        QVERIFY(p.id.startsWith(u"prop_"));
        QCOMPARE(p.address.city, QStringLiteral("Dubai"));
        QCOMPARE(p.unitsCount, 12);
        QCOMPARE(p.status, PropertyStatus::Active);
        const QList<Property> listed = allProperties();
        QCOMPARE(listed.size(), 37);
        QVERIFY(idsOf(listed).contains(p.id));
    }

    void missingFieldsComeBackPerField()
    {
        wire::NewProperty draft;
        draft.name = QStringLiteral("No Street");
        draft.type = QStringLiteral("residential");
        draft.address.city = QStringLiteral("Ajman");
        Outcome<Property> created;
        PropertyRepository(*m_client).create(draft, this, intoRecord(created), intoError(created));
        QTRY_VERIFY_WITH_TIMEOUT(created.done, 10000);
        QCOMPARE(created.error.kind(), api::ApiError::Kind::Validation);
        QCOMPARE(created.error.httpStatus(), 422);
        const QMap<QString, QString> fields = wire::fieldMessages(created.error);
        QCOMPARE(fields.keys(), (QStringList{QStringLiteral("address.country"), QStringLiteral("address.street")}));
        QCOMPARE(fields.value(QStringLiteral("address.street")), QStringLiteral("is required"));
        QCOMPARE(allProperties().size(), 36);
    }

    void tenantDetailsAndContactUpdate()
    {
        TenantRepository tenants(*m_client);
        Outcome<Tenant> active;
        tenants.list({{}, {}, TenantStatus::Active}, this, intoList(active), intoError(active));
        QTRY_VERIFY_WITH_TIMEOUT(active.done, 10000);
        QVERIFY(active.values.size() > 100);
        const Tenant first = active.values.first();
        for (const Tenant &t : active.values)
            QCOMPARE(t.status, TenantStatus::Active);

        Outcome<Tenant> found; // search and property filter together
        tenants.list({first.contacts.email.toUpper(), first.propertyId, TenantStatus::Unknown}, this, intoList(found),
                     intoError(found));
        QTRY_VERIFY_WITH_TIMEOUT(found.done, 10000);
        QCOMPARE(idsOf(found.values), QSet<QString>{first.id});

        Outcome<Tenant> ofProperty;
        tenants.list({{}, first.propertyId, TenantStatus::Unknown}, this, intoList(ofProperty), intoError(ofProperty));
        QTRY_VERIFY_WITH_TIMEOUT(ofProperty.done, 10000);
        QVERIFY(ofProperty.values.size() > 1);
        QVERIFY(ofProperty.values.size() < active.values.size());
        for (const Tenant &t : ofProperty.values)
            QCOMPARE(t.propertyId, first.propertyId);

        Outcome<Tenant> details;
        tenants.details(first.id, this, intoRecord(details), intoError(details));
        QTRY_VERIFY_WITH_TIMEOUT(details.done, 10000);
        const Tenant t = details.values.value(0);
        QCOMPARE(t.id, first.id);
        QVERIFY(!t.leases.isEmpty());
        QVERIFY(!t.payments.isEmpty());
        for (const Payment &p : t.payments) {
            QCOMPARE(p.tenantId, t.id);
            QVERIFY(p.amountCents > 0);
            QVERIFY(p.method != PaymentMethod::Unknown);
            QVERIFY(p.date.isValid());
        }
        QCOMPARE(t.leases.first().tenantId, t.id);

        TenantContacts contacts = t.contacts;
        contacts.phone = QStringLiteral("+971 50 000 1111");
        contacts.emergencyContacts = {{QStringLiteral("Layla Haddad"), QStringLiteral("sister"), QStringLiteral("+971 55 222 3333")}};
        Outcome<Tenant> saved;
        tenants.updateContacts(t.id, contacts, this, intoRecord(saved), intoError(saved));
        QTRY_VERIFY_WITH_TIMEOUT(saved.done, 10000);
        QVERIFY2(!saved.error.isError(), qPrintable(saved.error.message()));
        QCOMPARE(saved.values.first().contacts, contacts);
        Outcome<Tenant> reread;
        tenants.details(t.id, this, intoRecord(reread), intoError(reread));
        QTRY_VERIFY_WITH_TIMEOUT(reread.done, 10000);
        QCOMPARE(reread.values.value(0).contacts, contacts);
        QCOMPARE(reread.values.value(0).leases.size(), t.leases.size());
    }

    void paymentsByDateRangeStatusAndProperty()
    {
        const QList<Payment> every = payments({});
        QVERIFY(every.size() > 1000);
        const QString property = every.first().propertyId;
        const PaymentFilter filter{QDate(2026, 9, 1), QDate(2026, 10, 31), PaymentStatus::Completed, property};
        QSet<QString> expected;
        for (const Payment &p : every) {
            if (p.date >= filter.from && p.date <= filter.to && p.status == filter.status && p.propertyId == property)
                expected.insert(p.id);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(idsOf(payments(filter)), expected);
    }

    void recordPayment()
    {
        Outcome<Tenant> list;
        TenantRepository(*m_client).list({{}, {}, TenantStatus::Active}, this, intoList(list), intoError(list));
        QTRY_VERIFY_WITH_TIMEOUT(list.done, 10000);
        const wire::NewPayment draft{list.values.first().id, 450050, PaymentMethod::Cheque, QDate(2026, 12, 5), QStringLiteral("CHQ-1")};
        Outcome<Payment> recorded;
        PaymentRepository(*m_client).record(draft, this, intoRecord(recorded), intoError(recorded));
        QTRY_VERIFY_WITH_TIMEOUT(recorded.done, 10000);
        QVERIFY2(!recorded.error.isError(), qPrintable(recorded.error.message()));
        const Payment p = recorded.values.first();
        QCOMPARE(p.amountCents, 450050);
        QCOMPARE(p.status, PaymentStatus::Pending); // a cheque must clear
        QCOMPARE(p.tenantId, draft.tenantId);
        QVERIFY(idsOf(payments({QDate(2026, 12, 5), QDate(2026, 12, 5), PaymentStatus::Pending, p.propertyId})).contains(p.id));
    }

    void droppedPostIsNotSentAgain()
    {
        PropertyOsConfig config;
        config.dropRate = 1.0;
        startServer(config);
        m_client = newClient();
        Outcome<Payment> recorded;
        PaymentRepository(*m_client).record({QStringLiteral("ten_x"), 100, PaymentMethod::Cash, QDate(2026, 12, 1), {}},
                                            this, intoRecord(recorded), intoError(recorded));
        QTRY_VERIFY_WITH_TIMEOUT(recorded.done, 10000);
        QCOMPARE(recorded.error.kind(), api::ApiError::Kind::Network);
        QVERIFY(recorded.error.isOutcomeUnknown());
        QTest::qWait(300); // longer than the retry backoff (50 ms)
        QCOMPARE(m_server->requestCount(), 1);

        // The same drop on a GET is retried (twice): the count above could have failed.
        Outcome<Tenant> details;
        TenantRepository(*m_client).details(QStringLiteral("ten_x"), this, intoRecord(details), intoError(details));
        QTRY_VERIFY_WITH_TIMEOUT(details.done, 10000);
        QCOMPARE(m_server->requestCount(), 4);
    }

    void keyGoesToTheAccountsOriginOnly()
    {
        PropertyOsEmulator other(PropertyOsConfig{});
        QVERIFY(other.listen());
        QVERIFY(other.baseUrl() != m_server->baseUrl()); // another port: another origin
        int status = 0;
        auto *foreign = m_client->api().json("GET", other.baseUrl().resolved(QUrl(QStringLiteral("/api/v2/properties"))));
        connect(foreign, &api::JsonRequest::failed, this, [&status](const api::ApiError &e) { status = e.httpStatus(); });
        QTRY_COMPARE_WITH_TIMEOUT(status, 401, 10000); // sent without the key
        int answered = 0;
        sendGets(*m_client, 1, &answered);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 1, 10000); // the key does go to its own origin
    }

    void wrongKeyFailsOnceAsUnauthorized()
    {
        PropertyOsClient client(m_server->baseUrl(), QStringLiteral("wrong-key"), 0);
        api::ApiError error;
        bool failed = false;
        connect(client.get(QStringLiteral("properties")), &api::JsonRequest::failed, this,
                [&](const api::ApiError &e) { error = e, failed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(failed, 10000);
        QCOMPARE(error.kind(), api::ApiError::Kind::Unauthorized);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void refusedContactsComeBackPerField()
    {
        Outcome<Tenant> list;
        TenantRepository tenants(*m_client);
        tenants.list({{}, {}, TenantStatus::Active}, this, intoList(list), intoError(list));
        QTRY_VERIFY_WITH_TIMEOUT(list.done, 10000);
        TenantContacts contacts = list.values.first().contacts;
        contacts.email = QStringLiteral("not-an-email");
        contacts.emergencyContacts = {{QStringLiteral("Sam"), {}, QStringLiteral("call me")}};
        Outcome<Tenant> saved;
        tenants.updateContacts(list.values.first().id, contacts, this, intoRecord(saved), intoError(saved));
        QTRY_VERIFY_WITH_TIMEOUT(saved.done, 10000);
        QCOMPARE(saved.error.kind(), api::ApiError::Kind::Validation);
        const QMap<QString, QString> fields = wire::fieldMessages(saved.error);
        QCOMPARE(fields.keys(), (QStringList{QStringLiteral("email"), QStringLiteral("emergency_contacts.0.phone")}));
    }

    void budgetHoldsTheQueueUntilTheHourPasses()
    {
        m_client = newClient(5);
        int answered = 0;
        sendGets(*m_client, 7, &answered);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 5, 10000);
        QTest::qWait(1500); // over one pacer re-check
        QCOMPARE(answered, 5);
        QCOMPARE(m_server->requestCount(), 5);
        QCOMPARE(m_client->api().queuedCount(), 2); // waiting, not dropped
        QCOMPARE(m_client->budget().spentInLastHour(), 5);

        m_clock->advanceSecs(3600);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 7, 5000);
        QCOMPARE(m_server->requestCount(), 7);
    }

    void spendSurvivesANewClientAndIsShared()
    {
        int answered = 0;
        {
            auto first = newClient(3);
            sendGets(*first, 2, &answered);
            QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 10000);
        }
        auto second = newClient(3);
        auto third = newClient(3); // another run on the same account at the same time
        QCOMPARE(second->budget().spentInLastHour(), 2);
        QCOMPARE(second->budget().filePath(), third->budget().filePath());
        sendGets(*second, 2, &answered);
        sendGets(*third, 2, &answered);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 10000);
        QTest::qWait(1500);
        QCOMPARE(answered, 3);
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(second->api().queuedCount() + third->api().queuedCount(), 3);

        QFile file(second->budget().filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray persisted = file.readAll();
        QVERIFY(persisted.contains(m_server->baseUrl().host().toUtf8()));
        QVERIFY(!persisted.contains(kKey.toUtf8()));
    }

    void throttledAnswerPausesThenResumes()
    {
        PropertyOsConfig config;
        config.hourlyLimit = 2;
        startServer(config);
        m_client = newClient(0); // no budget of its own: only the server's 429 holds it
        int answered = 0;
        sendGets(*m_client, 3, &answered);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 3, 10000);
        QTest::qWait(1500);
        QCOMPARE(answered, 2);
        QCOMPARE(m_server->requestCount(), 3); // the 429, then nothing while paused
        const qint64 pause = m_client->budget().delayMs();
        QVERIFY2(pause > 3500 * 1000 && pause <= 3600 * 1000, qPrintable(QString::number(pause)));

        m_server->advance(3600);
        m_clock->advanceSecs(3600);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 5000);
        QCOMPARE(m_server->requestCount(), 4);
    }

    void missingRetryAfterPausesForTheDefault()
    {
        HourlyBudget budget(m_server->baseUrl(), 0);
        budget.pauseFor(-1);
        QCOMPARE(budget.delayMs(), budget.defaultPauseMs());
        m_clock->advanceSecs(budget.defaultPauseMs() / 1000);
        QCOMPARE(budget.delayMs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPropertyOsClient)
#include "tst_propertyos_client.moc"
