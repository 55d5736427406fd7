// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListQuery.h"

namespace api {

ListQuery &ListQuery::orderBy(const QString &field, SortDirection dir)
{
    m_orderField = field;
    m_direction = dir;
    return *this;
}

ListQuery &ListQuery::where(const QString &property, const QVariant &value)
{
    m_params.append({m_entity + u'_' + property, formatValue(value)});
    return *this;
}

ListQuery &ListQuery::between(const QString &property, const QVariant &from, const QVariant &to)
{
    const QString name = m_entity + u'_' + property;
    if (from.isValid() && !from.isNull())
        m_params.append({u"from_" + name, formatValue(from)});
    if (to.isValid() && !to.isNull())
        m_params.append({u"to_" + name, formatValue(to)});
    return *this;
}

ListQuery &ListQuery::param(const QString &name, const QString &value)
{
    m_params.append({name, value});
    return *this;
}

QString ListQuery::formatValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDateTime:
        return value.toDateTime().toString(u"yyyy-MM-ddTHH:mm");
    case QMetaType::QDate:
        return value.toDate().toString(u"yyyy-MM-ddT00:00");
    default:
        return value.toString();
    }
}

QString ListQuery::encodeDelimiters(const QString &value)
{
    // QUrlQuery leaves these as they are, and a server would read them as syntax, not as text.
    QString encoded = value;
    encoded.replace(u'%', QStringLiteral("%25"))
        .replace(u'&', QStringLiteral("%26"))
        .replace(u'=', QStringLiteral("%3D"))
        .replace(u'+', QStringLiteral("%2B"))
        .replace(u'#', QStringLiteral("%23"));
    return encoded;
}

QUrlQuery ListQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (m_page > 0)
        query.addQueryItem(QStringLiteral("page"), QString::number(m_page));
    if (m_size > 0)
        query.addQueryItem(QStringLiteral("size"), QString::number(m_size));
    if (!m_orderField.isEmpty()) {
        query.addQueryItem(QStringLiteral("orderBy"), m_orderField);
        // Enum names: the form the .NET binding behind the old docs reads (docs conflict on numbers).
        query.addQueryItem(QStringLiteral("dir"), m_direction == SortDirection::Ascending ? QStringLiteral("Ascending")
                                                                                         : QStringLiteral("Descending"));
    }
    for (const auto &[name, value] : m_params)
        query.addQueryItem(name, encodeDelimiters(value));
    if (!m_shape.isEmpty())
        query.addQueryItem(QStringLiteral("_shape"), m_shape.toQueryValue());
    return query;
}

} // namespace api
