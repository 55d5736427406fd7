// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace api {
class ApiClient;
class BinaryRequest;
}

namespace repository {

//! The images of the space's news articles, fetched through the account's API client: inside its
//! throttle and its guards (same-origin redirects only, a bounded answer, a total deadline), so an
//! article cannot make the client fetch from anywhere else or read an unbounded answer.
class NewsImageLoader : public QObject
{
    Q_OBJECT
public:
    explicit NewsImageLoader(api::ApiClient *client, QObject *parent = nullptr);
    ~NewsImageLoader() override;

    //! Largest image accepted.
    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;

    //! Starts fetching `url` (once: a second call while it is on its way does nothing).
    void fetch(const QUrl &url);
    void cancelAll();
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void loaded(const QUrl &url, const QImage &image);
    //! Not an image, too big, refused or unreachable.
    void failed(const QUrl &url);

private:
    QPointer<api::ApiClient> m_client;
    QHash<QUrl, QPointer<api::BinaryRequest>> m_pending;
};

} // namespace repository
