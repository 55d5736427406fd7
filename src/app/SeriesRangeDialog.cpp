// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesRangeDialog.h"

#include "ui_SeriesRangeDialog.h"

#include <QEvent>
#include <QPushButton>

SeriesRangeDialog::SeriesRangeDialog(QDate earliest, QDate latest, QDate suggestedFirst, Counter countIn, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SeriesRangeDialog>()), m_countIn(std::move(countIn))
{
    m_ui->setupUi(this);
    // Only the series' own days can be picked: nothing before its first upcoming date or after its last.
    for (QDateEdit *edit : {m_ui->fromEdit, m_ui->toEdit})
        edit->setDateRange(earliest, latest);
    m_ui->fromEdit->setDate(qBound(earliest, suggestedFirst, latest));
    m_ui->toEdit->setDate(latest);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_ui->toEdit->date() < m_ui->fromEdit->date())
            m_ui->toEdit->setDate(m_ui->fromEdit->date());
        updateCount();
    });
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_ui->fromEdit->date() > m_ui->toEdit->date())
            m_ui->fromEdit->setDate(m_ui->toEdit->date());
        updateCount();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
}

SeriesRangeDialog::~SeriesRangeDialog() = default;

QDate SeriesRangeDialog::first() const
{
    return m_ui->fromEdit->date();
}

QDate SeriesRangeDialog::last() const
{
    return m_ui->toEdit->date();
}

void SeriesRangeDialog::updateCount()
{
    const int count = m_countIn ? m_countIn(first(), last()) : 0;
    m_ui->countLabel->setText(count == 0 ? tr("No booking of this series falls on these days.")
                                         : tr("%n booking(s) of this series will be cancelled.", nullptr, count));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

void SeriesRangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateCount();
    }
    QDialog::changeEvent(event);
}
