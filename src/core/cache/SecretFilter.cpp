// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretFilter.h"

#include <QJsonArray>

#include <algorithm>
#include <string_view>

namespace cache {

// Runs for every key of every record written, so it is one pass over the key that only looks closer at a 't',
//! 's' or 'p' (measured: general case folding was the hottest spot of a cache write).
bool SecretFilter::namesASecret(QStringView key)
{
    static constexpr std::string_view needles[] = {"token", "secret", "password"};
    const qsizetype size = key.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t first = key[i].unicode() | 0x20;
        if (first != u't' && first != u's' && first != u'p')
            continue;
        for (std::string_view needle : needles) {
            if (char16_t(needle.front()) != first || i + qsizetype(needle.size()) > size)
                continue;
            qsizetype j = 1;
            while (j < qsizetype(needle.size()) && (key[i + j].unicode() | 0x20) == char16_t(needle[size_t(j)]))
                ++j;
            if (j == qsizetype(needle.size()))
                return true;
        }
    }
    return false;
}

QJsonObject SecretFilter::withoutSecrets(const QJsonObject &json)
{
    if (!holdsSecret(json))
        return json; // most records have none: no copy at all
    QJsonObject out = json;
    strip(out);
    return out;
}

bool SecretFilter::holdsSecret(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue &item) { return holdsSecret(item); });
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (namesASecret(it.key()) || holdsSecret(it.value()))
            return true;
    }
    return false;
}

bool SecretFilter::strip(QJsonObject &object)
{
    bool changed = false;
    for (auto it = object.begin(); it != object.end();) {
        if (namesASecret(it.key())) {
            it = object.erase(it);
            changed = true;
            continue;
        }
        if (it->isObject() || it->isArray()) {
            QJsonValue nested = *it;
            if (strip(nested)) {
                *it = nested;
                changed = true;
            }
        }
        ++it;
    }
    return changed;
}

bool SecretFilter::strip(QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (!strip(object))
            return false;
        value = object;
        return true;
    }
    if (!value.isArray())
        return false;
    QJsonArray array = value.toArray();
    bool changed = false;
    for (auto it = array.begin(); it != array.end(); ++it) {
        QJsonValue item = *it;
        if (strip(item)) {
            *it = item;
            changed = true;
        }
    }
    if (changed)
        value = array;
    return changed;
}

} // namespace cache
