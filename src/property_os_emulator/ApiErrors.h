// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace propertyos {

//! Every error body of the Property OS emulator (docs/property-os.md, "Error bodies"):
//! {"message": "...", "code": "...", "errors": {"field": ["..."]}} — `errors` only for validation.
namespace ApiErrors {
emulator::Response error(int status, const QString &code, const QString &message);
emulator::Response notFound(const QString &what);
emulator::Response methodNotAllowed(const QByteArray &allow);
emulator::Response unauthenticated();
emulator::Response malformedJson();
}

//! Per-field validation messages, gathered while a body or a query is checked; answers 422.
class FieldErrors
{
public:
    void add(const QString &field, const QString &message);
    bool isEmpty() const { return m_fields.isEmpty(); }
    bool has(const QString &field) const { return m_fields.contains(field); }
    emulator::Response response() const;

    // The checks shared by the routes; each records its message under `field` when it fails.
    std::optional<QString> requiredString(const QJsonObject &body, const QString &key, const QString &field,
                                          int maxLength = 200);
    std::optional<QString> optionalString(const QJsonObject &body, const QString &key, const QString &field,
                                          int maxLength = 200);
    std::optional<QString> oneOf(const QJsonObject &body, const QString &key, const QString &field,
                                 const QStringList &allowed, bool required);
    void checkEmail(const QString &value, const QString &field);
    void checkPhone(const QString &value, const QString &field);

private:
    QJsonObject m_fields; // field -> [messages]
};

} // namespace propertyos
