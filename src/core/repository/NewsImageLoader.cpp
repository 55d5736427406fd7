// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewsImageLoader.h"

#include "api/ApiClient.h"
#include "api/ApiRequest.h"

namespace repository {

NewsImageLoader::NewsImageLoader(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

NewsImageLoader::~NewsImageLoader()
{
    cancelAll();
}

void NewsImageLoader::fetch(const QUrl &url)
{
    if (!m_client || m_pending.contains(url))
        return;
    api::BinaryRequest *request = m_client->download(url);
    m_pending.insert(url, request);
    connect(request, &api::BinaryRequest::bytesReceived, this, [this, url](const QByteArray &bytes) {
        QImage image;
        if (bytes.size() <= kMaxImageBytes && image.loadFromData(bytes))
            Q_EMIT loaded(url, image);
        else
            Q_EMIT failed(url);
    });
    connect(request, &api::ApiRequest::failed, this, [this, url] { Q_EMIT failed(url); });
    connect(request, &api::ApiRequest::finished, this, [this, url] { m_pending.remove(url); });
}

void NewsImageLoader::cancelAll()
{
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<api::BinaryRequest> &request : pending) {
        if (request) {
            disconnect(request, nullptr, this, nullptr);
            request->abandon();
        }
    }
}

} // namespace repository
