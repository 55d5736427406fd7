// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonReadExtra.h"

#include <QJsonArray>

namespace json {

std::optional<bool> asOptionalBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == 0.0 || d == 1.0)
            return d == 1.0;
        return std::nullopt;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        for (QStringView yes : {u"true", u"yes", u"1", u"on"}) {
            if (s.compare(yes, Qt::CaseInsensitive) == 0)
                return true;
        }
        for (QStringView no : {u"false", u"no", u"0", u"off"}) {
            if (s.compare(no, Qt::CaseInsensitive) == 0)
                return false;
        }
    }
    return std::nullopt;
}

std::optional<bool> readOptionalBool(const QJsonObject &o, QStringView key)
{
    return asOptionalBool(o.value(key));
}

std::optional<qint64> readOptionalInt64(const QJsonObject &o, QStringView key)
{
    return asOptionalInt64(o.value(key));
}

QList<qint64> parseIdCsv(QStringView text)
{
    QList<qint64> ids;
    for (QStringView part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

QJsonObject readObject(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    return v.isObject() ? v.toObject() : QJsonObject();
}

} // namespace json
