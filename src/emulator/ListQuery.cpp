// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListQuery.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace emulator {

namespace {

enum class Op { Equal, From, To };

struct Filter
{
    int field = -1;
    Op op = Op::Equal;
    QString text;
};

// Resolves "{Prop}", "{Nav}" (→ NavId) and "{Nav}_{Prop}" (→ NavProp) to a field index.
int resolveField(const Table &table, const QString &rest)
{
    int f = table.fieldIndex(rest);
    if (f < 0)
        f = table.fieldIndex(QString(rest + QStringLiteral("Id")));
    if (f < 0 && rest.contains(QLatin1Char('_')))
        f = table.fieldIndex(QString(rest).remove(QLatin1Char('_')));
    return f;
}

QList<Filter> parseFilters(const Request &request, const Table &table, bool publicFlavor)
{
    QList<Filter> filters;
    const QString entity = table.entityName() + QLatin1Char('_');
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        QString key = item.first;
        Op op = Op::Equal;
        if (key.startsWith(QLatin1String("from_"), Qt::CaseInsensitive)) {
            op = Op::From;
            key = key.mid(5);
        } else if (key.startsWith(QLatin1String("to_"), Qt::CaseInsensitive)) {
            op = Op::To;
            key = key.mid(3);
        }
        if (!key.startsWith(entity, Qt::CaseInsensitive))
            continue;
        const int f = resolveField(table, key.mid(entity.size()));
        if (f < 0 || (table.fieldFlags(f) & Collection))
            continue; // unknown property: ignored
        if (publicFlavor && (table.fieldFlags(f) & Secret))
            continue;
        filters.append({f, op, item.second});
    }
    return filters;
}

bool hasTimePart(const QString &s) { return s.contains(QLatin1Char('T')); }

// Compares a stored value with a filter text; returns <0, 0, >0 or nullopt when incomparable.
std::optional<int> compareTo(const QJsonValue &value, const QString &text, Op op)
{
    if (value.isBool()) {
        const QString t = text.trimmed().toLower();
        if (t != QLatin1String("true") && t != QLatin1String("false"))
            return std::nullopt;
        return int(value.toBool()) - int(t == QLatin1String("true"));
    }
    if (value.isDouble()) {
        bool ok = false;
        const double d = text.trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const double v = value.toDouble();
        return v < d ? -1 : (v > d ? 1 : 0);
    }
    if (value.isString()) {
        const QString s = value.toString();
        const QDateTime bound = codec::parseDate(text);
        const QDateTime stored = bound.isValid() ? codec::parseDate(s) : QDateTime();
        if (bound.isValid() && stored.isValid() && (op != Op::Equal || text.size() >= 10)) {
            QDateTime b = bound;
            if (op == Op::To) { // inclusive up to the end of the given minute / day
                const QString t = text.trimmed();
                if (!hasTimePart(t))
                    b = b.addDays(1).addMSecs(-1);
                else if (t.count(QLatin1Char(':')) == 1)
                    b = b.addSecs(60).addMSecs(-1);
            }
            return stored < b ? -1 : (stored > b ? 1 : 0);
        }
        if (op == Op::Equal)
            return s.compare(text, Qt::CaseInsensitive) == 0 ? 0 : 1;
        const int c = s.compare(text, Qt::CaseInsensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    return std::nullopt; // null: matches no filter
}

bool matchesList(const QJsonValue &value, const QString &text)
{
    // Resource_Id=[1,2,3]
    const QString inner = text.mid(1, text.size() - 2);
    for (const QString &part : inner.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (compareTo(value, part.trimmed(), Op::Equal) == 0)
            return true;
    }
    return false;
}

bool matches(const Table &table, int row, const QList<Filter> &filters)
{
    for (const Filter &f : filters) {
        const QJsonValue v = table.value(row, f.field);
        const QString t = f.text.trimmed();
        if (f.op == Op::Equal && t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'))) {
            if (!matchesList(v, t))
                return false;
            continue;
        }
        const auto c = compareTo(v, f.text, f.op);
        if (!c)
            return false;
        if ((f.op == Op::Equal && *c != 0) || (f.op == Op::From && *c < 0) || (f.op == Op::To && *c > 0))
            return false;
    }
    return true;
}

int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    const bool an = a.isNull() || a.isUndefined(), bn = b.isNull() || b.isUndefined();
    if (an || bn)
        return an == bn ? 0 : (an ? -1 : 1);
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    return a.toString().compare(b.toString(), Qt::CaseInsensitive);
}

int intParam(const Request &r, const QString &key, int fallback)
{
    const auto v = r.param(key);
    if (!v)
        return fallback;
    bool ok = false;
    const int n = v->trimmed().toInt(&ok);
    return ok ? n : fallback;
}

} // namespace

