// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpaceWords.h"

namespace domain {

QString SpaceWords::typeName(qint64 roomId, qint64 typeId, const QString &fallback) const
{
    if (const auto it = typeNamesByRoomId.constFind(roomId); it != typeNamesByRoomId.cend() && !it->isEmpty())
        return *it;
    if (const auto it = typeNamesByTypeId.constFind(typeId); typeId != 0 && it != typeNamesByTypeId.cend() && !it->isEmpty())
        return *it;
    return fallback;
}

QString SpaceWords::postTitle(qint64 postId, const QString &fallback) const
{
    const auto it = posts.constFind(postId);
    return it != posts.cend() && !it->title.isEmpty() ? it->title : fallback;
}

QString SpaceWords::postSummary(qint64 postId, const QString &fallback) const
{
    const auto it = posts.constFind(postId);
    return it != posts.cend() && !it->summary.isEmpty() ? it->summary : fallback;
}

} // namespace domain
