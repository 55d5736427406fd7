// SPDX-License-Identifier: GPL-3.0-or-later
// List answers in every form a space may send: envelopes at the top or under a key, bare arrays,
// single-array objects, and the paging metadata inside them.
#include "FuzzInput.h"

#include "api/ListPage.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonDocument doc;
    if (!fuzz::answer(fuzz::bytes(data, size), &doc))
        return 0;
    static const QStringList keys = {QString(), QStringLiteral("Resources"), QStringLiteral("BlogPosts"),
                                     QStringLiteral("Records")};
    for (const QString &key : keys) {
        api::ListPage page;
        QString error;
        if (!api::ListPage::parseAnswer(doc, key, &page, &error))
            continue;
        // What the mappers rely on: whatever was not a record was left out (and counted).
        for (const QJsonValue &record : std::as_const(page.records)) {
            if (!record.isObject())
                __builtin_trap();
        }
    }
    if (doc.isObject()) {
        api::ListPage page;
        api::ListPage::parse(doc.object(), &page);
        api::parseSortDirection(doc.object().value(QStringLiteral("CurrentSortDirection")));
    }
    return 0;
}