bool ListQuery::parseDescending(const QString &dir)
{
    const QString d = dir.trimmed().toLower();
    return d == QLatin1String("descending") || d == QLatin1String("desc") || d == QLatin1String("1")
        || d == QLatin1String("-1");
}

ListQuery::Result ListQuery::run(const Request &request, const Table &table,
                                 const std::optional<QList<int>> &candidates, const Options &options)
{
    Result result;
    result.flavor = options.flavor;
    result.page = std::max(1, intParam(request, QStringLiteral("page"), 1));
    int size = intParam(request, QStringLiteral("size"), -1);
    if (size < 0 && !options.sizeAlias.isEmpty())
        size = intParam(request, options.sizeAlias, -1);
    if (size <= 0)
        size = options.defaultSize;
    result.pageSize = std::min(size, options.maxSize);

    int orderField = table.fieldIndex(options.defaultOrderBy);
    if (orderField < 0)
        orderField = table.fieldIndex(QStringLiteral("Id"));
    if (const auto ob = request.param(QStringLiteral("orderBy"))) {
        const int f = table.fieldIndex(ob->trimmed());
        if (f >= 0 && !(table.fieldFlags(f) & Collection)
            && !(options.flavor == Flavor::Public && (table.fieldFlags(f) & Secret)))
            orderField = f;
    }
    result.orderField = table.fieldName(orderField);
    const auto dir = request.param(QStringLiteral("dir"));
    result.descending = dir ? parseDescending(*dir)
                            : (!request.param(QStringLiteral("orderBy")) && options.defaultDescending);

    const QList<Filter> filters = parseFilters(request, table, options.flavor == Flavor::Public);
    QList<int> rows;
    const int total = candidates ? int(candidates->size()) : table.rowCount();
    rows.reserve(total);
    for (int i = 0; i < total; ++i) {
        const int row = candidates ? candidates->at(i) : i;
        if (filters.isEmpty() || matches(table, row, filters))
            rows.append(row);
    }

    const bool byId = table.fieldName(orderField) == QLatin1String("Id");
    if (byId) {
        std::sort(rows.begin(), rows.end(), [&](int a, int b) { return table.idAt(a) < table.idAt(b); });
    } else {
        QHash<int, QJsonValue> keys;
        keys.reserve(rows.size());
        for (int row : rows)
            keys.insert(row, table.value(row, orderField));
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const int c = compareValues(keys.value(a), keys.value(b));
            return c != 0 ? c < 0 : table.idAt(a) < table.idAt(b);
        });
    }
    if (result.descending)
        std::reverse(rows.begin(), rows.end());

    result.totalItems = int(rows.size());
    const qint64 first = qint64(result.page - 1) * result.pageSize;
    for (qint64 i = first; i < rows.size() && i < first + result.pageSize; ++i)
        result.rows.append(rows.at(i));
    return result;
}

QJsonObject ListQuery::Result::envelope(const QJsonArray &records) const
{
    const int totalPages = pageSize > 0 ? (totalItems + pageSize - 1) / pageSize : 0;
    const int firstItem = rows.isEmpty() ? 0 : (page - 1) * pageSize + 1;
    const int lastItem = rows.isEmpty() ? 0 : firstItem + int(rows.size()) - 1;
    QJsonValue dir = flavor == Flavor::Public
        ? QJsonValue(descending ? QStringLiteral("DESC") : QStringLiteral("ASC"))
        : QJsonValue(descending ? 1 : 0);
    return QJsonObject{
        {QStringLiteral("Records"), records},
        {QStringLiteral("CurrentPageSize"), pageSize},
        {QStringLiteral("CurrentPage"), page},
        {QStringLiteral("CurrentOrderField"), orderField},
        {QStringLiteral("CurrentSortDirection"), dir},
        {QStringLiteral("FirstItem"), firstItem},
        {QStringLiteral("HasNextPage"), page < totalPages},
        {QStringLiteral("HasPreviousPage"), page > 1},
        {QStringLiteral("LastItem"), lastItem},
        {QStringLiteral("PageNumber"), page},
        {QStringLiteral("PageSize"), pageSize},
        {QStringLiteral("TotalItems"), totalItems},
        {QStringLiteral("TotalPages"), totalPages},
    };
}

} // namespace emulator
