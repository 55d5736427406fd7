// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

namespace csv {

QByteArray bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString field(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QByteArray record(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << field(f);
    return escaped.join(u',').toUtf8() + "\r\n";
}

} // namespace csv
