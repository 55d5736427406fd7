// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "domain/Application.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <memory>

class QLabel;
namespace Ui {
class ApplicationForm;
}
namespace repository {
class ApplicationRepository;
}

//! Creates or edits one application. Save sends the documented body (create: POST; edit: the
//! repository's read-change-write PUT) and stays open on failure, with each `Errors[]` message
//! beside its field (by PropertyName) and anything else on the general error line above.
//! The secret key field is write-only: it starts empty; left empty, create lets the space generate
//! one and edit keeps the stored key.
class ApplicationForm : public QDialog
{
    Q_OBJECT
public:
    //! New application.
    ApplicationForm(repository::ApplicationRepository *repository, QWidget *parent = nullptr);
    //! Edit of `existing` (its secret, if any, is not put in the form).
    ApplicationForm(repository::ApplicationRepository *repository, const domain::Application &existing,
                    QWidget *parent = nullptr);
    ~ApplicationForm() override;

    bool isEdit() const { return m_id != 0; }
    //! The fields as typed (secret included when one was typed).
    domain::Application draft() const;
    //! Shows the errors of a failed save: per field, or on the general line.
    void showError(const api::ApiError &error);
    //! The error shown beside a field (by its API PropertyName), for tests and accessibility.
    QString fieldErrorText(const QString &propertyName) const;
    QString generalErrorText() const;
    bool isSaving() const { return m_saving; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    //! Saved on the space; the dialog then closes (accepted).
    void saved(qint64 id);
    //! A save failed; the errors are on screen.
    void saveFailed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUp();
    void clearErrors();
    void setSaving(bool saving);
    void onSaved(qint64 id);
    void retranslate();

    std::unique_ptr<Ui::ApplicationForm> m_ui;
    QPointer<repository::ApplicationRepository> m_repository;
    QHash<QString, QLabel *> m_errorLabels; //!< lower-case PropertyName → label beside the field
    QHash<QLabel *, QWidget *> m_editors;   //!< error label → the field it belongs to
    qint64 m_id = 0;
    bool m_saving = false;
};
