// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "clock/Clock.h"

#include "Authenticator.h"
#include "Logging.h"
#include "OneShotUploadDevice.h"
#include "ReplyGuard.h"
#include "RequestPacer.h"

#include <algorithm>
#include "ServerAddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace api {

namespace {
int defaultPort(const QString &scheme)
{
    return scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
}

//! Errors of the connection itself (QNetworkReply's codes 1-99), as opposed to an HTTP status.
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}

//! Failures a retry a second later will almost surely meet again (see ApiError::isLastingUnreachable).
bool isLastingTransportFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

QByteArray userAgent()
{
    return "PortalDesk/" + QCoreApplication::applicationVersion().toLatin1();
}
} // namespace

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ApiClient::pump);
}

ApiClient::~ApiClient() = default;

void ApiClient::setLanguage(const QString &code)
{
    const QString normalized = code.left(2).toLower();
    if (normalized.isEmpty() || normalized == m_language)
        return;
    m_language = normalized;
    Q_EMIT languageChanged(m_language);
}

void ApiClient::setAuthenticator(Authenticator *authenticator)
{
    if (m_authenticator)
        disconnect(m_authenticator, nullptr, this, nullptr);
    m_authenticator = authenticator;
    if (authenticator) {
        connect(authenticator, &Authenticator::accessTokenRenewed, this, &ApiClient::onTokenRenewed);
        connect(authenticator, &Authenticator::renewalFailed, this, &ApiClient::onRenewalFailed);
    }
}

QUrl ApiClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = m_baseUrl;
    result.setPath(path.startsWith(u'/') ? path : u'/' + path);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QUrl ApiClient::localizedUrl(const QString &path, const QUrlQuery &query) const
{
    return url(ServerAddress::localizedPath(m_language, path), query);
}

bool ApiClient::sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort(scheme)) == b.port(defaultPort(scheme)) && !a.host().isEmpty();
}

template<class R> R *ApiClient::prepare(R *request)
{
    request->setParent(this);
    enqueue(request);
    return request;
}

ListRequest *ApiClient::list(const QString &path, const ListQuery &query, const QString &envelopeKey)
{
    auto *request = new ListRequest(url(path, query.toUrlQuery()), envelopeKey);
    if (m_unshapedRoutes.contains(request->path()))
        request->dropShape();
    return prepare(request);
}

RecordRequest *ApiClient::record(const QString &path, const QString &wrapperKey, const Shape &shape)
{
    QUrlQuery query;
    if (!shape.isEmpty())
        query.addQueryItem(QStringLiteral("_shape"), shape.toQueryValue());
    return prepare(new RecordRequest(url(path, query), wrapperKey));
}

JsonRequest *ApiClient::json(const QByteArray &method, const QUrl &target, const QJsonDocument &body)
{
    auto *request = new JsonRequest(method, target);
    if (!body.isNull())
        request->m_body = body.toJson(QJsonDocument::Compact);
    return prepare(request);
}

WriteRequest *ApiClient::write(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    auto *request = new WriteRequest(method, url(path));
    request->m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return prepare(request);
}

WriteRequest *ApiClient::remove(const QString &path)
{
    return prepare(new WriteRequest("DELETE", url(path)));
}

BinaryRequest *ApiClient::download(const QUrl &target, const QByteArray &accept)
{
    auto *request = new BinaryRequest(target);
    request->m_extraHeaders = {{"Accept", accept}};
    return prepare(request);
}

QByteArray ApiClient::encodeForm(const FormFields &fields)
{
    // Not QUrlQuery: it leaves '+' alone (a form decoder reads it as a space) and reads "%41" as 'A'.
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

JsonRequest *ApiClient::postForm(const QString &path, const FormFields &form,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto *request = new JsonRequest("POST", url(path));
    request->m_body = encodeForm(form);
    request->m_contentType = "application/x-www-form-urlencoded";
    request->m_extraHeaders = headers;
    request->m_withAuth = false;
    return prepare(request);
}

void ApiClient::enqueue(ApiRequest *request)
{
    m_queue.append(request);
    schedulePump(0);
}

void ApiClient::schedulePump(qint64 delayMs)
{
    const int delay = int(std::clamp<qint64>(delayMs, 0, 24LL * 3600 * 1000));
    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > delay)
        m_pumpTimer.start(delay);
}

