// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace emulator {

std::optional<QString> Request::param(const QString &key) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(key, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return std::nullopt;
}

bool Request::wantsJson() const
{
    return header("accept").toLower().contains("application/json")
        || header("content-type").toLower().contains("application/json");
}

Response Response::ofJson(const QJsonValue &value, int status)
{
    Response r;
    r.status = status;
    r.json = value;
    return r;
}

Response Response::empty(int status)
{
    Response r;
    r.status = status;
    return r;
}

Response Response::html(const QByteArray &html, int status)
{
    Response r;
    r.status = status;
    r.body = html;
    r.contentType = "text/html; charset=utf-8";
    return r;
}

Response Response::message(int status, const QString &message)
{
    return ofJson(QJsonObject{{QStringLiteral("Message"), message}}, status);
}

Response Response::notFoundString()
{
    return ofJson(QJsonValue(QStringLiteral("Not found")), 404);
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Response::serializedBody() const
{
    if (!json)
        return body;
    if (json->isObject())
        return QJsonDocument(json->toObject()).toJson(QJsonDocument::Compact);
    if (json->isArray())
        return QJsonDocument(json->toArray()).toJson(QJsonDocument::Compact);
    // Scalars: wrap in an array and strip the brackets (QJsonDocument only holds containers).
    QByteArray wrapped = QJsonDocument(QJsonArray{*json}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray Response::effectiveContentType() const
{
    if (!contentType.isEmpty())
        return contentType;
    if (json)
        return "application/json; charset=utf-8";
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray serializeHttp(const Response &response)
{
    const QByteArray body = response.serializedBody();
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) + "\r\n";
    const QByteArray type = response.effectiveContentType();
    if (!type.isEmpty())
        out += "Content-Type: " + type + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Server: nexudus-emulator\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace emulator
