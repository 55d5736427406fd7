// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPage.h"

#include "JsonRead.h"

#include <QCoreApplication>

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

bool ListPage::parse(const QJsonObject &envelope, ListPage *out, QString *error)
{
    const QJsonValue records = envelope.value(u"Records");
    if (!records.isArray()) {
        if (error)
            *error = QCoreApplication::translate("api::ListPage", "The list answer has no records.");
        return false;
    }
    ListPage page;
    page.records = records.toArray();
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
