// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "html/HtmlSanitizer.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

//! The news reader pane: a QTextBrowser that never navigates or reads files by itself. Images of
//! the space are fetched asynchronously through the account's network manager, cached, and put
//! into the document when they arrive; until then (or when they fail) a neutral placeholder shows.
//! Any other resource (other hosts, local files, style sheets) is refused.
class NewsReader : public QTextBrowser
{
    Q_OBJECT
public:
    explicit NewsReader(QWidget *parent = nullptr);
    ~NewsReader() override;

    void setNetworkAccessManager(QNetworkAccessManager *nam);
    //! The space whose images may be loaded (same scheme, host and port).
    void setSpaceUrl(const QUrl &url) { m_origin.setSpaceUrl(url); }
    int pendingImageCount() const { return int(m_pending.size()); }
    bool hasImage(const QUrl &url) const { return m_images.contains(url); }

    QVariant loadResource(int type, const QUrl &name) override;

    //! Largest image accepted; bigger downloads are aborted.
    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;

Q_SIGNALS:
    //! An image arrived (or failed for good) and the document now shows it.
    void imageSettled(const QUrl &url, bool ok);

private:
    void fetch(const QUrl &url);
    void onImageFinished(QNetworkReply *reply, const QUrl &url);
    void abortAll();

    QPointer<QNetworkAccessManager> m_nam;
    html::HtmlSanitizer m_origin;
    QCache<QUrl, QImage> m_images;                  //!< cost in KiB
    QSet<QUrl> m_failed;                            //!< not fetched again
    QHash<QUrl, QPointer<QNetworkReply>> m_pending;
    QImage m_placeholder;
};
