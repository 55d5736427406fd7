// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the libFuzzer targets: turn libFuzzer's bytes into what the parsers read.

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QByteArray>
#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

namespace fuzz {

//! The bytes as a QByteArray (a deep copy: the parsers may keep it beyond the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

//! The body read the way the client reads an API answer (HTML refused, JSON parsed); false when
//! the client would stop at that point with "unreadable answer".
inline bool answer(const QByteArray &body, QJsonDocument *doc)
{
    api::ApiError error;
    return api::ApiRequest::parseJson(body, doc, &error);
}

} // namespace fuzz
