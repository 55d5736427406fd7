// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: refreshes one dataset again and again, as a sync does, until it is killed.
// Usage: offline-store-writer PATH RECORDS PAGES. Prints "opened", then "committed N" after each
// complete refresh.
#include "cache/OfflineStore.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    cache::OfflineStore store(args.at(1));
    if (!store.open())
        return 1;
    std::printf("opened\n"); // the kill points count from here, not from a (busy) process start
    std::fflush(stdout);
    const int records = args.at(2).toInt();
    const int pages = args.at(3).toInt();
    const QString filler(300, u'f'); // full records are a few hundred bytes
    for (int generation = 1;; ++generation) {
        if (!store.beginRefresh(QStringLiteral("resources")))
            return 1;
        for (int page = 0; page < pages; ++page) {
            QList<cache::CacheRecord> batch;
            for (int i = 0; i < records / pages; ++i) {
                const int id = page * (records / pages) + i + 1;
                batch.append({id, QJsonObject{{QStringLiteral("Id"), id},
                                              {QStringLiteral("Generation"), generation},
                                              {QStringLiteral("Description"), filler}}});
            }
            if (!store.writePage(QStringLiteral("resources"), batch))
                return 1;
        }
        if (!store.commitRefresh(QStringLiteral("resources"), QDateTime::currentDateTimeUtc()))
            return 1;
        std::printf("committed %d\n", generation);
        std::fflush(stdout);
    }
}
