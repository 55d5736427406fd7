// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListWalk.h"
#include "PropertyOsClient.h"
#include "PropertyOsJson.h"
#include "repository/Pending.h"

#include <functional>

//! The two shapes every Property OS repository call takes: a whole list, or one record.
namespace propertyos::calls {

using Failure = std::function<void(const api::ApiError &)>;
template<class T> using ListDone = std::function<void(const QList<T> &records, int total)>;
template<class T> using RecordDone = std::function<void(const T &record)>;

//! Walks every page of `path`, reads each record with `read`, and answers while `context` lives.
template<class T>
ListWalk *list(PropertyOsClient &client, const QString &path, const QUrlQuery &filters, QObject *context,
               T (*read)(const QJsonObject &), ListDone<T> done, Failure failed)
{
    auto *walk = new ListWalk(client, path, filters, context);
    QObject::connect(walk, &ListWalk::finished, context, [read, done](const QList<QJsonObject> &records, int total) {
        QList<T> values;
        values.reserve(records.size());
        for (const QJsonObject &o : records)
            values.append(read(o));
        done(values, total);
    });
    QObject::connect(walk, &ListWalk::failed, context, failed);
    walk->start();
    return walk;
}

//! One request whose answer is one record (bare or in `data`).
template<class T>
repository::Pending record(api::JsonRequest *request, QObject *context, T (*read)(const QJsonObject &),
                           RecordDone<T> done, Failure failed)
{
    QObject::connect(request, &api::JsonRequest::jsonReceived, context,
                     [read, done](const QJsonDocument &doc) { done(read(wire::readRecord(doc))); });
    QObject::connect(request, &api::JsonRequest::failed, context, failed);
    return request;
}

} // namespace propertyos::calls
