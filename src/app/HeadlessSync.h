// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace repository {
class AccountContext;
class FullSync;
}

//! `--sync`: everything the account may see into its offline copy, progress on stderr, the summary
//! on stdout once the last dataset is on disk. Works on the account context alone: no window.
class HeadlessSync : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessSync(repository::AccountContext *context, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void succeeded();
    //! The run cannot finish; `message` says why in words.
    void failed(const QString &message);

private:
    void startSync(bool includeStaff);
    void report();

    repository::AccountContext *m_context;
    repository::FullSync *m_sync = nullptr;
    QSet<QString> m_committed; //!< datasets on disk so far
    bool m_finished = false; //!< every dataset fetched (the last may still be on its way to disk)
    bool m_reported = false;
};
