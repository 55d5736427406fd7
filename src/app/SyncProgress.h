// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

//! The status bar's part of a full sync: what is being fetched, pages done of total, and a way to
//! stop. Hidden while no sync runs.
class SyncProgress : public QWidget
{
    Q_OBJECT
public:
    explicit SyncProgress(QWidget *parent = nullptr);

    //! `what` (e.g. "Rooms (1 of 4)"), and `done` of `total` pages of it.
    void showProgress(const QString &what, int done, int total);
    void finish();
    QString text() const;
    int value() const;
    int maximum() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};
