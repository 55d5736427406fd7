// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteResult.h"

#include "json/JsonRead.h"

#include <QJsonArray>

namespace api {

qint64 WriteResult::id() const
{
    return value.isObject() ? json::readInt64(value.toObject(), u"Id", 0) : 0;
}

bool WriteResult::looksLikeEnvelope(const QJsonObject &object)
{
    return object.contains(u"WasSuccessful") || (object.contains(u"Status") && object.contains(u"Message"));
}

WriteResult WriteResult::parse(const QJsonObject &object)
{
    WriteResult result;
    result.status = json::readInt(object, u"Status", 0);
    result.message = json::readString(object, u"Message");
    result.value = object.value(u"Value");
    // Without the flag, fall back to the in-body status (old examples omit it on failures).
    result.wasSuccessful = json::readBool(object, u"WasSuccessful", result.status > 0 && result.status < 400);
    const QJsonValue errors = object.value(u"Errors");
    if (errors.isArray()) {
        for (const QJsonValue &entry : errors.toArray()) {
            const QJsonObject e = entry.toObject();
            FieldError fieldError;
            fieldError.propertyName = json::readString(e, u"PropertyName");
            fieldError.message = json::readString(e, u"Message");
            fieldError.attemptedValue = e.value(u"AttemptedValue");
            if (!fieldError.propertyName.isEmpty() || !fieldError.message.isEmpty())
                result.errors.append(fieldError);
        }
    }
    return result;
}

} // namespace api
