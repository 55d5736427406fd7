// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlogComment.h"

#include "json/JsonReadExtra.h"
#include "json/JsonRead.h"

namespace domain {

BlogComment BlogComment::fromJson(const QJsonObject &o)
{
    BlogComment c;
    c.readBaseFields(o);
    c.businessId = json::readInt64(o, u"BusinessId");
    c.blogPostId = json::readInt64(o, u"BlogPostId");
    c.postedById = json::readInt64(o, u"PostedById");
    c.postedByFullName = json::readString(o, u"PostedByFullName");
    if (c.postedByFullName.isEmpty())
        c.postedByFullName = json::readString(json::readObject(o, u"PostedBy"), u"FullName");
    c.title = json::readString(o, u"Title");
    c.text = json::readString(o, u"Text");
    c.published = json::readOptionalBool(o, u"Published").value_or(true);
    return c;
}

} // namespace domain
