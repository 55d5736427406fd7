// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleNames.h"

#include <QChar>
#include <QMetaEnum>
#include <QMetaObject>

namespace models {

QHash<int, QByteArray> withRoleNames(const QMetaObject &type, QHash<int, QByteArray> names)
{
    const int at = type.indexOfEnumerator("Role");
    if (at < 0)
        return names;
    const QMetaEnum roles = type.enumerator(at);
    const QByteArray suffix("Role");
    for (int i = 0; i < roles.keyCount(); ++i) {
        QByteArray name(roles.key(i));
        if (name.endsWith(suffix))
            name.chop(suffix.size());
        if (!name.isEmpty())
            name[0] = char(QChar::toLower(uchar(name.at(0))));
        names.insert(roles.value(i), name);
    }
    return names;
}

} // namespace models
