// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlogPost.h"

#include "json/JsonReadExtra.h"
#include "json/JsonRead.h"

#include <QJsonArray>

namespace domain {

namespace {
// Flat admin names win; the portal's nested objects fill what they leave empty.
void readAuthorAndBusiness(const QJsonObject &o, BlogPost &p)
{
    p.businessId = json::readInt64(o, u"BusinessId");
    p.businessName = json::readString(o, u"BusinessName");
    const QJsonObject business = json::readObject(o, u"Business");
    if (p.businessId == 0)
        p.businessId = json::readInt64(business, u"Id");
    if (p.businessName.isEmpty())
        p.businessName = json::readString(business, u"Name");
    p.businessWebAddress = json::readString(business, u"WebAddress");

    p.postedById = json::readInt64(o, u"PostedById");
    p.postedByFullName = json::readString(o, u"PostedByFullName");
    if (p.postedByFullName.isEmpty())
        p.postedByFullName = json::readString(json::readObject(o, u"PostedBy"), u"FullName");

    p.languageId = json::readInt64(o, u"LanguageId");
    if (p.languageId == 0)
        p.languageId = json::readInt64(json::readObject(o, u"Language"), u"Id");
}

void readCategoriesAndComments(const QJsonObject &o, BlogPost &p)
{
    const QJsonValue categories = o.value(u"BlogCategories");
    if (categories.isArray()) {
        for (const QJsonValue &value : categories.toArray()) {
            const BlogCategory category = BlogCategory::fromJson(value);
            if (category.id != 0 || !category.title.isEmpty())
                p.categories.append(category);
        }
    }
    const QJsonValue comments = o.value(u"Comments");
    if (comments.isArray()) {
        for (const QJsonValue &value : comments.toArray()) {
            if (value.isObject())
                p.comments.append(BlogComment::fromJson(value.toObject()));
        }
    }
    p.commentsCount = json::readInt(o, u"CommentsCount", int(p.comments.size()));
}
} // namespace

BlogPost BlogPost::fromJson(const QJsonObject &o)
{
    using namespace json;
    BlogPost p;
    p.readBaseFields(o);
    readAuthorAndBusiness(o, p);
    p.title = json::readString(o, u"Title");
    p.summaryText = json::readString(o, u"SummaryText");
    p.fullTextHtml = json::readString(o, u"FullText");
    p.imageFileName = json::readString(o, u"ImageFileName");
    p.largeImageFileName = json::readString(o, u"LargeImageFileName");
    p.hasImage = readOptionalBool(o, u"HasImage").value_or(!p.imageFileName.isEmpty());
    p.hasLargeImage = readOptionalBool(o, u"HasLargeImage").value_or(!p.largeImageFileName.isEmpty());

    p.publishDate = asDateTime(o.value(u"PublishDate"), /*wallClock=*/true);
    p.publishDateUtc = asDateTime(o.value(u"PublishDateUtc"));
    p.unpublishDate = asDateTime(o.value(u"UnpublishDate"), /*wallClock=*/true);
    p.showInHomeBanner = readOptionalBool(o, u"ShowInHomeBanner").value_or(false);
    p.showInHomePage = readOptionalBool(o, u"ShowInHomePage").value_or(false);
    p.onlyForContacts = readOptionalBool(o, u"OnlyForContacts").value_or(false);
    p.onlyForMembers = readOptionalBool(o, u"OnlyForMembers").value_or(false);
    p.allowComments = readOptionalBool(o, u"AllowComments").value_or(false);
    readCategoriesAndComments(o, p);
    return p;
}

} // namespace domain
