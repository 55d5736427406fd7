// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WriteResult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace api {

//! Readers of the error bodies plain REST APIs answer with (beside the Nexudus write envelope):
//! `{"message"}`, `{"error": "..."}`, `{"error": {"code", "message"}}`, RFC 7807 (`title`, `detail`),
//! and per-field errors as `{"errors": {"field": ["..."] | "..." | {nested}}}` or
//! `{"errors": [{"field" | "source": {"pointer"}, "message" | "detail"}]}`.
namespace errorbody {

//! The per-field errors, one entry per message. Field names are dotted paths (`address.city`,
//! `emergency_contacts.0.phone`): bracket paths and JSON pointers are rewritten to that form.
QList<FieldError> fieldErrors(const QJsonObject &body);
//! A readable text of the body (message, error, detail, title), or empty.
QString text(const QJsonObject &body);
//! `a[0].b`, `/a/0/b` or `/data/attributes/a` as `a.0.b` / `a`.
QString normalizedField(const QString &field);

} // namespace errorbody
} // namespace api
