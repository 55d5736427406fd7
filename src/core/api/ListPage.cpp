// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPage.h"

#include "json/JsonRead.h"
#include "Logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>

namespace api {

SortDirection parseSortDirection(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        return (text.startsWith(u"desc") || text == u"1" || text == u"-1") ? SortDirection::Descending
                                                                            : SortDirection::Ascending;
    }
    if (value.isDouble()) {
        // Both documented numberings agree that 0 is ascending; 1 (0/1 form) and -1 (1/-1 form)
        // cannot both mean descending, so 1 is read as the admin API's "1 = descending" only when
        // paired with the 0/1 form. The emulator and the .NET SDK use 0 = asc, 1 = desc.
        const int number = value.toInt();
        return (number == 1 || number == -1) ? SortDirection::Descending : SortDirection::Ascending;
    }
    return SortDirection::Ascending;
}

namespace {
QString noRecordsText()
{
    return QCoreApplication::translate("api::ListPage", "The list answer has no records.");
}

//! Whether a record's `Id`, when it has one, can key it: a whole number, or one written as a string.
bool hasUsableId(const QJsonObject &record)
{
    const auto it = record.constFind(u"Id");
    if (it == record.constEnd())
        return true; // not ours to judge: the reader of that list decides
    if (it->isDouble())
        return std::trunc(it->toDouble()) == it->toDouble();
    if (it->isString()) {
        bool ok = false;
        it->toString().trimmed().toLongLong(&ok);
        return ok;
    }
    return false;
}

//! Keeps the records; anything else in a list (a number, a string, null) and a record whose Id has
//! the wrong type (`"Id": {}`, `"Id": "abc"`) is left out and counted, never the whole page.
QJsonArray readableRecords(const QJsonArray &values, int *skipped)
{
    const auto readable = [](const QJsonValue &value) { return value.isObject() && hasUsableId(value.toObject()); };
    if (std::all_of(values.begin(), values.end(), readable))
        return values;
    QJsonArray kept;
    for (const QJsonValue &value : values) {
        if (readable(value))
            kept.append(value);
        else
            ++*skipped;
    }
    qCWarning(lcNet) << "A list answer held" << *skipped << "entries that are not readable records; they were left out";
    return kept;
}

//! A list without paging metadata: one page that holds everything.
ListPage wholeList(const QJsonArray &values)
{
    ListPage page;
    page.records = readableRecords(values, &page.skippedRecords);
    ListPageMeta &m = page.meta;
    const int count = int(page.records.size());
    m.currentPageSize = m.pageSize = m.totalItems = m.lastItem = count;
    m.firstItem = count > 0 ? 1 : 0;
    m.totalPages = 1;
    return page;
}

//! The only property of `object` that is an array (or, failing that, an envelope object), if there is one.
std::optional<QJsonValue> onlyListProperty(const QJsonObject &object)
{
    std::optional<QJsonValue> array, envelope;
    int arrays = 0, envelopes = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray()) {
            ++arrays;
            array = it.value();
        } else if (it.value().isObject() && it.value().toObject().value(u"Records").isArray()) {
            ++envelopes;
            envelope = it.value();
        }
    }
    if (arrays == 1)
        return array;
    if (arrays == 0 && envelopes == 1)
        return envelope;
    return std::nullopt;
}
} // namespace

bool ListPage::parseAnswer(const QJsonDocument &answer, const QString &envelopeKey, ListPage *out, QString *error)
{
    if (answer.isArray()) {
        *out = wholeList(answer.array());
        return true;
    }
    if (!answer.isObject()) {
        if (error)
            *error = noRecordsText();
        return false;
    }
    QJsonValue body = answer.object();
    if (!envelopeKey.isEmpty()) {
        const QJsonValue inner = answer.object().value(envelopeKey);
        if (inner.isObject() || inner.isArray())
            body = inner;
    }
    if (body.isArray()) {
        *out = wholeList(body.toArray());
        return true;
    }
    const QJsonObject object = body.toObject();
    if (object.contains(u"Records"))
        return parse(object, out, error);
    const std::optional<QJsonValue> list = onlyListProperty(object);
    if (!list) {
        if (error)
            *error = noRecordsText();
        return false;
    }
    if (list->isArray()) {
        *out = wholeList(list->toArray());
        return true;
    }
    return parse(list->toObject(), out, error);
}

bool ListPage::parse(const QJsonObject &envelope, ListPage *out, QString *error)
{
    const QJsonValue records = envelope.value(u"Records");
    if (!records.isArray()) {
        if (error)
            *error = noRecordsText();
        return false;
    }
    ListPage page;
    page.records = readableRecords(records.toArray(), &page.skippedRecords);
    ListPageMeta &m = page.meta;
    m.currentPage = json::readInt(envelope, u"CurrentPage", 1);
    m.currentPageSize = json::readInt(envelope, u"CurrentPageSize", int(page.records.size()));
    m.currentOrderField = json::readString(envelope, u"CurrentOrderField");
    m.currentSortDirection = parseSortDirection(envelope.value(u"CurrentSortDirection"));
    m.firstItem = json::readInt(envelope, u"FirstItem", 0);
    m.lastItem = json::readInt(envelope, u"LastItem", 0);
    m.hasNextPage = json::readBool(envelope, u"HasNextPage", false);
    m.hasPreviousPage = json::readBool(envelope, u"HasPreviousPage", false);
    m.pageNumber = json::readInt(envelope, u"PageNumber", m.currentPage);
    m.pageSize = json::readInt(envelope, u"PageSize", m.currentPageSize);
    m.totalItems = json::readInt(envelope, u"TotalItems", int(page.records.size()));
    m.totalPages = json::readInt(envelope, u"TotalPages", m.hasNextPage ? m.currentPage + 1 : m.currentPage);
    *out = std::move(page);
    return true;
}

} // namespace api
