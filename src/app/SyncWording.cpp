// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncWording.h"

#include "api/ApiError.h"
#include "repository/Datasets.h"
#include "repository/FullSync.h"

#include <QStringList>

QString SyncWording::datasetTitle(const QString &dataset)
{
    return repository::Datasets::title(dataset);
}

QString SyncWording::summary(const repository::FullSync &sync)
{
    QStringList parts;
    for (auto it = sync.counts().cbegin(); it != sync.counts().cend(); ++it)
        parts.append(tr("%1: %2").arg(datasetTitle(it.key())).arg(it.value()));
    QString text = parts.join(QStringLiteral(", "));
    if (!sync.skipped().isEmpty())
        text = tr("%1; skipped: %2").arg(text, skipped(sync));
    return text;
}

QString SyncWording::skipped(const repository::FullSync &sync)
{
    QStringList parts;
    for (auto it = sync.skipped().cbegin(); it != sync.skipped().cend(); ++it)
        parts.append(tr("%1 (%2)").arg(datasetTitle(it.key()), unavailableReason(it.value())));
    return parts.join(QStringLiteral(", "));
}

QString SyncWording::unavailableReason(const api::ApiError &error)
{
    return error.kind() == api::ApiError::Kind::Forbidden ? tr("this account may not read them")
                                                          : tr("the space does not offer them");
}

QString SyncWording::stopped(const QString &dataset, const api::ApiError &error)
{
    return tr("Sync stopped at %1: %2 What was synced before is kept.").arg(datasetTitle(dataset), error.message());
}

QString SyncWording::nothingSynced(const repository::FullSync &sync)
{
    return tr("Nothing could be synced: the space offers none of its data to this account (%1).").arg(skipped(sync));
}
