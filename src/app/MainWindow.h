// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QAbstractItemModel;
class QTimer;
class ResourceViewStack;
class SyncProgress;

namespace Ui {
class MainWindow;
}

//! The main window: who is signed in where, and the space's bookable resources. It only binds to
//! models and reports what the controller tells it; it never talks to the network.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    //! The rooms to show, already filtered; sorting by a column header is the model's sort()
    //! (one proxy re-maps the rows on a filter change, not two).
    void setResourceModel(QAbstractItemModel *model);
    //! The table and the card grid of the rooms (issue #4), for the picture loader and tests.
    ResourceViewStack *resourceViews() const { return m_resourceViews; }
    using SearchHandler = std::function<void(const QString &)>;
    //! Hands the (debounced) search text to this, e.g. to a filter that also reads the descriptions.
    void setSearchHandler(SearchHandler handler);
    //! Puts the filter panel beside the room list.
    void setFilterPanel(QWidget *panel);
    //! Puts the details of the selected room on the right of the list.
    void setDetailsPanel(QWidget *panel);
    //! Makes the first room current when none is, so its details show.
    void selectFirstResourceIfNone();
    void setAccount(const QString &spaceName, const QString &personName);
    //! A notice above the list (offline, errors, hints); empty text hides it.
    void showNotice(const QString &text);
    void showStatus(const QString &text);
    //! The banner above everything while the space cannot be reached ("Offline — showing data
    //! from …"); empty text hides it. Worded, with an icon, never colour alone.
    void showOfflineBanner(const QString &text);
    bool isOfflineBannerShown() const;
    //! The progress of a full sync, in the status bar.
    SyncProgress *syncProgress() const { return m_syncProgress; }
    //! Adds a view as a tab after the rooms; `name` is its --view name (e.g. "news").
    void addView(const QString &name, QWidget *view, const QString &title = {});
    //! Renames a view's tab (after a language switch: tabs added here are not in the form).
    void setViewTitle(const QString &name, const QString &title);
    //! Shows the view with this --view name; false if there is none (or it is not available).
    bool showView(const QString &name);
    //! Shows or hides a view's tab, e.g. the staff views for accounts without staff rights.
    void setViewAvailable(const QString &name, bool available);

    //! One entry of the account switcher.
    struct AccountEntry {
        QString id;
        QString label;
    };
    //! Fills the Language menu: (code, native name) pairs, the current one checked.
    void setLanguages(const QList<QPair<QString, QString>> &languages, const QString &current);
    //! Fills the switcher (Ctrl+1..9 for the first nine) and marks the current account.
    void setAccounts(const QList<AccountEntry> &accounts, const QString &currentId);

Q_SIGNALS:
    void reloadRequested();
    //! Everything of this account into the offline copy (File > Sync for offline use).
    void syncRequested();
    //! The person wants to book this room (Ctrl+B or double-click); `id` is the resource id.
    void bookRequested(qint64 id);
    //! The selected room changed (0 when none).
    void currentResourceChanged(qint64 id);
    void accountChosen(const QString &id);
    void languageChosen(const QString &code);
    void addAccountRequested();
    void renameAccountRequested();
    void signOutRequested();
    void removeAccountRequested();
    //! Forget this account's offline copy (rooms, bookings, news saved on this computer).
    void removeOfflineCopyRequested();

protected:
    void changeEvent(QEvent *event) override;
    //! Marks `window-shown` on the timing trace.
    void showEvent(QShowEvent *event) override;

private:
    void applySearch();
    QPointer<QWidget> m_detailsPanel;
    SearchHandler m_searchHandler;
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QMetaObject::Connection m_currentRowConnection;
    QTimer *m_searchDebounce;
    QList<QAction *> m_accountActions;
    class QActionGroup *m_accountGroup = nullptr;
    ResourceViewStack *m_resourceViews = nullptr;
    SyncProgress *m_syncProgress = nullptr;
};
