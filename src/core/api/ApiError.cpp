// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include "ErrorBody.h"
#include "json/JsonRead.h"

#include <QCoreApplication>
#include <algorithm>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace api {

namespace {
//! A short readable excerpt of what the server said, when it said something in JSON.
QString serverTextFrom(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const auto key : {u"Message", u"error_description", u"error", u"message"}) {
            const QString text = json::readString(o, key);
            if (!text.isEmpty())
                return text.left(300);
        }
        if (const QString text = errorbody::text(o); !text.isEmpty()) // {"error": {"message"}}, RFC 7807
            return text.left(300);
    }
    // Some routes answer with a bare JSON string ("Not found").
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + body + "]");
    if (wrapped.isArray() && wrapped.array().size() == 1 && wrapped.array().first().isString())
        return wrapped.array().first().toString().left(300);
    return {};
}
} // namespace

ApiError::ApiError(Kind kind, int httpStatus, QString serverMessage)
    : m_kind(kind), m_httpStatus(httpStatus), m_serverMessage(std::move(serverMessage))
{
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (m_outcomeUnknown)
            return QCoreApplication::translate("api::ApiError", "The connection was lost before the space answered. The change may or may not have "
                      "been saved: check before trying again.");
        return QCoreApplication::translate("api::ApiError", "The space could not be reached. Check your internet connection.");
    case Kind::Timeout:
        if (m_outcomeUnknown)
            return QCoreApplication::translate("api::ApiError", "The space did not answer in time. The change may or may not have been saved: check "
                      "before trying again.");
        return QCoreApplication::translate("api::ApiError", "The space took too long to answer. Please try again.");
    case Kind::Unauthorized:
        return QCoreApplication::translate("api::ApiError", "Your session has expired. Please sign in again.");
    case Kind::Forbidden:
        return QCoreApplication::translate("api::ApiError", "Your account is not allowed to see this.");
    case Kind::NotFound:
        return QCoreApplication::translate("api::ApiError", "This item no longer exists on the space.");
    case Kind::Throttled:
        if (m_retryAfterMs > 0) {
            // Kept out of the call: lupdate 6.4 hangs on a parenthesised expression there.
            const int seconds = int((m_retryAfterMs + 999) / 1000);
            return QCoreApplication::translate("api::ApiError", "The space is busy. Trying again in %n second(s).",
                                               nullptr, seconds);
        }
        return QCoreApplication::translate("api::ApiError", "The space is busy. Please wait a moment and try again.");
    case Kind::Validation:
        if (!m_fieldErrors.isEmpty())
            return QCoreApplication::translate("api::ApiError", "%n field(s) need attention.", nullptr,
                                               int(m_fieldErrors.size()));
        if (!m_serverMessage.isEmpty())
            return QCoreApplication::translate("api::ApiError", "The space refused the change: %1")
                .arg(m_serverMessage);
        return QCoreApplication::translate("api::ApiError", "The space refused the change.");
    case Kind::Server:
        return QCoreApplication::translate("api::ApiError", "The space had a problem answering. Please try again later.");
    case Kind::BadPayload:
        return QCoreApplication::translate("api::ApiError", "The space sent an answer Portal Desk cannot read.");
    case Kind::Cancelled:
        return QCoreApplication::translate("api::ApiError", "The request was cancelled.");
    case Kind::Client:
        return QCoreApplication::translate("api::ApiError", "The space refused the request (error %1).")
            .arg(m_httpStatus);
    case Kind::NotOffered:
        return QCoreApplication::translate("api::ApiError", "This space does not offer this.");
    case Kind::ForeignRedirect:
        return QCoreApplication::translate("api::ApiError",
                                           "The space answered with a redirect to another address: %1. Portal Desk "
                                           "did not follow it, so your sign-in stays with the space.")
            .arg(m_serverMessage);
    case Kind::TooLarge:
        return QCoreApplication::translate("api::ApiError", "The space sent an answer larger than %1 MB; Portal Desk "
                                                            "stopped reading it.")
            .arg(m_serverMessage);
    case Kind::TlsFailure:
        return QCoreApplication::translate("api::ApiError", "The secure connection to %1 was refused: %2")
            .arg(m_serverMessage, m_detail);
    }
    return {};
}

QString ApiError::messageForField(const QString &propertyName) const
{
    QStringList messages;
    for (const FieldError &e : m_fieldErrors) {
        if (e.propertyName.compare(propertyName, Qt::CaseInsensitive) == 0)
            messages.append(e.message);
    }
    return messages.join(u"; ");
}

bool ApiError::isTransient() const
{
    return m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::Server || m_kind == Kind::Throttled;
}

ApiError ApiError::asMissingList() const
{
    if (m_kind != Kind::NotFound)
        return *this;
    ApiError error = *this;
    error.m_kind = Kind::NotOffered;
    return error;
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body)
{
    ApiError error = fromHttpStatusAndText(status, body);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        error.m_errorCode = json::readString(doc.object(), u"error");
    return error;
}

ApiError ApiError::fromHttpStatusAndText(int status, const QByteArray &body)
{
    const QString serverText = serverTextFrom(body);
    if (status == 401)
        return ApiError(Kind::Unauthorized, status, serverText);
    if (status == 403)
        return ApiError(Kind::Forbidden, status, serverText);
    if (status == 404)
        return ApiError(Kind::NotFound, status, serverText);
    if (status == 409 || status == 429)
        return ApiError(Kind::Throttled, status, serverText);
    if (status == 405 || status == 501) // the route (or its method) is not there: asking again will not help
        return ApiError(Kind::NotOffered, status, serverText);
    if (status >= 500)
        return ApiError(Kind::Server, status, serverText);
    if (status == 400 || status == 422) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject() && WriteResult::looksLikeEnvelope(doc.object())) {
            ApiError error(Kind::Validation, status, serverText);
            error.setFieldErrors(WriteResult::parse(doc.object()).errors);
            return error;
        }
        ApiError error(Kind::Validation, status, serverText);
        if (doc.isObject()) // a plain REST API's per-field errors (`errors` as an object or a list)
            error.setFieldErrors(errorbody::fieldErrors(doc.object()));
        return error;
    }
    return ApiError(Kind::Client, status, serverText);
}

qint64 ApiError::parseRetryAfter(const QByteArray &headerValue, const QDateTime &now)
{
    const QByteArray trimmed = headerValue.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    // A wait longer than a day is read as a day: no server pauses the client for longer (and
    // 1e300 seconds must not overflow).
    constexpr qint64 kLongestWaitMs = 24 * 3600 * 1000;
    if (ok) {
        if (!(seconds >= 0)) // negative or NaN: unreadable
            return -1;
        return qint64(std::min(seconds * 1000.0, double(kLongestWaitMs)));
    }
    // HTTP-date form, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed.left(25)), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return std::clamp<qint64>(now.msecsTo(utc), 0, kLongestWaitMs);
}

} // namespace api