void ApiClient::holdWindow(QObject *walk, const QString &path)
{
    // One window of the table's row for that path (the public API's 5 s: ten pages fit in it).
    // Without such a row, only the general rows count the walk: there is nothing to hold.
    const qint64 windowMs = m_throttle.pathRuleWindowMs("GET", path);
    if (windowMs > 0)
        m_hold.hold(walk, path, m_throttle.nowMs() + windowMs);
}

void ApiClient::releaseWindow(const QObject *walk)
{
    m_hold.release(walk);
    schedulePump(0);
}

void ApiClient::pump()
{
    qint64 nextDelay = -1;
    auto waitAtMost = [&nextDelay](qint64 delay) { nextDelay = nextDelay < 0 ? delay : qMin(nextDelay, delay); };
    // A held walk's requests first, then the rest in the order they came.
    for (const bool heldWalk : {true, false}) {
        for (auto it = m_queue.begin(); it != m_queue.end();) {
            ApiRequest *request = *it;
            if (!request) {
                it = m_queue.erase(it);
                continue;
            }
            if (request->m_abandoned) {
                it = m_queue.erase(it);
                request->finish();
                continue;
            }
            if (request->isPartOfHeldWalk() != heldWalk) {
                ++it;
                continue;
            }
            const qint64 now = m_throttle.nowMs();
            if (!heldWalk && m_hold.keepsWaiting(m_throttle, request->method(), request->path(), now)) {
                waitAtMost(m_hold.remainingMs(now));
                ++it;
                continue;
            }
            qint64 delay = m_throttle.delayFor(request->method(), request->path());
            if (delay == 0 && m_pacer)
                delay = qMin(m_pacer->delayMs(), kPacerRecheckMs);
            if (delay == 0) {
                it = m_queue.erase(it);
                dispatch(request);
                continue;
            }
            waitAtMost(delay);
            ++it;
        }
    }
    if (nextDelay >= 0)
        schedulePump(nextDelay);
}

void ApiClient::dispatch(ApiRequest *request)
{
    ++request->m_attempts;
    QNetworkRequest networkRequest(request->url());
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("Content-Type",
                                request->m_contentType.isEmpty() ? QByteArray("application/json") : request->m_contentType);
    networkRequest.setRawHeader("X-Use-Timezone", "true");
    networkRequest.setRawHeader("User-Agent", userAgent());
    // Credentials go to the space's own origin only: a picture or an image elsewhere is fetched bare.
    const bool toTheSpace = sameOrigin(request->url(), m_baseUrl);
    for (const auto &[name, value] : std::as_const(request->m_extraHeaders)) {
        if (toTheSpace || name.compare("Authorization", Qt::CaseInsensitive) != 0)
            networkRequest.setRawHeader(name, value);
    }
    QString tokenUsed;
    if (request->m_withAuth && m_authenticator && toTheSpace) {
        tokenUsed = m_authenticator->accessToken();
        if (!tokenUsed.isEmpty())
            networkRequest.setRawHeader("Authorization", "Bearer " + tokenUsed.toUtf8());
    }
    networkRequest.setTransferTimeout(m_transferTimeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);

    m_throttle.recordSent(request->method(), request->path());
    if (m_pacer)
        m_pacer->recordSent();
    qCDebug(lcNet) << request->method() << request->url().path() << "attempt" << request->m_attempts;
    QNetworkReply *reply = nullptr;
    if (request->isIdempotent() || request->m_body.isEmpty()) {
        reply = m_nam->sendCustomRequest(networkRequest, request->method(), request->m_body);
    } else {
        auto *body = new OneShotUploadDevice(request->m_body);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request->m_body.size());
        reply = m_nam->sendCustomRequest(networkRequest, request->method(), body);
        body->setParent(reply);
    }
    const qint64 cap = qobject_cast<BinaryRequest *>(request) ? qMin(m_maxAnswerBytes, kMaxPictureBytes) : m_maxAnswerBytes;
    ReplyGuard::arm(reply, request->url(), cap, m_totalDeadlineMs);
    connect(reply, &QNetworkReply::finished, request,
            [this, request, reply, tokenUsed] { onReplyFinished(request, reply, tokenUsed); });
    // If the request object goes away first, the reply must not outlive the client unattended.
    connect(request, &QObject::destroyed, reply, [reply] {
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    });
}

