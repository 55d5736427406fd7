// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiErrors.h"

#include <QJsonArray>
#include <QRegularExpression>

using emulator::Response;

namespace propertyos {

Response ApiErrors::error(int status, const QString &code, const QString &message)
{
    return Response::ofJson(QJsonObject{{QStringLiteral("message"), message}, {QStringLiteral("code"), code}}, status);
}

Response ApiErrors::notFound(const QString &what)
{
    return error(404, QStringLiteral("not_found"), QStringLiteral("%1 not found.").arg(what));
}

Response ApiErrors::methodNotAllowed(const QByteArray &allow)
{
    Response r = error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed."));
    r.setHeader("Allow", allow);
    return r;
}

Response ApiErrors::unauthenticated()
{
    Response r = error(401, QStringLiteral("unauthenticated"),
                       QStringLiteral("Missing or invalid API key (send Authorization: Bearer <key>)."));
    r.setHeader("WWW-Authenticate", "Bearer realm=\"NEXUS Property OS\"");
    return r;
}

Response ApiErrors::malformedJson()
{
    return error(400, QStringLiteral("invalid_json"), QStringLiteral("The request body is not a JSON object."));
}

void FieldErrors::add(const QString &field, const QString &message)
{
    QJsonArray messages = m_fields.value(field).toArray();
    messages.append(message);
    m_fields.insert(field, messages);
}

Response FieldErrors::response() const
{
    Response r = ApiErrors::error(422, QStringLiteral("validation_failed"), QStringLiteral("The given data was invalid."));
    QJsonObject body = r.json->toObject();
    body.insert(QStringLiteral("errors"), m_fields);
    r.json = body;
    return r;
}

std::optional<QString> FieldErrors::requiredString(const QJsonObject &body, const QString &key, const QString &field,
                                                   int maxLength)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
        add(field, QStringLiteral("is required"));
        return std::nullopt;
    }
    return optionalString(body, key, field, maxLength);
}

std::optional<QString> FieldErrors::optionalString(const QJsonObject &body, const QString &key, const QString &field,
                                                   int maxLength)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        add(field, QStringLiteral("must be a string"));
        return std::nullopt;
    }
    const QString text = v.toString().trimmed();
    if (text.size() > maxLength) {
        add(field, QStringLiteral("must be at most %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> FieldErrors::oneOf(const QJsonObject &body, const QString &key, const QString &field,
                                          const QStringList &allowed, bool required)
{
    const auto text = required ? requiredString(body, key, field) : optionalString(body, key, field);
    if (!text)
        return std::nullopt;
    if (!allowed.contains(*text)) {
        add(field, QStringLiteral("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return text;
}

void FieldErrors::checkEmail(const QString &value, const QString &field)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.match(value).hasMatch())
        add(field, QStringLiteral("must be an email address"));
}

void FieldErrors::checkPhone(const QString &value, const QString &field)
{
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 ()-]{5,19}$"));
    if (!phone.match(value).hasMatch())
        add(field, QStringLiteral("must be a phone number (digits, spaces, + ( ) -)"));
}

} // namespace propertyos
