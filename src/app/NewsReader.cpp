// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewsReader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScrollBar>
#include <QTextDocument>

namespace {
constexpr int kCacheKiB = 32 * 1024;
constexpr int kTransferTimeoutMs = 20000;
} // namespace

NewsReader::NewsReader(QWidget *parent) : QTextBrowser(parent), m_images(kCacheKiB)
{
    // Links are reported through anchorClicked() and opened by the view, never followed here.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    m_placeholder = QImage(16, 9, QImage::Format_RGB32);
    m_placeholder.fill(QColor(0xdd, 0xdd, 0xdd));
}

NewsReader::~NewsReader()
{
    abortAll();
}

void NewsReader::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    if (m_nam == nam)
        return;
    abortAll();
    m_nam = nam;
    m_failed.clear(); // another account or space: give its images a chance
}

void NewsReader::abortAll()
{
    // Disconnect first: abort() finishes the reply at once, and this object may be half destroyed.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_pending)) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_pending.clear();
}

QVariant NewsReader::loadResource(int type, const QUrl &name)
{
    // Never QTextBrowser's default, which reads local files for any relative or file: name.
    if (type != QTextDocument::ImageResource)
        return {};
    if (!m_origin.isSpaceImage(name) || m_failed.contains(name))
        return m_placeholder;
    if (const QImage *image = m_images.object(name))
        return *image;
    fetch(name);
    return m_placeholder;
}

void NewsReader::fetch(const QUrl &url)
{
    if (m_pending.contains(url) || !m_nam)
        return;
    QNetworkRequest request(url);
    // A redirect must not take us to another host: that would be a remote image after all.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(kTransferTimeoutMs);
    QNetworkReply *reply = m_nam->get(request);
    m_pending.insert(url, reply);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > kMaxImageBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] { onImageFinished(reply, url); });
}

void NewsReader::onImageFinished(QNetworkReply *reply, const QUrl &url)
{
    reply->deleteLater();
    m_pending.remove(url);
    QImage image;
    const bool ok = reply->error() == QNetworkReply::NoError && image.loadFromData(reply->readAll());
    if (ok) {
        m_images.insert(url, new QImage(image), qMax(1, int(image.sizeInBytes() / 1024)));
    } else {
        m_failed.insert(url);
        image = m_placeholder;
    }
    // Replace the placeholder the document cached, then lay out again for the real size.
    const int scroll = verticalScrollBar()->value();
    document()->addResource(QTextDocument::ImageResource, url, image);
    document()->markContentsDirty(0, document()->characterCount());
    verticalScrollBar()->setValue(scroll);
    viewport()->update();
    Q_EMIT imageSettled(url, ok);
}