void ApiClient::onReplyFinished(ApiRequest *request, QNetworkReply *reply, const QString &tokenUsed)
{
    reply->deleteLater();
    if (std::optional<ApiError> refused = ReplyGuard::failure(reply)) {
        qCWarning(lcNet) << request->method() << request->path() << "refused:" << int(refused->kind());
        // A write cut off mid-answer may still have been applied by the space.
        const bool cutMidAnswer = refused->kind() == ApiError::Kind::Timeout || refused->kind() == ApiError::Kind::TooLarge;
        refused->setOutcomeUnknown(cutMidAnswer && !request->isIdempotent());
        // Only the deadline is worth another try (an idempotent read, as for any timeout).
        if (!(refused->kind() == ApiError::Kind::Timeout && retryIfSafe(request, *refused)))
            request->fail(*refused);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = ReplyGuard::takeBody(reply);

    // No HTTP answer at all, or one cut off mid-body (the status line came, then the connection
    // closed or reset): a transport failure or our transfer timeout, never a body to parse.
    if (status == 0 || isTransportFailure(reply->error())) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                              || reply->error() == QNetworkReply::TimeoutError;
        ApiError error(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network, 0, reply->errorString());
        // A write may have reached the space even though no answer came back.
        error.setOutcomeUnknown(!request->isIdempotent() && reply->error() != QNetworkReply::ConnectionRefusedError
                                && reply->error() != QNetworkReply::HostNotFoundError);
        error.setLastingUnreachable(isLastingTransportFailure(reply->error()));
        qCInfo(lcNet) << request->method() << request->path() << "failed:" << reply->errorString();
        // Only the space's own address speaks for the space (a news image's host may be down alone).
        if (error.isLastingUnreachable() && sameOrigin(request->url(), m_baseUrl))
            Q_EMIT spaceUnreachable(error);
        if (!retryIfSafe(request, error))
            request->fail(error);
        return;
    }
    if (status >= 200 && status < 300) {
        if (request->m_withAuth)
            m_refusedWithFreshToken.clear(); // the token works: refusals were about their routes
        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (contentType.contains("text/html")) {
            request->fail(ApiError(ApiError::Kind::BadPayload, status, QStringLiteral("HTML instead of JSON")));
            return;
        }
        if (!request->complete(status, body)) {
            // Shaped away: the same once more without `_shape`, and never shaped on this route again.
            qCInfo(lcNet) << request->path() << "answered a shaped list without its records; asking without _shape";
            m_unshapedRoutes.insert(request->path());
            request->dropShape();
            enqueue(request);
        }
        return;
    }
    if (status == 401 && request->m_withAuth && m_authenticator) {
        handleUnauthorized(request, tokenUsed);
        return;
    }
    ApiError error = ApiError::fromHttpStatus(status, body);
    if (request->readsAList())
        error = error.asMissingList();
    if (error.kind() == ApiError::Kind::Throttled) {
        const qint64 waitMs = ApiError::parseRetryAfter(reply->rawHeader("Retry-After"), core::Clock::nowUtc());
        error.setRetryAfterMs(waitMs >= 0 ? waitMs : m_pacer ? m_pacer->defaultPauseMs() : 1000);
        if (m_pacer)
            m_pacer->pauseFor(error.retryAfterMs());
        else
            m_throttle.pauseFor(error.retryAfterMs());
        qCWarning(lcThrottle) << "Throttled by the server on" << request->method() << request->path();
    }
    if (!retryIfSafe(request, error))
        request->fail(error);
}

