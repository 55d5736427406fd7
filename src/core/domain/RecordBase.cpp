// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordBase.h"

#include "JsonReadExtra.h"
#include "JsonWrite.h"
#include "api/JsonRead.h"

namespace domain {

void RecordBase::readBaseFields(const QJsonObject &o)
{
    id = json::readInt64(o, u"Id");
    uniqueId = json::readString(o, u"UniqueId");
    createdOn = jsonread::asDateTime(o.value(u"CreatedOn"), /*wallClock=*/true);
    updatedOn = jsonread::asDateTime(o.value(u"UpdatedOn"), /*wallClock=*/true);
    createdOnUtc = jsonread::asDateTime(o.value(u"CreatedOnUtc"));
    updatedOnUtc = jsonread::asDateTime(o.value(u"UpdatedOnUtc"));
    updatedBy = json::readString(o, u"UpdatedBy");
    isNew = json::readBool(o, u"IsNew");
    systemId = json::readString(o, u"SystemId");
}

void RecordBase::writeBaseFields(QJsonObject &o) const
{
    using namespace jsonwrite;
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
