// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordBase.h"

#include <QJsonObject>
#include <QString>

namespace domain {

//! A comment on a blog post (BlogPostComment, nexudus-api.md 7.4; portal Comments[] entries).
struct BlogComment : RecordBase {
    qint64 businessId = 0;
    qint64 blogPostId = 0;
    qint64 postedById = 0;
    QString postedByFullName;  //!< PostedByFullName, or PostedBy.FullName on portal routes
    QString title;
    QString text;              //!< plain text as typed by the member
    bool published = true;     //!< missing means true: portal routes only list published comments

    static BlogComment fromJson(const QJsonObject &o);

    bool operator==(const BlogComment &) const = default;
};

} // namespace domain
