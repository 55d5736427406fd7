// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiErrors.h"

#include <QJsonObject>
#include <QList>

namespace propertyos {

//! The list envelope of seed 001: {"data": [...], "meta": {"total", "page", "limit"}}.
//! `page` defaults to 1, `limit` to 20; a limit above 100 is clamped to 100 (meta.limit says so);
//! a page or limit that is not a positive integer is a 422 field error.
struct ListPage
{
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 100;

    int page = 1;
    int limit = kDefaultLimit;

    static ListPage fromQuery(const emulator::Request &request, FieldErrors &errors);
    emulator::Response answer(const QList<QJsonObject> &matching) const;
};

//! A query filter that must be one of `allowed` when given; records a 422 field error otherwise.
std::optional<QString> enumFilter(const emulator::Request &request, const QString &key, const QStringList &allowed,
                                  FieldErrors &errors);
//! The request's body as a JSON object; nullopt when it is not one.
std::optional<QJsonObject> objectBody(const emulator::Request &request);

} // namespace propertyos
