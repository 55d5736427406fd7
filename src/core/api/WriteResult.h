// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace api {

//! One entry of a write envelope's `Errors[]`: the field that failed and why.
struct FieldError {
    QString propertyName;
    QString message;
    QJsonValue attemptedValue;
};

//! The admin write envelope (`Status`, `Message`, `Value`, `WasSuccessful`, `Errors[]`, ...).
//! Also what `/{lang}/` writes answer with a 200 whose body says `Status: 500`.
struct WriteResult {
    int status = 0;
    QString message;
    QJsonValue value;
    bool wasSuccessful = false;
    QList<FieldError> errors;

    //! Id of the created/updated record, from `Value.Id`; 0 when absent.
    qint64 id() const;
    //! Success needs both the flag and an in-body status below 400: some routes answer 200 with `Status: 500`.
    bool succeeded() const { return wasSuccessful && (status == 0 || status < 400); }

    //! True when the object looks like a write envelope (has `WasSuccessful` or `Status`+`Message`).
    static bool looksLikeEnvelope(const QJsonObject &object);
    static WriteResult parse(const QJsonObject &object);
};

} // namespace api
