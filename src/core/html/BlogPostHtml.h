// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BlogPost.h"

#include <QDateTime>
#include <QString>

namespace html {

class HtmlSanitizer;

//! The reader pane's document for one blog post: title, "author · date · categories", the
//! sanitised body, then the comments (plain text, escaped). All wording is translated.
class BlogPostHtml
{
public:
    //! `notice` (e.g. "Loading the full article…" or an error) is shown under the heading; while a
    //! notice is shown the comments are left out, because they are not known yet. Without a body
    //! (list records carry none) the summary is shown instead.
    static QString render(const domain::BlogPost &post, const HtmlSanitizer &sanitizer, const QString &notice = {});

    //! The date a post shows: PublishDate (the space's wall clock), else PublishDateUtc in local time.
    static QDateTime displayDate(const domain::BlogPost &post);
    //! The date alone in the current locale with a four-digit year; empty when invalid.
    static QString dateText(const QDateTime &wallClock);
    //! Date and time in the current locale; empty when invalid.
    static QString dateTimeText(const QDateTime &wallClock);
    //! Category titles joined with ", ".
    static QString categoriesText(const domain::BlogPost &post);
};

} // namespace html
