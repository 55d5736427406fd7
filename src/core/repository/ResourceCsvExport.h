// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ListQuery.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <memory>

namespace repository {

class ListPager;
class ResourceReviewRepository;

//! Writes every resource matching a list query (all pages, in the query's order) to a CSV file:
//! a header of the translated column titles, then one record per resource as the review table
//! shows it. Each page is written as it arrives, so the UI never waits on the whole export; the
//! file appears only when complete (QSaveFile). Zoom tokens are never among the columns.
class ResourceCsvExport : public QObject
{
    Q_OBJECT
public:
    ResourceCsvExport(ResourceReviewRepository *repository, api::ListQuery query, QObject *parent = nullptr);
    ~ResourceCsvExport() override;

    //! Starts writing to `path`; false (and failed()) when the file cannot be opened.
    bool start(const QString &path);
    void cancel();
    int rowsWritten() const { return m_rows; }

Q_SIGNALS:
    void progress(int rowsWritten, int totalRows);
    void finished(int rowsWritten);
    void failed(const QString &message);

private:
    void fail(const QString &message);

    QPointer<ResourceReviewRepository> m_repository;
    api::ListQuery m_query;
    QPointer<ListPager> m_pager;
    std::unique_ptr<QSaveFile> m_file;
    int m_rows = 0;
};

} // namespace repository
