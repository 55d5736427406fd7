// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

//! NEXUS Property OS accounts (issue 19, docs/property-os.md): properties, tenants, payments.
namespace propertyos {

enum class PropertyStatus { Unknown, Active, Inactive, Maintenance };
enum class TenantStatus { Unknown, Active, Former };
enum class LeaseStatus { Unknown, Active, Ended };
enum class PaymentMethod { Unknown, Cash, Cheque, BankTransfer, Card };
enum class PaymentStatus { Unknown, Completed, Pending, Failed, Refunded };

//! A postal address: read from an object (any of the usual key names) or a plain string.
struct Address {
    QString street;
    QString area;
    QString city;
    QString postalCode;
    QString country;
    QString formatted; //!< the server's own one-line text (a string address lands here)

    //! The server's text, or the parts joined with ", ".
    QString oneLine() const;
    bool operator==(const Address &) const = default;
};

struct Property {
    QString id; //!< opaque (numbers are read as their text)
    QString name;
    QString type;
    Address address;
    int unitsCount = 0;
    int occupiedUnits = 0;
    PropertyStatus status = PropertyStatus::Unknown;
};

struct EmergencyContact {
    QString name;
    QString relationship;
    QString phone;
    bool operator==(const EmergencyContact &) const = default;
};

//! A tenant's own contact details (what PUT /tenants/{id} may change).
struct TenantContacts {
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QList<EmergencyContact> emergencyContacts;
    bool operator==(const TenantContacts &) const = default;
};

struct Lease {
    QString id;
    QString tenantId;
    QString propertyId;
    QString unit;
    QDate startDate;
    QDate endDate;
    qint64 monthlyRentCents = 0; //!< hundredths of `currency`
    QString currency;
    LeaseStatus status = LeaseStatus::Unknown;
};

struct Payment {
    QString id;
    QString tenantId;
    QString propertyId;
    QString leaseId;
    qint64 amountCents = 0; //!< hundredths of `currency`
    QString currency;
    PaymentMethod method = PaymentMethod::Unknown;
    QDate date;
    PaymentStatus status = PaymentStatus::Unknown;
    QString reference;
};

struct Tenant {
    QString id;
    QString propertyId;
    QString unit;
    QString name; //!< the server's, or first and last name joined
    TenantContacts contacts;
    TenantStatus status = TenantStatus::Unknown;
    // Details only (GET /tenants/{id}); empty in lists.
    QList<Lease> leases;
    QList<Payment> payments;
};

} // namespace propertyos
