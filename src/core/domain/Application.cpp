// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "json/JsonReadExtra.h"
#include "json/JsonWrite.h"
#include "json/JsonRead.h"

namespace domain {

Application Application::fromJson(const QJsonObject &o)
{
    Application a;
    a.readBaseFields(o);
    a.developerId = json::readInt64(o, u"DeveloperId");
    a.name = json::readString(o, u"Name");
    a.published = json::readOptionalBool(o, u"Published").value_or(false);
    a.applicationKey = json::readString(o, u"ApplicationKey");
    a.secretKey = json::readString(o, u"SecretKey");
    a.shortDescription = json::readString(o, u"ShortDescription");
    a.description = json::readString(o, u"Description");
    a.installUrl = json::readString(o, u"InstallUrl");
    a.requiredRoleIds = json::readIdList(o, u"RequiredRoles");
    return a;
}

QJsonObject Application::toJson() const
{
    using namespace json::write;
    QJsonObject o;
    writeBaseFields(o);
    o.insert(u"DeveloperId", double(developerId));
    putString(o, u"Name", name);
    o.insert(u"Published", published);
    putString(o, u"ApplicationKey", applicationKey);
    putString(o, u"ShortDescription", shortDescription);
    putString(o, u"Description", description);
    putString(o, u"InstallUrl", installUrl);
    putIds(o, u"RequiredRoles", requiredRoleIds);
    // secretKey: deliberately absent (design.md, "Secrets in payloads").
    return o;
}

QJsonObject Application::toJsonForWrite(IncludeSecret includeSecret) const
{
    QJsonObject o = toJson();
    // Server-generated or read-only on write: sending them back would at best be ignored.
    for (QStringView readOnly : {u"CreatedOn", u"UpdatedOn", u"CreatedOnUtc", u"UpdatedOnUtc", u"UpdatedBy",
                                 u"IsNew", u"ApplicationKey"})
        o.remove(readOnly);
    if (id == 0)
        o.remove(u"Id"); // create: the server assigns it
    if (includeSecret == IncludeSecret::Yes)
        o.insert(u"SecretKey", secretKey);
    return o;
}

QString Application::maskedSecretKey() const
{
    if (secretKey.isEmpty())
        return {};
    // Show at most the last four characters, and only when that leaves most of the key hidden.
    const qsizetype shown = secretKey.size() >= 12 ? 4 : 0;
    return QString(8, QChar(0x2022)) + secretKey.right(shown);
}

} // namespace domain
