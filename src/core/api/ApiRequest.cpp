// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiRequest.h"

#include "Logging.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace api {

ApiRequest::ApiRequest(QByteArray method, QUrl url, QObject *parent)
    : QObject(parent), m_method(std::move(method)), m_url(std::move(url))
{
}

ApiRequest::~ApiRequest() = default;

bool ApiRequest::isIdempotent() const
{
    return m_method == "GET" || m_method == "HEAD" || m_method == "PUT" || m_method == "DELETE";
}

void ApiRequest::abandon()
{
    m_abandoned = true;
}

bool ApiRequest::parseJson(const QByteArray &body, QJsonDocument *doc, ApiError *error)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('<')) {
        *error = ApiError(ApiError::Kind::BadPayload, 200, QStringLiteral("HTML instead of JSON"));
        return false;
    }
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError(ApiError::Kind::BadPayload, 200, parseError.errorString());
        return false;
    }
    return true;
}

bool ApiRequest::isShaped() const
{
    return QUrlQuery(m_url).hasQueryItem(QStringLiteral("_shape"));
}

void ApiRequest::dropShape()
{
    QUrlQuery query(m_url);
    query.removeAllQueryItems(QStringLiteral("_shape"));
    m_url.setQuery(query);
    m_askAgainUnshaped = false;
}

bool ApiRequest::complete(int httpStatus, const QByteArray &body)
{
    if (m_abandoned) {
        finish();
        return true;
    }
    ApiError error;
    const bool delivered = deliver(httpStatus, body, &error);
    if (m_askAgainUnshaped)
        return false;
    if (!delivered) {
        qCWarning(lcNet) << m_method << m_url.path() << "unreadable answer:" << error.serverMessage();
        Q_EMIT failed(error);
    }
    finish();
    return true;
}

void ApiRequest::fail(const ApiError &error)
{
    if (!m_abandoned)
        Q_EMIT failed(error);
    finish();
}

void ApiRequest::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

bool JsonRequest::deliver(int, const QByteArray &body, ApiError *error)
{
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    Q_EMIT jsonReceived(doc);
    return true;
}

bool BinaryRequest::deliver(int, const QByteArray &body, ApiError *)
{
    Q_EMIT bytesReceived(body);
    return true;
}

bool ListRequest::deliver(int, const QByteArray &body, ApiError *error)
{
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    ListPage page;
    QString why;
    const bool parsed = ListPage::parseAnswer(doc, m_envelopeKey, &page, &why);
    // A space that reads `_shape` differently may shape the records away: no records, or empty ones.
    const bool shapedAway = !parsed || page.records.isEmpty() || page.records.first().toObject().isEmpty();
    if (shapedAway && isShaped()) {
        askAgainWithoutShape();
        return true;
    }
    if (!parsed) {
        *error = ApiError(ApiError::Kind::BadPayload, 200, why);
        return false;
    }
    Q_EMIT documentReceived(doc.isObject() ? doc.object() : QJsonObject());
    Q_EMIT pageLoaded(page);
    return true;
}

QJsonObject RecordRequest::unwrap(const QJsonObject &root, const QString &wrapperKey)
{
    if (!wrapperKey.isEmpty()) {
        const QJsonValue inner = root.value(wrapperKey);
        if (inner.isObject())
            return inner.toObject();
    }
    return root;
}

bool RecordRequest::deliver(int, const QByteArray &body, ApiError *error)
{
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    if (!doc.isObject()) {
        *error = ApiError(ApiError::Kind::BadPayload, 200, QStringLiteral("record answer is not an object"));
        return false;
    }
    Q_EMIT recordLoaded(unwrap(doc.object(), m_wrapperKey));
    return true;
}

bool WriteRequest::deliver(int httpStatus, const QByteArray &body, ApiError *error)
{
    if (body.trimmed().isEmpty()) {
        WriteResult result;
        result.status = httpStatus;
        result.wasSuccessful = true;
        Q_EMIT written(result);
        return true;
    }
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    if (!doc.isObject() || !WriteResult::looksLikeEnvelope(doc.object())) {
        *error = ApiError(ApiError::Kind::BadPayload, httpStatus, QStringLiteral("not a write envelope"));
        return false;
    }
    const WriteResult result = WriteResult::parse(doc.object());
    if (!result.succeeded()) {
        *error = ApiError(result.status >= 500 && result.errors.isEmpty() && result.message.isEmpty()
                              ? ApiError::Kind::Server
                              : ApiError::Kind::Validation,
                          httpStatus, result.message);
        error->setFieldErrors(result.errors);
        return false;
    }
    Q_EMIT written(result);
    return true;
}

} // namespace api
