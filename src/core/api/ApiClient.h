// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiRequest.h"
#include "ListQuery.h"
#include "RequestThrottle.h"
#include "WindowHold.h"

#include <QSet>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <optional>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace api {

class Authenticator;
class RequestPacer;

//! The one door to a space's API: builds every request the same way (base URL, Bearer, JSON
//! headers, language, timeout), paces them through the throttle, and retries what is safe to retry.
//! One ApiClient (and one QNetworkAccessManager) per account.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    //! Two-letter code used for the localized `/{lang}/` routes.
    void setLanguage(const QString &code);
    QString language() const { return m_language; }
    void setAuthenticator(Authenticator *authenticator);
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    //! Waits before the 2nd, 3rd... attempt of a transient failure; its length bounds the attempts.
    void setRetryBackoffMs(const QList<int> &delays) { m_retryBackoffMs = delays; }
    RequestThrottle &throttle() { return m_throttle; }
    //! An extra pacing rule (not owned; it must outlive the client or be unset). See RequestPacer.
    void setPacer(RequestPacer *pacer) { m_pacer = pacer; }
    //! The longest a queue held by the pacer waits before asking it again (its clock may jump).
    static constexpr qint64 kPacerRecheckMs = 1000;
    //! The largest answer read (JSON); a larger one is cut off as soon as that is known. 1,000 full
    //! rooms are about 3 MB.
    static constexpr qint64 kMaxAnswerBytes = 32 * 1024 * 1024;
    //! The same for pictures.
    static constexpr qint64 kMaxPictureBytes = 8 * 1024 * 1024;
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    //! However slowly it trickles in, an answer must be complete within this (the transfer timeout
    //! only bounds the silence between bytes).
    void setTotalDeadlineMs(int ms) { m_totalDeadlineMs = ms; }
    //! Same scheme, host and port (default ports filled in): where credentials may go.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    //! `{base}/{lang}/{path}` for the localized routes.
    QUrl localizedUrl(const QString &path, const QUrlQuery &query = {}) const;

    // Every call below returns a request that is sent from the event loop, so connect to it right away.
    ListRequest *list(const QString &path, const ListQuery &query = ListQuery(), const QString &envelopeKey = {});
    RecordRequest *record(const QString &path, const QString &wrapperKey = {}, const Shape &shape = {});
    JsonRequest *json(const QByteArray &method, const QUrl &url, const QJsonDocument &body = {});
    WriteRequest *create(const QString &path, const QJsonObject &body) { return write("POST", path, body); }
    WriteRequest *update(const QString &path, const QJsonObject &body) { return write("PUT", path, body); }
    WriteRequest *patch(const QString &path, const QJsonObject &body) { return write("PATCH", path, body); }
    WriteRequest *remove(const QString &path);
    WriteRequest *write(const QByteArray &method, const QString &path, const QJsonObject &body);
    //! A GET whose answer is not JSON (a picture); `accept` is sent as the Accept header.
    BinaryRequest *download(const QUrl &url, const QByteArray &accept = "image/*");
    //! Form-encoded POST without the Bearer header (the token endpoint).
    //! Name/value pairs of an application/x-www-form-urlencoded body, as the person typed them.
    using FormFields = QList<QPair<QString, QString>>;
    //! Encodes every name and value as the form encoding requires: only A-Z a-z 0-9 - . _ ~ stay as
    //! they are; space, + & = % # and non-ASCII (UTF-8) are percent-encoded.
    static QByteArray encodeForm(const FormFields &fields);
    JsonRequest *postForm(const QString &path, const FormFields &form, const QList<QPair<QByteArray, QByteArray>> &headers);

    //! Keeps the public API's window for `walk`'s requests (those marked ApiRequest::setPartOfHeldWalk)
    //! until releaseWindow(walk), `walk`'s destruction, or one window's length (see WindowHold).
    void holdWindow(QObject *walk, const QString &path);
    void releaseWindow(const QObject *walk);

    //! Requests queued or waiting for the throttle (not in flight).
    int queuedCount() const { return int(m_queue.size()); }

Q_SIGNALS:
    //! The access token could not be renewed, or a fresh one was refused on several routes in a row
    //! with no success between: the person has to sign in again. (A fresh token refused on one route
    //! fails that request as Forbidden: the account may not see it.)
    void signInRequired();
    void languageChanged(const QString &code);
    //! A request met a failure retrying soon will not mend (refused, unknown host, no network; see
    //! ApiError::isLastingUnreachable): whoever shows the space can say "offline" now, whichever
    //! call learnt it. The request itself goes on retrying or fails as usual.
    void spaceUnreachable(const api::ApiError &why);

private:
    void enqueue(ApiRequest *request);
    void schedulePump(qint64 delayMs);
    void pump();
    void dispatch(ApiRequest *request);
    void onReplyFinished(ApiRequest *request, QNetworkReply *reply, const QString &tokenUsed);
    bool retryIfSafe(ApiRequest *request, const ApiError &error);
    void handleUnauthorized(ApiRequest *request, const QString &tokenUsed);
    void onTokenRenewed();
    void onRenewalFailed(const ApiError &error);
    template<class R> R *prepare(R *request);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_language = QStringLiteral("en");
    QPointer<Authenticator> m_authenticator;
    RequestThrottle m_throttle;
    RequestPacer *m_pacer = nullptr;
    WindowHold m_hold;
    QList<QPointer<ApiRequest>> m_queue;
    QList<QPointer<ApiRequest>> m_awaitingAuth;
    QSet<QString> m_unshapedRoutes; //!< routes whose shaped answers came back without the records
    //! Routes that refused a fresh token since the token last worked anywhere.
    QSet<QString> m_refusedWithFreshToken;
    static constexpr int kRefusedRoutesEndingTheSession = 3;
    bool m_renewing = false;
    QTimer m_pumpTimer;
    int m_transferTimeoutMs = 30000;
    int m_totalDeadlineMs = 120000;
    qint64 m_maxAnswerBytes = kMaxAnswerBytes;
    QList<int> m_retryBackoffMs{1000, 4000};
};

} // namespace api
