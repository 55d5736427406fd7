// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "html/HtmlSanitizer.h"

#include <QCache>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

namespace repository {
class NewsImageLoader;
}

//! The news reader pane: a QTextBrowser that never navigates or reads files by itself. Images of
//! the space are fetched asynchronously by the account's image loader (inside its API client's
//! throttle and guards), cached, and put into the document when they arrive; until then (or when
//! they fail) a neutral placeholder shows.
//! Any other resource (other hosts, local files, style sheets) is refused.
class NewsReader : public QTextBrowser
{
    Q_OBJECT
public:
    explicit NewsReader(QWidget *parent = nullptr);
    ~NewsReader() override;

    //! The account's image loader (may be null: placeholders only).
    void setImageLoader(repository::NewsImageLoader *loader);
    //! The space whose images may be loaded (same scheme, host and port).
    void setSpaceUrl(const QUrl &url) { m_origin.setSpaceUrl(url); }
    int pendingImageCount() const { return int(m_pending.size()); }
    bool hasImage(const QUrl &url) const { return m_images.contains(url); }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    //! An image arrived (or failed for good) and the document now shows it.
    void imageSettled(const QUrl &url, bool ok);

private:
    void fetch(const QUrl &url);
    void onImageSettled(const QUrl &url, const QImage &image);

    QPointer<repository::NewsImageLoader> m_loader;
    html::HtmlSanitizer m_origin;
    QCache<QUrl, QImage> m_images;                  //!< cost in KiB
    QSet<QUrl> m_failed;                            //!< not fetched again
    QSet<QUrl> m_pending;                           //!< asked for, not arrived yet
    QImage m_placeholder;
};
