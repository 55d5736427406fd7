// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPage.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using emulator::Request;
using emulator::Response;

namespace propertyos {

namespace {

int positiveParam(const Request &request, const QString &key, int fallback, FieldErrors &errors)
{
    const auto value = request.param(key);
    if (!value)
        return fallback;
    bool ok = false;
    const int n = value->trimmed().toInt(&ok);
    if (!ok || n < 1) {
        errors.add(key, QStringLiteral("must be a positive integer"));
        return fallback;
    }
    return n;
}

} // namespace

ListPage ListPage::fromQuery(const Request &request, FieldErrors &errors)
{
    ListPage page;
    page.page = positiveParam(request, QStringLiteral("page"), 1, errors);
    page.limit = std::min(kMaxLimit, positiveParam(request, QStringLiteral("limit"), kDefaultLimit, errors));
    return page;
}

Response ListPage::answer(const QList<QJsonObject> &matching) const
{
    QJsonArray data;
    const qint64 first = qint64(page - 1) * limit;
    for (qint64 i = first; i < matching.size() && i < first + limit; ++i)
        data.append(matching.at(i));
    const QJsonObject meta{{QStringLiteral("total"), int(matching.size())},
                           {QStringLiteral("page"), page},
                           {QStringLiteral("limit"), limit}};
    return Response::ofJson(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("meta"), meta}});
}

std::optional<QString> enumFilter(const Request &request, const QString &key, const QStringList &allowed,
                                  FieldErrors &errors)
{
    const auto value = request.param(key);
    if (!value || value->isEmpty())
        return std::nullopt;
    if (!allowed.contains(*value)) {
        errors.add(key, QStringLiteral("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return value;
}

std::optional<QJsonObject> objectBody(const Request &request)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace propertyos
