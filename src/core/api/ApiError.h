// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WriteResult.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace api {

//! The one failure a request reports: a kind the code can branch on, and a message a person can read.
class ApiError
{
public:
    enum class Kind {
        None,
        Network,      //!< no connection, DNS, refused, dropped
        Timeout,      //!< the transfer timed out
        Unauthorized, //!< 401: token missing, expired or revoked
        Forbidden,    //!< 403: signed in but not allowed
        NotFound,     //!< 404
        Throttled,    //!< 409 or 429 with Retry-After
        Validation,   //!< 400 with per-field errors, or a write envelope that failed
        Server,       //!< 5xx
        BadPayload,   //!< malformed JSON, or HTML where JSON was expected
        Cancelled,    //!< abandoned by the caller
        Client,       //!< any other 4xx
        NotOffered,   //!< 405 or 501, or 404 on a list: this space has no such route
        ForeignRedirect, //!< a redirect to another origin, refused (serverMessage: the target origin)
        TooLarge,     //!< the answer passed the size cap and was cut off (serverMessage: the cap in MB)
        TlsFailure,   //!< the certificate was refused (serverMessage: the host; detail: the reason)
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, QString serverMessage = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    //! Text the server sent, if any (never shown alone: it may be English or HTML-free garbage).
    QString serverMessage() const { return m_serverMessage; }
    //! OAuth-style `error` code of the body (e.g. "invalid_grant"), if any.
    QString errorCode() const { return m_errorCode; }
    //! Translated, readable sentence for people.
    QString message() const;
    //! Milliseconds the server asked us to wait (Retry-After), or -1.
    qint64 retryAfterMs() const { return m_retryAfterMs; }
    void setRetryAfterMs(qint64 ms) { m_retryAfterMs = ms; }
    const QList<FieldError> &fieldErrors() const { return m_fieldErrors; }
    void setFieldErrors(const QList<FieldError> &errors) { m_fieldErrors = errors; }
    //! The messages for one field (case-insensitive property name), joined.
    QString messageForField(const QString &propertyName) const;
    //! A write whose answer was lost: the space may or may not have applied it.
    bool isOutcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }
    //! Why, in words, where the kind alone does not say (the certificate problem of a TlsFailure).
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }
    //! Worth retrying for an idempotent request: network trouble, timeouts, 5xx, throttling.
    bool isTransient() const;
    //! The space could not be reached at all (no network, refused, timed out): what the offline
    //! copy is for, unlike an answer that says no.
    bool isUnreachable() const { return m_kind == Kind::Network || m_kind == Kind::Timeout; }
    //! Unreachable for a reason a retry in a second will not change (the connection was refused,
    //! the host is unknown, the system has no network): the offline copy should show at once, while
    //! the retries go on behind it.
    bool isLastingUnreachable() const { return m_lastingUnreachable; }
    void setLastingUnreachable(bool lasting) { m_lastingUnreachable = lasting; }
    //! The space answered that this account cannot have this data here: it does not offer the
    //! route, or the account may not read it (403, or 401 with a fresh token). One dataset is then
    //! skipped; the rest goes on.
    bool isUnavailableHere() const { return m_kind == Kind::NotOffered || m_kind == Kind::Forbidden; }
    //! The same failure read as "this list does not exist on the space" (a 404 on a list route).
    ApiError asMissingList() const;

    //! Maps an HTTP status (and body, for validation envelopes and server text) to an error.
    static ApiError fromHttpStatus(int status, const QByteArray &body);
    //! Parses `Retry-After` as delta-seconds or an HTTP date; -1 when missing or unreadable.
    static qint64 parseRetryAfter(const QByteArray &headerValue, const QDateTime &now);

private:
    static ApiError fromHttpStatusAndText(int status, const QByteArray &body);

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_errorCode;
    QString m_detail;
    qint64 m_retryAfterMs = -1;
    bool m_outcomeUnknown = false;
    bool m_lastingUnreachable = false;
    QList<FieldError> m_fieldErrors;
};

} // namespace api

Q_DECLARE_METATYPE(api::ApiError)
