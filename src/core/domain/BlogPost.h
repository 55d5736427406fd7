// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BlogCategory.h"
#include "BlogComment.h"
#include "RecordBase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace domain {

//! A blog article (nexudus-api.md 7.3 admin fields, 5.5 portal model, seed 000 shaped list records).
//! The admin shape is flat (BusinessId, PostedByFullName); the portal nests Business{} and PostedBy{}.
struct BlogPost : RecordBase {
    qint64 businessId = 0;
    QString businessName;
    QString businessWebAddress;
    qint64 languageId = 0;
    qint64 postedById = 0;
    QString postedByFullName;

    QString title;
    QString summaryText;
    QString fullTextHtml;        //!< FullText: HTML from the space, sanitise before rendering
    QString imageFileName;
    QString largeImageFileName;
    bool hasImage = false;
    bool hasLargeImage = false;

    QDateTime publishDate;       //!< the space's wall-clock time (future = scheduled)
    QDateTime publishDateUtc;    //!< a real instant, when the server sends PublishDateUtc
    QDateTime unpublishDate;     //!< invalid = shown indefinitely
    bool showInHomeBanner = false;
    bool showInHomePage = false;
    bool onlyForContacts = false;
    bool onlyForMembers = false;

    bool allowComments = false;
    int commentsCount = 0;       //!< CommentsCount, else the number of Comments received
    QList<BlogCategory> categories;
    QList<BlogComment> comments;

    static BlogPost fromJson(const QJsonObject &o);

    bool operator==(const BlogPost &) const = default;
};

} // namespace domain
