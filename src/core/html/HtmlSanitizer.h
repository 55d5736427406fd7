// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace html {

//! Turns untrusted HTML from the space (blog posts, descriptions) into HTML that is safe to hand to
//! a QTextBrowser. Allow-list based: only known formatting tags and a few attributes survive.
//! - script, style, iframe, object, embed, form (and similar) are dropped with their content;
//! - every `on*` handler, `class`, `target`... is dropped; `style` only survives without `url(`,
//!   `expression`, `@import`, escapes and the like;
//! - links: relative ones are resolved against the space; only http, https and mailto (and
//!   in-page `#fragment`) are kept; `javascript:`, `vbscript:`, `data:` and anything else lose the
//!   href and become plain text;
//! - images: only http(s) from the space's own origin (scheme, host, port); any other image,
//!   `data:` ones included (decision: no inline images, they would bypass the origin rule and can be
//!   huge), is replaced by its alt text;
//! - text is re-escaped, tags are balanced, nesting is capped, so the result is always well formed.
class HtmlSanitizer
{
public:
    explicit HtmlSanitizer(QUrl spaceUrl = {}) : m_spaceUrl(std::move(spaceUrl)) {}

    void setSpaceUrl(const QUrl &url) { m_spaceUrl = url; }
    QUrl spaceUrl() const { return m_spaceUrl; }

    QString sanitize(const QString &html) const;

    //! `reference` resolved against the space; invalid when it cannot be made absolute.
    QUrl resolve(const QString &reference) const;
    //! The link target to keep for `href`: an absolute http(s)/mailto URL or a bare `#fragment`;
    //! an empty QUrl when the link must be neutralised.
    QUrl safeLink(const QString &href) const;
    //! True when `url` is an absolute http(s) URL of the space's own origin.
    bool isSpaceImage(const QUrl &url) const;
    //! True when a `style` attribute value carries nothing that can load or run anything.
    static bool isSafeStyle(const QString &css);
    //! Escapes text for HTML while keeping well-formed character references (`&eacute;`, `&#233;`).
    static QString escapeText(const QString &text);
    //! Escapes an attribute value for use inside double quotes.
    static QString escapeAttribute(const QString &value);

    //! Deepest element nesting written; deeper tags are dropped (their text stays).
    static constexpr int kMaxDepth = 64;

private:
    QUrl m_spaceUrl;
};

} // namespace html
