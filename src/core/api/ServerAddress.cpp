// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace api {

bool ServerAddress::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl ServerAddress::fromUserInput(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QUrl();
    };
    if (text.isEmpty())
        return fail(QCoreApplication::translate("api::ServerAddress", "Enter your space's name or web address."));

    static const QRegularExpression slugPattern(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (slugPattern.match(text).hasMatch()) {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(text.toLower() + QStringLiteral(".spaces.nexudus.com"));
        return url;
    }

    QUrl url(text.contains(u"://") ? text : u"https://" + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate("api::ServerAddress", "This is not a valid space name or web address."));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return fail(QCoreApplication::translate("api::ServerAddress", "Only https:// addresses are supported."));
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return fail(QCoreApplication::translate("api::ServerAddress", "Plain http:// is not safe for signing in. Use the space's https:// address."));
    // Only scheme, host and port identify a space; paths and queries are dropped.
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    if (url.port() > 0)
        base.setPort(url.port());
    return base;
}

QString ServerAddress::localizedPath(const QString &lang, const QString &path)
{
    const QString code = lang.isEmpty() ? QStringLiteral("en") : lang.left(2).toLower();
    return u'/' + code + (path.startsWith(u'/') ? path : u'/' + path);
}

} // namespace api
