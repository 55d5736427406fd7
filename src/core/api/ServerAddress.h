// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace api {

//! Turns what a person typed (a space slug such as "coworkfactory", or a URL) into the space's base URL.
class ServerAddress
{
public:
    //! A slug becomes https://{slug}.spaces.nexudus.com; a URL is kept (path dropped). Plain http:// is
    //! refused unless the host is loopback. On failure returns an invalid QUrl and a translated reason.
    static QUrl fromUserInput(const QString &input, QString *error = nullptr);
    static bool isLoopbackHost(const QString &host);
    //! `/{lang}/path` for the localized routes; `lang` is a two-letter code, `path` starts with '/'.
    static QString localizedPath(const QString &lang, const QString &path);
};

} // namespace api
