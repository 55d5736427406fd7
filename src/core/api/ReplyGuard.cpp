// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyGuard.h"

#include "ApiClient.h"
#include "Logging.h"

#include <QNetworkReply>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace api {

namespace {
// Why arm()'s guards cut a reply off; read back by failure().
constexpr char kForeignRedirectProperty[] = "portaldesk.foreignRedirect";
constexpr char kTooLargeProperty[] = "portaldesk.tooLarge";
constexpr char kDeadlineProperty[] = "portaldesk.deadline";
constexpr char kTlsErrorsProperty[] = "portaldesk.tlsErrors";

//! The body of one reply, read as it arrives so that Qt never holds more than a small read buffer
//! of it: the cap then bounds what is in memory, not only what is parsed. Kept as the pieces read,
//! joined once at the end: a growing QByteArray would copy itself on the way and, refused at the
//! cap, have held two or three times the cap.
class AnswerBuffer : public QObject
{
public:
    using QObject::QObject;

    qint64 size() const { return m_size; }
    void append(QByteArray piece)
    {
        m_size += piece.size();
        m_pieces.append(std::move(piece));
    }
    void clear()
    {
        m_pieces.clear();
        m_size = 0;
    }
    QByteArray take()
    {
        QByteArray whole;
        if (m_pieces.size() == 1) {
            whole = std::move(m_pieces.first());
        } else {
            whole.reserve(m_size);
            for (const QByteArray &piece : std::as_const(m_pieces))
                whole += piece;
        }
        clear();
        return whole;
    }

private:
    QList<QByteArray> m_pieces;
    qint64 m_size = 0;
};
constexpr char kAnswerBufferProperty[] = "portaldesk.answerBuffer";
constexpr qint64 kReadBufferBytes = 256 * 1024;
} // namespace

QString ReplyGuard::originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

void ReplyGuard::arm(QNetworkReply *reply, const QUrl &requested, qint64 cap, int totalDeadlineMs)
{
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply, requested](const QUrl &target) {
        const QUrl resolved = requested.resolved(target);
        if (ApiClient::sameOrigin(resolved, requested)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCWarning(lcNet) << "Refused a redirect from" << requested.path() << "to another origin";
        reply->setProperty(kForeignRedirectProperty, originOf(resolved));
        reply->abort();
    });

    const auto cutOff = [reply, cap] {
        reply->setProperty(kTooLargeProperty, cap);
        reply->abort();
    };
    // Known from Content-Length before the first byte of the body; otherwise while it streams.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, cap, cutOff] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > cap && reply->isRunning())
            cutOff();
    });
    auto *answer = new AnswerBuffer(reply);
    reply->setProperty(kAnswerBufferProperty, QVariant::fromValue<QObject *>(answer));
    reply->setReadBufferSize(kReadBufferBytes);
    QObject::connect(reply, &QNetworkReply::readyRead, answer, [reply, answer, cap, cutOff] {
        if (answer->size() > 0 && answer->size() + reply->bytesAvailable() > cap) {
            answer->clear();
            if (reply->isRunning())
                cutOff();
            return;
        }
        answer->append(reply->readAll());
        if (answer->size() > cap && reply->isRunning()) {
            answer->clear();
            cutOff();
        }
    });

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply] {
        if (!reply->isRunning())
            return;
        reply->setProperty(kDeadlineProperty, true);
        reply->abort();
    });
    deadline->start(totalDeadlineMs);

#if QT_CONFIG(ssl)
    // Never ignored: only remembered, so that the refusal can say why.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons << error.errorString();
        reply->setProperty(kTlsErrorsProperty, reasons);
    });
#endif
}

std::optional<ApiError> ReplyGuard::failure(QNetworkReply *reply)
{
    if (const QVariant origin = reply->property(kForeignRedirectProperty); origin.isValid())
        return ApiError(ApiError::Kind::ForeignRedirect, 0, origin.toString());
    if (const QVariant cap = reply->property(kTooLargeProperty); cap.isValid())
        return ApiError(ApiError::Kind::TooLarge, 0, QString::number(cap.toLongLong() / (1024 * 1024)));
    if (reply->property(kDeadlineProperty).isValid())
        return ApiError(ApiError::Kind::Timeout, 0, QStringLiteral("total deadline"));
    // A redirect Qt did not follow (a POST's body cannot be sent again) must not point elsewhere either.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    const QUrl target = reply->url().resolved(location);
    if (status >= 300 && status < 400 && location.isValid() && !ApiClient::sameOrigin(target, reply->url()))
        return ApiError(ApiError::Kind::ForeignRedirect, 0, originOf(target));
    const QStringList tlsReasons = reply->property(kTlsErrorsProperty).toStringList();
    if (!tlsReasons.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        ApiError error(ApiError::Kind::TlsFailure, 0, reply->url().host());
        error.setDetail(tlsReasons.isEmpty() ? reply->errorString() : tlsReasons.join(QStringLiteral("; ")));
        return error;
    }
    return std::nullopt;
}

QByteArray ReplyGuard::takeBody(QNetworkReply *reply)
{
    QByteArray body;
    if (auto *answer = static_cast<AnswerBuffer *>(reply->property(kAnswerBufferProperty).value<QObject *>()))
        body = answer->take();
    body += reply->readAll();
    return body;
}

} // namespace api
