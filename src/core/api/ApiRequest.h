// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ListPage.h"
#include "WriteResult.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

namespace api {

class ApiClient;

//! One API call. Short-lived: it always emits `finished()` once, after exactly one of its typed
//! result signal or `failed()` (an abandoned request emits only `finished()`), then deletes itself.
//! The ApiClient sends it, paces it, and retries it when that is safe.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    ~ApiRequest() override;

    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }
    QString path() const { return m_url.path(); }
    //! GET, HEAD, PUT and DELETE may be re-sent after a transient failure; POST and PATCH never.
    bool isIdempotent() const;
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }
    //! Stop caring about the answer: no result signal, only `finished()`.
    void abandon();
    //! Part of a walk holding a throttle window (ApiClient::holdWindow()): sent before every other
    //! queued request, and not kept waiting by the hold. Set it right after the request is made.
    void setPartOfHeldWalk(bool part) { m_partOfHeldWalk = part; }
    bool isPartOfHeldWalk() const { return m_partOfHeldWalk; }

    //! Parses a JSON body; HTML or garbage becomes a BadPayload error. (Public for the fuzz targets,
    //! which read bytes exactly as an answer is read.)
    static bool parseJson(const QByteArray &body, QJsonDocument *doc, ApiError *error);

Q_SIGNALS:
    void failed(const api::ApiError &error);
    void finished();
    //! A transient failure will be retried after `delayMs` (for "retrying in 5 s" in the status bar).
    //! `why` is the failure being retried.
    void retryScheduled(int attempt, qint64 delayMs, const api::ApiError &why);

protected:
    ApiRequest(QByteArray method, QUrl url, QObject *parent = nullptr);
    //! Reads a 2xx body and emits the typed result; returns false (and fills `error`) when unreadable.
    virtual bool deliver(int httpStatus, const QByteArray &body, ApiError *error) = 0;

    //! Reads a collection: a 404 then means the space has no such list, not a missing record.
    virtual bool readsAList() const { return false; }
    //! Whether the URL carries a `_shape` that has not been given up yet.
    bool isShaped() const;
    //! Called by deliver() instead of emitting: the shaped answer lacked what was asked for, so the
    //! client asks the same once more without `_shape`.
    void askAgainWithoutShape() { m_askAgainUnshaped = true; }

private:
    friend class ApiClient;
    //! False when the request wants to be sent again without `_shape` (nothing was emitted then).
    bool complete(int httpStatus, const QByteArray &body);
    void dropShape();
    void fail(const ApiError &error);
    void finish();

    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_contentType;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    bool m_withAuth = true;
    bool m_renewedAuth = false;
    bool m_finished = false;
    bool m_abandoned = false;
    bool m_partOfHeldWalk = false;
    bool m_askAgainUnshaped = false;
    int m_attempts = 0;
};

//! Any JSON answer, as a document.
class JsonRequest : public ApiRequest
{
    Q_OBJECT
public:
    JsonRequest(QByteArray method, QUrl url, QObject *parent = nullptr) : ApiRequest(std::move(method), std::move(url), parent) {}
Q_SIGNALS:
    void jsonReceived(const QJsonDocument &document);

protected:
    bool deliver(int httpStatus, const QByteArray &body, ApiError *error) override;
};

//! An ApiListResult<T> page, optionally nested under a key (e.g. `BlogPosts` on the public blog list).
class ListRequest : public ApiRequest
{
    Q_OBJECT
public:
    ListRequest(QUrl url, QString envelopeKey = {}, QObject *parent = nullptr)
        : ApiRequest("GET", std::move(url), parent), m_envelopeKey(std::move(envelopeKey)) {}
Q_SIGNALS:
    void pageLoaded(const api::ListPage &page);
    //! The whole answer, for routes that add siblings to the envelope (categories beside blog posts).
    void documentReceived(const QJsonObject &root);

protected:
    bool deliver(int httpStatus, const QByteArray &body, ApiError *error) override;
    bool readsAList() const override { return true; }

private:
    QString m_envelopeKey;
};

//! A single record, wrapped (`{"Resource": {...}}`) or bare.
class RecordRequest : public ApiRequest
{
    Q_OBJECT
public:
    RecordRequest(QUrl url, QString wrapperKey = {}, QObject *parent = nullptr)
        : ApiRequest("GET", std::move(url), parent), m_wrapperKey(std::move(wrapperKey)) {}
    //! Returns the record inside `wrapperKey` if present, else the object itself.
    static QJsonObject unwrap(const QJsonObject &root, const QString &wrapperKey);
Q_SIGNALS:
    void recordLoaded(const QJsonObject &record);

protected:
    bool deliver(int httpStatus, const QByteArray &body, ApiError *error) override;

private:
    QString m_wrapperKey;
};

//! A create/update/delete answered with the write envelope. An empty 2xx body (the basket flow)
//! counts as success. A 200 whose envelope says `Status: 500` or `WasSuccessful: false` fails.
class WriteRequest : public ApiRequest
{
    Q_OBJECT
public:
    WriteRequest(QByteArray method, QUrl url, QObject *parent = nullptr) : ApiRequest(std::move(method), std::move(url), parent) {}
Q_SIGNALS:
    void written(const api::WriteResult &result);

protected:
    bool deliver(int httpStatus, const QByteArray &body, ApiError *error) override;
};

//! Raw bytes of a GET (pictures): the body as sent, with its Content-Type; the caller decodes it.
class BinaryRequest : public ApiRequest
{
    Q_OBJECT
public:
    explicit BinaryRequest(QUrl url, QObject *parent = nullptr) : ApiRequest("GET", std::move(url), parent) {}
Q_SIGNALS:
    void bytesReceived(const QByteArray &body);

protected:
    bool deliver(int httpStatus, const QByteArray &body, ApiError *error) override;
};

} // namespace api
