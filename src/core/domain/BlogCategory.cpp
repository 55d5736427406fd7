// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlogCategory.h"

#include "json/JsonRead.h"

#include <QJsonObject>

namespace domain {

BlogCategory BlogCategory::fromJson(const QJsonValue &value)
{
    BlogCategory category;
    if (value.isDouble()) {
        category.id = json::asInt64(value); // 0 when no id can be that number
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        category.id = json::readInt64(o, u"Id");
        category.title = json::readString(o, u"Title");
        category.businessId = json::readInt64(o, u"BusinessId");
        category.languageId = json::readInt64(o, u"LanguageId");
    }
    return category;
}

} // namespace domain
