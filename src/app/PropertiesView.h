// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class PropertiesView;
}
namespace api {
class ApiError;
}
namespace models {
class PropertyListModel;
class PropertyStatusProxy;
}
namespace propertyos {
class PropertyRepository;
}

//! A Property OS account's properties: the portfolio's figures at the top, then a sortable table
//! (occupancy as a bar and a percentage) filtered by status. Binds to the model; the model reads
//! through the repository.
class PropertiesView : public QWidget
{
    Q_OBJECT
public:
    explicit PropertiesView(QWidget *parent = nullptr);
    ~PropertiesView() override;

    //! The account's properties; null when no Property OS account is open.
    void setRepository(propertyos::PropertyRepository *repository);
    void reload();
    //! "New property…": the form over this view; a property it creates is added to the table.
    void openNewPropertyDialog();
    //! The list has arrived (or failed): a screenshot may be taken.
    bool isSettled() const;
    models::PropertyListModel *model() const { return m_model; }
    models::PropertyStatusProxy *proxy() const { return m_proxy; }

Q_SIGNALS:
    //! The list arrived or failed.
    void progressed();
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillStatusCombo();
    void showFigures();
    void showFailure(const api::ApiError &error);

    std::unique_ptr<Ui::PropertiesView> m_ui;
    propertyos::PropertyRepository *m_repository = nullptr;
    models::PropertyListModel *m_model;
    models::PropertyStatusProxy *m_proxy;
};
