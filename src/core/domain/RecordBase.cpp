// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordBase.h"

#include "json/JsonReadExtra.h"
#include "json/JsonWrite.h"
#include "json/JsonRead.h"

namespace domain {

void RecordBase::readBaseFields(const QJsonObject &o)
{
    id = json::readInt64(o, u"Id");
    uniqueId = json::readString(o, u"UniqueId");
    createdOn = json::asDateTime(o.value(u"CreatedOn"), /*wallClock=*/true);
    updatedOn = json::asDateTime(o.value(u"UpdatedOn"), /*wallClock=*/true);
    createdOnUtc = json::asDateTime(o.value(u"CreatedOnUtc"));
    updatedOnUtc = json::asDateTime(o.value(u"UpdatedOnUtc"));
    updatedBy = json::readString(o, u"UpdatedBy");
    isNew = json::readBool(o, u"IsNew");
    systemId = json::readString(o, u"SystemId");
}

void RecordBase::writeBaseFields(QJsonObject &o) const
{
    using namespace json::write;
    o.insert(u"Id", double(id));
    putString(o, u"UniqueId", uniqueId);
    putDateTime(o, u"CreatedOn", createdOn);
    putDateTime(o, u"UpdatedOn", updatedOn);
    if (createdOnUtc.isValid())
        putDateTime(o, u"CreatedOnUtc", createdOnUtc);
    if (updatedOnUtc.isValid())
        putDateTime(o, u"UpdatedOnUtc", updatedOnUtc);
    putString(o, u"UpdatedBy", updatedBy);
    o.insert(u"IsNew", isNew);
    putString(o, u"SystemId", systemId);
}

} // namespace domain
