// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListWalk.h"

#include "Logging.h"
#include "PropertyOsClient.h"
#include "PropertyOsJson.h"

namespace propertyos {

ListWalk::ListWalk(PropertyOsClient &client, QString path, QUrlQuery filters, QObject *parent)
    : QObject(parent), m_client(client), m_path(std::move(path)), m_filters(std::move(filters))
{
}

void ListWalk::start()
{
    ask(1);
}

void ListWalk::abandon()
{
    if (m_current)
        m_current->abandon();
    deleteLater();
}

void ListWalk::ask(int page)
{
    QUrlQuery query = m_filters;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("limit"), QString::number(PropertyOsClient::kPageLimit));
    m_current = m_client.get(m_path, query);
    connect(m_current, &api::JsonRequest::jsonReceived, this, [this, page](const QJsonDocument &doc) { onPage(page, doc); });
    connect(m_current, &api::JsonRequest::failed, this, [this](const api::ApiError &error) {
        Q_EMIT failed(error);
        deleteLater();
    });
}

void ListWalk::onPage(int page, const QJsonDocument &document)
{
    const wire::Page read = wire::readPage(document);
    if (!read.readable) {
        Q_EMIT failed(api::ApiError(api::ApiError::Kind::BadPayload, 200));
        deleteLater();
        return;
    }
    // A server that ignores `page` sends the same page again: stop there.
    const bool repeated = !read.records.isEmpty() && read.records.first() == m_firstOfLastPage;
    if (!repeated)
        m_records += read.records;
    m_firstOfLastPage = read.records.value(0);
    const int pageSize = read.limit > 0 ? read.limit : PropertyOsClient::kPageLimit;
    bool done = repeated || read.records.isEmpty() || page >= kMaxPages;
    if (read.total >= 0)
        done = done || m_records.size() >= read.total;
    else if (read.lastPage > 0)
        done = done || page >= read.lastPage;
    else
        done = done || read.records.size() < pageSize;
    if (!done) {
        ask(page + 1);
        return;
    }
    qCDebug(lcNet) << "Property OS list" << m_path << "read:" << m_records.size() << "records in" << page << "pages";
    Q_EMIT finished(m_records, read.total >= 0 ? read.total : int(m_records.size()));
    deleteLater();
}

} // namespace propertyos
