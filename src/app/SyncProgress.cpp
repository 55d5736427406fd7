// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncProgress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

SyncProgress::SyncProgress(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(180);
    m_bar->setFormat(QStringLiteral("%v / %m"));
    connect(m_cancel, &QPushButton::clicked, this, &SyncProgress::cancelRequested);
    retranslate();
    hide();
}

void SyncProgress::showProgress(const QString &what, int done, int total)
{
    m_label->setText(what);
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(done);
    // Read out as words by screen readers, not only drawn as a bar.
    m_bar->setAccessibleDescription(tr("%1: page %2 of %3").arg(what).arg(done).arg(total));
    show();
}

void SyncProgress::finish()
{
    hide();
}

QString SyncProgress::text() const
{
    return m_label->text();
}

int SyncProgress::value() const
{
    return m_bar->value();
}

int SyncProgress::maximum() const
{
    return m_bar->maximum();
}

void SyncProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncProgress::retranslate()
{
    m_bar->setAccessibleName(tr("Sync progress"));
    m_cancel->setText(tr("Stop sync"));
    m_cancel->setAccessibleName(tr("Stop sync"));
}
