// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>

namespace domain {

//! The words a space shows people in one language, where the public records (`/api/public/...`)
//! carry only the space's default language: type names of rooms, and titles and summaries of
//! news posts. Read from the localized routes (`/{lang}/publicresources`, `/{lang}/blog`);
//! whatever is missing here is shown in the default words (nothing is ever blanked).
struct SpaceWords {
    struct PostWords {
        QString title;
        QString summary;
        bool operator==(const PostWords &) const = default;
    };

    QString language;                        //!< the `/{lang}/` code these words came in
    QHash<qint64, QString> typeNamesByTypeId; //!< ResourceTypes[]: Id -> Name
    QHash<qint64, QString> typeNamesByRoomId; //!< Resources[]: Id -> ResourceTypeName
    QHash<qint64, PostWords> posts;           //!< BlogPosts[]: Id -> Title, SummaryText

    bool isEmpty() const { return typeNamesByTypeId.isEmpty() && typeNamesByRoomId.isEmpty() && posts.isEmpty(); }
    bool hasRoomWords() const { return !typeNamesByTypeId.isEmpty() || !typeNamesByRoomId.isEmpty(); }

    //! The room's type name in this language, else `fallback` (the default-language name).
    QString typeName(qint64 roomId, qint64 typeId, const QString &fallback) const;
    //! The post's title (summary) in this language, else `fallback`.
    QString postTitle(qint64 postId, const QString &fallback) const;
    QString postSummary(qint64 postId, const QString &fallback) const;

    bool operator==(const SpaceWords &) const = default;
};

} // namespace domain

Q_DECLARE_METATYPE(domain::SpaceWords)
