// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <optional>
#include <QHash>
#include <QWidget>
#include <memory>

namespace Ui {
class FilterPanel;
}
namespace models {
class ResourceFilterProxy;
}

//! The filter panel beside the rooms: people, type, location and amenities, each choice with the
//! number of rooms it would leave. Drives a ResourceFilterProxy; changes apply at once.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget *parent = nullptr);
    ~FilterPanel() override;

    void setProxy(models::ResourceFilterProxy *proxy);
    //! Location ids and names offered in the location list.
    void setLocations(const QHash<qint64, QString> &locations);
    //! The space's IANA time zone: the window's times are its wall clock, and the panel says so.
    void setTimeZone(const QString &timeZone);
    //! Whether the busy times of the chosen day are known (loading, loaded, or failed with a message).
    void setBusyTimesState(QDate day, bool known, const QString &problem = {});
    QDate windowDay() const;
    //! The "free between" window when it is switched on and valid (the space's wall clock, Qt::UTC carrier).
    struct Window {
        QDateTime from;
        QDateTime to;
    };
    std::optional<Window> freeWindow() const;

Q_SIGNALS:
    //! The busy times of this day are needed (the chosen day of the window and the timeline). Only
    //! once the time zone is known, since the day is the space's.
    void busyTimesWanted(QDate day);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void refreshCounts();
    void fillChoices();
    void resetWindowToNextHour();
    void onWindowChanged();
    void askForBusyTimes();
    void refreshWindowInfo();

    std::unique_ptr<Ui::FilterPanel> m_ui;
    models::ResourceFilterProxy *m_proxy = nullptr;
    QHash<qint64, QString> m_locations;
    bool m_updating = false;
    QString m_timeZone;
    bool m_profileKnown = false; //!< setTimeZone() was called (the zone may still be unknown)
    QDate m_knownDay;       //!< the day whose busy times the proxy has
    QDate m_askedDay;       //!< the day last asked for
    QString m_busyProblem;  //!< why they could not be read, if they could not
};
