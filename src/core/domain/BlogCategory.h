// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace domain {

//! A blog category. Admin records list categories as bare ids; portal records as {Id, Title}.
struct BlogCategory {
    qint64 id = 0;
    QString title;
    qint64 businessId = 0;
    qint64 languageId = 0;

    //! Accepts both shapes: a number (id only) or an object. Anything else gives id 0.
    static BlogCategory fromJson(const QJsonValue &value);

    bool operator==(const BlogCategory &) const = default;
};

} // namespace domain
