// SPDX-License-Identifier: GPL-3.0-or-later
// Write and validation envelopes (Status, Message, Value, WasSuccessful, Errors[]) and the
// error bodies of every HTTP status the client words for people.
#include "FuzzInput.h"

#include "api/WriteResult.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    // The error a person reads for this body under the statuses that carry one.
    for (int status : {400, 401, 403, 404, 409, 422, 429, 500, 503}) {
        const api::ApiError error = api::ApiError::fromHttpStatus(status, body);
        (void)error.message();
    }
    QJsonDocument doc;
    if (!fuzz::answer(body, &doc) || !doc.isObject())
        return 0;
    const QJsonObject object = doc.object();
    if (api::WriteResult::looksLikeEnvelope(object)) {
        const api::WriteResult result = api::WriteResult::parse(object);
        (void)result.id();
        (void)result.succeeded();
    }
    return 0;
}
