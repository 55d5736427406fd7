// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "propertyos/PropertyOsTypes.h"
#include "propertyos/PropertyOsWrites.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QLabel;
namespace Ui {
class NewPropertyDialog;
}
namespace api {
class ApiError;
}
namespace propertyos {
class PropertyRepository;
}

//! "New property…": name, type, address and units. Save sends one POST and stays open on a
//! refusal with each message beside its field (the API's dotted names: `address.city`). A POST is
//! never sent again by itself: when its answer is lost the form says the property may exist and
//! leaves the next step to the person.
class NewPropertyDialog : public QDialog
{
    Q_OBJECT
public:
    NewPropertyDialog(propertyos::PropertyRepository *repository, QWidget *parent = nullptr);
    ~NewPropertyDialog() override;

    propertyos::wire::NewProperty draft() const;
    //! The error shown beside a field (by its API name, e.g. "name", "address.city").
    QString fieldErrorText(const QString &field) const;
    QString generalErrorText() const;
    bool isSaving() const { return m_saving; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    //! The API created it; the dialog then closes (accepted).
    void created(const propertyos::Property &property);
    //! A save failed; the errors are on screen.
    void saveFailed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTypes();
    void showError(const api::ApiError &error);
    void clearErrors();
    void setSaving(bool saving);

    std::unique_ptr<Ui::NewPropertyDialog> m_ui;
    propertyos::PropertyRepository *m_repository;
    QHash<QString, QLabel *> m_errorLabels; //!< by the API's field name
    QHash<QLabel *, QWidget *> m_editors;
    bool m_saving = false;
};
