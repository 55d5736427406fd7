// SPDX-License-Identifier: GPL-3.0-or-later
// Property OS readers and write bodies: the emulator's shapes and the alternatives of
// docs/property-os.md that a real server may send.
#include "api/ApiError.h"
#include "api/ErrorBody.h"
#include "propertyos/PropertyOsJson.h"
#include "propertyos/PropertyOsWrites.h"

#include <QJsonArray>
#include <QTest>

using namespace propertyos;

namespace {
QJsonDocument doc(const char *text)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text), &error);
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return d;
}
} // namespace

class TestPropertyOsJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void envelopeWithMeta()
    {
        const wire::Page page = wire::readPage(doc(R"({"data":[{"id":"prop_a"},{"id":"prop_b"}],"meta":{"total":36,"page":2,"limit":100}})"));
        QVERIFY(page.readable);
        QCOMPARE(page.records.size(), 2);
        QCOMPARE(page.total, 36);
        QCOMPARE(page.page, 2);
        QCOMPARE(page.limit, 100);
    }
    void bareArrayAndMissingMeta()
    {
        const wire::Page bare = wire::readPage(doc(R"([{"id":1},{"id":2},{"id":3}])"));
        QVERIFY(bare.readable);
        QCOMPARE(bare.records.size(), 3);
        QCOMPARE(bare.total, -1);
        const wire::Page noMeta = wire::readPage(doc(R"({"data":[{"id":1}]})"));
        QVERIFY(noMeta.readable);
        QCOMPARE(noMeta.records.size(), 1);
        QCOMPARE(noMeta.total, -1);
        const wire::Page laravel = wire::readPage(doc(R"({"data":[],"meta":{"total":"7","current_page":1,"per_page":5,"last_page":2}})"));
        QCOMPARE(laravel.total, 7);
        QCOMPARE(laravel.limit, 5);
        QCOMPARE(laravel.lastPage, 2);
        QVERIFY(!wire::readPage(doc(R"({"message":"nope"})")).readable);
    }
    void propertyWithObjectOrStringAddressAndNumericId()
    {
        const Property p = wire::readProperty(doc(R"({"id":"prop_abc123","name":"Marina Heights","type":"residential",
            "address":{"street":"12 Marina Walk","area":"Dubai Marina","city":"Dubai","postal_code":"00000","country":"AE"},
            "units_count":"24","occupied_units":18,"status":"maintenance"})").object());
        QCOMPARE(p.id, QStringLiteral("prop_abc123"));
        QCOMPARE(p.address.city, QStringLiteral("Dubai"));
        QCOMPARE(p.address.oneLine(), QStringLiteral("12 Marina Walk, Dubai Marina, Dubai, 00000, AE"));
        QCOMPARE(p.unitsCount, 24);
        QCOMPARE(p.occupiedUnits, 18);
        QCOMPARE(p.status, PropertyStatus::Maintenance);

        const Property s = wire::readProperty(doc(R"({"id":42,"address":"Dubai Marina, Dubai","status":"active"})").object());
        QCOMPARE(s.id, QStringLiteral("42"));
        QCOMPARE(s.address.oneLine(), QStringLiteral("Dubai Marina, Dubai"));
        QCOMPARE(s.status, PropertyStatus::Active);

        const Address other = wire::readAddress(doc(R"({"line1":"1 Road","line2":"Bldg 3","emirate":"Sharjah","zip":"123","city":"Sharjah"})").object());
        QCOMPARE(other.street, QStringLiteral("1 Road"));
        QCOMPARE(other.area, QStringLiteral("Bldg 3"));
        QCOMPARE(other.postalCode, QStringLiteral("123"));
    }
    void tenantDetails()
    {
        const Tenant t = wire::readTenant(wire::readRecord(doc(R"({"data":{"id":"ten_1","property_id":"prop_1","unit":"A-101",
            "first_name":"Aisha","last_name":"Khan","email":"a@example.ae","phone":"+971 50 123 4567","status":"active",
            "emergency_contacts":[{"name":"Omar Khan","relationship":"brother","phone":"+971 50 765 4321"}],
            "leases":[{"id":"lease_1","start_date":"2025-01-01","end_date":"2025-12-31","monthly_rent":"8500.5","currency":"AED","status":"ended"}],
            "payments":[{"id":"pay_1","amount":{"value":8500.5,"currency":"AED"},"method":"check","date":"2026-11-01T10:00:00+04:00","status":"paid"}]}})")));
        QCOMPARE(t.name, QStringLiteral("Aisha Khan"));
        QCOMPARE(t.status, TenantStatus::Active);
        QCOMPARE(t.contacts.emergencyContacts.size(), 1);
        QCOMPARE(t.contacts.emergencyContacts.first().relationship, QStringLiteral("brother"));
        QCOMPARE(t.leases.size(), 1);
        QCOMPARE(t.leases.first().monthlyRentCents, 850050);
        QCOMPARE(t.leases.first().status, LeaseStatus::Ended);
        QCOMPARE(t.leases.first().endDate, QDate(2025, 12, 31));
        QCOMPARE(t.payments.size(), 1);
        const Payment p = t.payments.first();
        QCOMPARE(p.amountCents, 850050);
        QCOMPARE(p.currency, QStringLiteral("AED"));
        QCOMPARE(p.method, PaymentMethod::Cheque);
        QCOMPARE(p.date, QDate(2026, 11, 1)); // the date as written, whatever the zone
        QCOMPARE(p.status, PaymentStatus::Completed);
    }
    void paymentSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("method");
        QTest::newRow("bank_transfer") << QStringLiteral("bank_transfer") << int(PaymentMethod::BankTransfer);
        QTest::newRow("bank-transfer") << QStringLiteral("Bank-Transfer") << int(PaymentMethod::BankTransfer);
        QTest::newRow("bank") << QStringLiteral("bank") << int(PaymentMethod::BankTransfer);
        QTest::newRow("cheque") << QStringLiteral("cheque") << int(PaymentMethod::Cheque);
        QTest::newRow("cash") << QStringLiteral("cash") << int(PaymentMethod::Cash);
        QTest::newRow("credit_card") << QStringLiteral("credit_card") << int(PaymentMethod::Card);
        QTest::newRow("bitcoin") << QStringLiteral("bitcoin") << int(PaymentMethod::Unknown);
    }
    void paymentSpellings()
    {
        QFETCH(QString, text);
        QFETCH(int, method);
        QCOMPARE(int(wire::paymentMethod(text)), method);
    }
    void amounts()
    {
        QCOMPARE(wire::readCents(QJsonValue(4500.5)), std::optional<qint64>(450050));
        QCOMPARE(wire::readCents(QJsonValue(QStringLiteral("4500.50"))), std::optional<qint64>(450050));
        QCOMPARE(wire::readCents(QJsonValue(0.29)), std::optional<qint64>(29));
        QCOMPARE(wire::readCents(QJsonValue(QStringLiteral("abc"))), std::nullopt);
    }

    void fieldErrorShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("object of lists") << QByteArray(R"({"message":"Invalid","errors":{"address.city":["City is required.","Too short."]}})")
                                         << QStringLiteral("address.city") << QStringLiteral("City is required.; Too short.");
        QTest::newRow("object of strings") << QByteArray(R"({"errors":{"name":"Name is required."}})")
                                           << QStringLiteral("name") << QStringLiteral("Name is required.");
        QTest::newRow("nested") << QByteArray(R"({"errors":{"address":{"city":["City is required."]}}})")
                                << QStringLiteral("address.city") << QStringLiteral("City is required.");
        QTest::newRow("array field/message") << QByteArray(R"({"errors":[{"field":"emergency_contacts[0].phone","message":"Bad phone."}]})")
                                             << QStringLiteral("emergency_contacts.0.phone") << QStringLiteral("Bad phone.");
        QTest::newRow("json:api") << QByteArray(R"({"errors":[{"source":{"pointer":"/data/attributes/name"},"detail":"Required."}]})")
                                  << QStringLiteral("name") << QStringLiteral("Required.");
    }
    void fieldErrorShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const api::ApiError error = api::ApiError::fromHttpStatus(422, body);
        QCOMPARE(error.kind(), api::ApiError::Kind::Validation);
        const QMap<QString, QString> messages = wire::fieldMessages(error);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.value(field), message);
    }
    void errorTexts()
    {
        QCOMPARE(api::ApiError::fromHttpStatus(400, R"({"error":"bad thing"})").serverMessage(), QStringLiteral("bad thing"));
        QCOMPARE(api::ApiError::fromHttpStatus(400, R"({"error":{"code":"x","message":"nested text"}})").serverMessage(),
                 QStringLiteral("nested text"));
        QCOMPARE(api::ApiError::fromHttpStatus(422, R"({"title":"Invalid","detail":"name missing","status":422})").serverMessage(),
                 QStringLiteral("name missing"));
        QCOMPARE(api::ApiError::fromHttpStatus(409, R"({"message":"slow down"})").kind(), api::ApiError::Kind::Throttled);
        QCOMPARE(api::ApiError::fromHttpStatus(422, "<html>proxy</html>").fieldErrors().size(), 0);
    }

    void writeBodies()
    {
        wire::NewProperty property;
        property.name = QStringLiteral("Palm Villas");
        property.type = QStringLiteral("mixed");
        property.address.street = QStringLiteral("1 Palm Crescent");
        property.address.city = QStringLiteral("Dubai");
        property.address.country = QStringLiteral("AE");
        const QJsonObject p = wire::propertyBody(property);
        QCOMPARE(p.value(u"address").toObject().value(u"city").toString(), QStringLiteral("Dubai"));
        QVERIFY(!p.contains(u"units_count"));
        QVERIFY(!p.contains(u"status"));

        wire::NewPayment payment;
        payment.tenantId = QStringLiteral("ten_1");
        payment.amountCents = 450050;
        payment.method = PaymentMethod::BankTransfer;
        payment.date = QDate(2026, 12, 1);
        const QJsonObject b = wire::paymentBody(payment);
        QCOMPARE(b.value(u"amount").toDouble(), 4500.5);
        QCOMPARE(b.value(u"method").toString(), QStringLiteral("bank_transfer"));
        QCOMPARE(b.value(u"date").toString(), QStringLiteral("2026-12-01"));

        TenantContacts contacts;
        contacts.email = QStringLiteral("x@example.ae");
        contacts.emergencyContacts = {{QStringLiteral("Sam"), {}, QStringLiteral("+971 4 000 0000")}};
        const QJsonObject c = wire::contactsBody(contacts);
        QCOMPARE(c.value(u"emergency_contacts").toArray().size(), 1);
        QVERIFY(!c.value(u"emergency_contacts").toArray().first().toObject().contains(u"relationship"));
        QCOMPARE(wire::readContacts(c), contacts);
    }
};

QTEST_GUILESS_MAIN(TestPropertyOsJson)
#include "tst_propertyosjson.moc"
