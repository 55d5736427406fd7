// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace domain {

//! Fields every Nexudus entity carries (nexudus-api.md 3.3), shared by Resource, BlogPost, Application...
//! CreatedOn/UpdatedOn are the space's wall-clock time (kept as digits in a Qt::UTC carrier, never
//! converted); CreatedOnUtc/UpdatedOnUtc are real instants when the server sends them.
struct RecordBase {
    qint64 id = 0;
    QString uniqueId;
    QDateTime createdOn;
    QDateTime updatedOn;
    QDateTime createdOnUtc;
    QDateTime updatedOnUtc;
    QString updatedBy;
    bool isNew = false;
    QString systemId;

    void readBaseFields(const QJsonObject &o);
    void writeBaseFields(QJsonObject &o) const;

    bool operator==(const RecordBase &) const = default;
};

} // namespace domain
