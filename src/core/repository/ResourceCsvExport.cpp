// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceCsvExport.h"

#include "ListPager.h"
#include "ResourceReviewRepository.h"
#include "formats/Csv.h"
#include "domain/ResourceReviewColumns.h"

#include <QJsonArray>

namespace repository {

using Columns = domain::ResourceReviewColumns;

ResourceCsvExport::ResourceCsvExport(ResourceReviewRepository *repository, api::ListQuery query, QObject *parent)
    : QObject(parent), m_repository(repository), m_query(std::move(query))
{
}

ResourceCsvExport::~ResourceCsvExport()
{
    cancel();
}

bool ResourceCsvExport::start(const QString &path)
{
    cancel();
    m_rows = 0;
    if (!m_repository) {
        fail(tr("Not signed in."));
        return false;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(tr("Could not write \"%1\": %2").arg(path, m_file->errorString()));
        return false;
    }
    QStringList header;
    for (int c = 0; c < Columns::Count; ++c)
        header << Columns::title(c);
    m_file->write(csv::bom() + csv::record(header));

    // Big pages: an export wants everything, and fewer requests spare the throttle.
    m_query.size(200);
    m_pager = m_repository->pager(m_query, this);
    connect(m_pager, &ListPager::pageReceived, this, [this](const QJsonArray &records, const api::ListPageMeta &meta) {
        QByteArray chunk;
        for (const domain::ReviewedResource &row : ResourceReviewRepository::fromRecords(records)) {
            QStringList fields;
            for (int c = 0; c < Columns::Count; ++c)
                fields << Columns::text(row, c);
            chunk += csv::record(fields);
            ++m_rows;
        }
        if (m_file->write(chunk) != chunk.size()) {
            fail(tr("Could not write the file: %1").arg(m_file->errorString()));
            return;
        }
        Q_EMIT progress(m_rows, meta.totalItems);
    });
    connect(m_pager, &ListPager::completed, this, [this] {
        if (!m_file)
            return;
        if (!m_file->commit()) {
            const QString reason = m_file->errorString();
            m_file.reset();
            fail(tr("Could not write the file: %1").arg(reason));
            return;
        }
        m_file.reset();
        Q_EMIT finished(m_rows);
    });
    connect(m_pager, &ListPager::failed, this, [this](const api::ApiError &error) { fail(error.message()); });
    m_pager->start();
    return true;
}

void ResourceCsvExport::cancel()
{
    if (m_pager) {
        m_pager->cancel();
        m_pager->disconnect(this);
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    if (m_file) {
        m_file->cancelWriting(); // nothing half-written is left behind
        m_file.reset();
    }
}

void ResourceCsvExport::fail(const QString &message)
{
    cancel();
    Q_EMIT failed(message);
}

} // namespace repository