bool ApiClient::retryIfSafe(ApiRequest *request, const ApiError &error)
{
    // A POST or PATCH may have been processed before the failure: never replay it behind the person's back.
    if (!request->isIdempotent() || !error.isTransient() || request->m_abandoned)
        return false;
    if (m_pacer && error.kind() == ApiError::Kind::Throttled) {
        // The pacer holds the queue until the pause ends: wait there, without using up a retry.
        qCInfo(lcThrottle) << "Queued again until the pause ends:" << request->method() << request->path();
        Q_EMIT request->retryScheduled(request->m_attempts + 1, error.retryAfterMs(), error);
        enqueue(request);
        return true;
    }
    const int retryIndex = request->m_attempts - 1;
    if (retryIndex >= m_retryBackoffMs.size())
        return false;
    const qint64 delay = error.kind() == ApiError::Kind::Throttled ? qMax<qint64>(error.retryAfterMs(), 0)
                                                                   : m_retryBackoffMs.at(retryIndex);
    qCInfo(lcNet) << "Retrying" << request->method() << request->path() << "in" << delay << "ms";
    Q_EMIT request->retryScheduled(request->m_attempts + 1, delay, error);
    QTimer::singleShot(int(delay), request, [this, request] { enqueue(request); });
    return true;
}

void ApiClient::handleUnauthorized(ApiRequest *request, const QString &tokenUsed)
{
    // A 401 means the server did not process the call, so sending it again with a fresh token is
    // safe for every method; but only once, or an account without rights would loop forever.
    if (request->m_renewedAuth) {
        // Refused with a fresh token: the documentation also answers 401 to an account that may not
        // use a route (no customer profile, no rights). Only when route after route refuses it is
        // the session itself over.
        m_refusedWithFreshToken.insert(request->path());
        if (m_refusedWithFreshToken.size() < kRefusedRoutesEndingTheSession) {
            qCInfo(lcAuth) << "A fresh token was refused on" << request->path() << "; reading it as not allowed";
            request->fail(ApiError(ApiError::Kind::Forbidden, 401));
            return;
        }
        m_refusedWithFreshToken.clear();
        request->fail(ApiError(ApiError::Kind::Unauthorized, 401));
        Q_EMIT signInRequired();
        return;
    }
    request->m_renewedAuth = true;
    const QString current = m_authenticator->accessToken();
    if (!current.isEmpty() && current != tokenUsed) {
        enqueue(request); // renewed meanwhile by another call
        return;
    }
    m_awaitingAuth.append(request);
    if (!m_renewing) {
        m_renewing = true;
        qCInfo(lcAuth) << "Access token refused; renewing it";
        m_authenticator->renewAccessToken();
    }
}

void ApiClient::onTokenRenewed()
{
    m_renewing = false;
    const auto waiting = std::exchange(m_awaitingAuth, {});
    for (const QPointer<ApiRequest> &request : waiting) {
        if (request)
            enqueue(request);
    }
}

void ApiClient::onRenewalFailed(const ApiError &error)
{
    m_renewing = false;
    // Could not reach the token endpoint: report that, keep the refresh token, do not ask to sign in.
    const bool transient = error.isTransient();
    const auto waiting = std::exchange(m_awaitingAuth, {});
    for (const QPointer<ApiRequest> &request : waiting) {
        if (request)
            request->fail(transient ? error : ApiError(ApiError::Kind::Unauthorized, 401));
    }
    if (!transient)
        Q_EMIT signInRequired();
}

} // namespace api
