// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QUrl>
#include <optional>

class QNetworkReply;

namespace api {

//! The guards every reply of the ApiClient gets before its first byte arrives: a redirect is
//! followed only within the request's origin, an answer longer than `cap` is cut off (from
//! Content-Length, else while it streams into a small buffer), a reply running past the total
//! deadline is aborted, and TLS errors are remembered (never ignored) to say why it was refused.
class ReplyGuard
{
public:
    static void arm(QNetworkReply *reply, const QUrl &requested, qint64 cap, int totalDeadlineMs);
    //! The failure a cut-off or a TLS refusal stands for, if the reply ended that way.
    static std::optional<ApiError> failure(QNetworkReply *reply);
    //! Everything the reply brought, joined once.
    static QByteArray takeBody(QNetworkReply *reply);
    //! The origin (scheme, host, port) of `url`, as an error message names it.
    static QString originOf(const QUrl &url);
};

} // namespace api
