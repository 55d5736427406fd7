// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBody.h"

#include "json/JsonRead.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace api::errorbody {

namespace {
void addMessages(QList<FieldError> &out, const QString &field, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            addMessages(out, field, v);
    } else if (value.isObject()) {
        // Nested per-field objects: {"address": {"city": ["..."]}}.
        const QJsonObject o = value.toObject();
        if (o.contains(u"message") && !o.value(u"message").isObject()) {
            out.append({field, json::asString(o.value(u"message")), {}});
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            addMessages(out, field.isEmpty() ? it.key() : field + u'.' + it.key(), it.value());
    } else if (const QString text = json::asString(value); !text.isEmpty()) {
        out.append({normalizedField(field), text, {}});
    }
}
} // namespace

QString normalizedField(const QString &field)
{
    QString f = field.trimmed();
    if (f.startsWith(u'/')) { // a JSON pointer
        f.remove(QRegularExpression(QStringLiteral("^/data(/attributes)?(?=/|$)")));
        f = f.mid(1).replace(u'/', u'.');
    }
    static const QRegularExpression brackets(QStringLiteral("\\[([^\\]]*)\\]"));
    f.replace(brackets, QStringLiteral(".\\1"));
    return f.startsWith(u'.') ? f.mid(1) : f;
}

QList<FieldError> fieldErrors(const QJsonObject &body)
{
    QList<FieldError> out;
    const QJsonValue errors = body.value(u"errors");
    if (errors.isObject()) {
        const QJsonObject o = errors.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            addMessages(out, it.key(), it.value());
    } else if (errors.isArray()) {
        for (const QJsonValue &v : errors.toArray()) {
            const QJsonObject e = v.toObject();
            QString field = json::readString(e, u"field");
            if (field.isEmpty())
                field = json::readString(e.value(u"source").toObject(), u"pointer");
            if (field.isEmpty())
                field = json::readString(e, u"path");
            QString message = json::readString(e, u"message");
            if (message.isEmpty())
                message = json::readString(e, u"detail");
            if (message.isEmpty())
                message = json::readString(e, u"title");
            if (!field.isEmpty() && !message.isEmpty())
                out.append({normalizedField(field), message, {}});
        }
    }
    return out;
}

QString text(const QJsonObject &body)
{
    for (const auto key : {u"message", u"detail", u"title"}) {
        const QString t = json::readString(body, key);
        if (!t.isEmpty())
            return t;
    }
    const QJsonValue error = body.value(u"error");
    if (error.isObject())
        return json::readString(error.toObject(), u"message");
    return json::asString(error);
}

} // namespace api::errorbody
