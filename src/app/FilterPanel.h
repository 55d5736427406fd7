// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void refreshCounts();
    void fillChoices();

    std::unique_ptr<Ui::FilterPanel> m_ui;
    models::ResourceFilterProxy *m_proxy = nullptr;
    QHash<qint64, QString> m_locations;
    bool m_updating = false;
};
