// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

struct QMetaObject;

namespace models {

//! `names` with each key of `type`'s `Role` enum named after it: the key without "Role", first
//! letter lowercase (`PublishDateTextRole` → "publishDateText"), so a role is named where it is
//! declared. `names` as it is when the class has no such enum.
QHash<int, QByteArray> withRoleNames(const QMetaObject &type, QHash<int, QByteArray> names);

} // namespace models
