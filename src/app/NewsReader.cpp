// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewsReader.h"

#include "repository/NewsImageLoader.h"

#include <QScrollBar>
#include <QTextDocument>

namespace {
constexpr int kCacheKiB = 32 * 1024;
} // namespace

NewsReader::NewsReader(QWidget *parent) : QTextBrowser(parent), m_images(kCacheKiB)
{
    // Links are reported through anchorClicked() and opened by the view, never followed here.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    m_placeholder = QImage(16, 9, QImage::Format_RGB32);
    m_placeholder.fill(QColor(0xdd, 0xdd, 0xdd));
}

NewsReader::~NewsReader() = default;

void NewsReader::setImageLoader(repository::NewsImageLoader *loader)
{
    if (m_loader == loader)
        return;
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_loader = loader;
    m_pending.clear();
    m_failed.clear(); // another account or space: give its images a chance
    if (!loader)
        return;
    connect(loader, &repository::NewsImageLoader::loaded, this, &NewsReader::onImageSettled);
    connect(loader, &repository::NewsImageLoader::failed, this, [this](const QUrl &url) { onImageSettled(url, {}); });
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
    if (!m_loader || m_pending.contains(url))
        return;
    m_pending.insert(url);
    m_loader->fetch(url);
}

void NewsReader::onImageSettled(const QUrl &url, const QImage &arrived)
{
    if (!m_pending.remove(url))
        return; // asked for by another reader of the same account
    QImage image = arrived;
    const bool ok = !image.isNull();
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
