// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class SeriesRangeDialog;
}

//! Asks which days of a series to cancel: from one day to another, within the series' upcoming
//! bookings, saying how many bookings the range holds as it changes.
class SeriesRangeDialog : public QDialog
{
    Q_OBJECT
public:
    //! How many bookings the days [first, last] hold (repository::SeriesCancellation::inRange).
    using Counter = std::function<int(QDate first, QDate last)>;

    //! Days can be picked from `earliest` to `latest` (the series' first and last upcoming dates).
    SeriesRangeDialog(QDate earliest, QDate latest, QDate suggestedFirst, Counter countIn, QWidget *parent = nullptr);
    ~SeriesRangeDialog() override;

    QDate first() const;
    QDate last() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCount();

    std::unique_ptr<Ui::SeriesRangeDialog> m_ui;
    Counter m_countIn;
};
