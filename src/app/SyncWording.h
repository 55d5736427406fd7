// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace api {
class ApiError;
}
namespace repository {
class FullSync;
}

//! What a sync says to people, the same words in the status bar and on the command line.
class SyncWording
{
    Q_DECLARE_TR_FUNCTIONS(SyncWording)
public:
    //! What people call a dataset of the offline copy, e.g. "rooms" for "resources".
    static QString datasetTitle(const QString &dataset);
    //! "rooms: 63, bookings: 4, …" for a finished sync.
    static QString summary(const repository::FullSync &sync);
    //! "cancelled bookings (the space does not offer them), …" for the datasets a sync skipped.
    static QString skipped(const repository::FullSync &sync);
    //! Why a dataset is not there, in words: not offered by the space, or closed to this account.
    static QString unavailableReason(const api::ApiError &error);
    static QString stopped(const QString &dataset, const api::ApiError &error);
    static QString nothingSynced(const repository::FullSync &sync);
};
