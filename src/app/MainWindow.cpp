// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "PreferencesDialog.h"
#include "ResourceCardView.h"
#include "ResourceViewStack.h"
#include "StartupTiming.h"
#include "StaticTextDelegate.h"
#include "SyncProgress.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QMessageBox>
#include <QTimer>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_searchDebounce(new QTimer(this))
{
    m_ui->setupUi(this);
    // The space's display order until the person picks a column: setModel() sorts by the indicator.
    m_ui->resourceView->header()->setSortIndicator(-1, Qt::AscendingOrder);
    // Thousands of rooms scroll and refilter often: their cells keep their laid-out text.
    m_ui->resourceView->setItemDelegate(new StaticTextDelegate(m_ui->resourceView));
    // Typing should not refilter on every key with thousands of rows: wait for a short pause.
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(200);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &MainWindow::applySearch);

    connect(m_ui->reloadAction, &QAction::triggered, this, &MainWindow::reloadRequested);
    connect(m_ui->syncAction, &QAction::triggered, this, &MainWindow::syncRequested);
    m_syncProgress = new SyncProgress(this);
    statusBar()->addPermanentWidget(m_syncProgress);
    auto requestBooking = [this](const QModelIndex &index) {
        // The first role after Qt::UserRole is the id in every resource model here.
        if (index.isValid())
            Q_EMIT bookRequested(index.data(Qt::UserRole + 1).toLongLong());
    };
    connect(m_ui->bookAction, &QAction::triggered, this,
            [this, requestBooking] { requestBooking(m_ui->resourceView->currentIndex()); });
    // Enter shows the room's details (focus moves there); Ctrl+B or a double-click books it.
    auto showDetails = [this](const QModelIndex &index) {
        if (index.isValid() && m_detailsPanel)
            m_detailsPanel->setFocus(Qt::OtherFocusReason);
    };
    connect(m_ui->resourceView, &QAbstractItemView::doubleClicked, this, requestBooking);
    connect(m_ui->resourceView, &QAbstractItemView::activated, this, showDetails);
    // Cards / List: the cards share the table's model and selection; keys and clicks act as in the table.
    m_resourceViews = new ResourceViewStack(m_ui->resourceView, m_ui->roomsMenu);
    connect(m_resourceViews->cardView(), &QAbstractItemView::doubleClicked, this, requestBooking);
    connect(m_resourceViews->cardView(), &QAbstractItemView::activated, this, showDetails);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->preferencesAction->setShortcuts(QKeySequence::Preferences); // the platform's own, where it has one
    connect(m_ui->preferencesAction, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->addAccountAction, &QAction::triggered, this, &MainWindow::addAccountRequested);
    connect(m_ui->renameAccountAction, &QAction::triggered, this, &MainWindow::renameAccountRequested);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->removeAccountAction, &QAction::triggered, this, &MainWindow::removeAccountRequested);
    connect(m_ui->removeOfflineCopyAction, &QAction::triggered, this, &MainWindow::removeOfflineCopyRequested);
    auto *findShortcut = new QAction(this);
    findShortcut->setShortcut(QKeySequence::Find);
    connect(findShortcut, &QAction::triggered, m_ui->searchEdit, [this] { m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason); });
    addAction(findShortcut);
}

MainWindow::~MainWindow() = default;

void MainWindow::setResourceModel(QAbstractItemModel *model)
{
    m_ui->resourceView->setModel(model); // a new selection model, shared with the cards again
    m_resourceViews->shareTableModel();
    disconnect(m_currentRowConnection);
    m_currentRowConnection = connect(m_ui->resourceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                                     [this](const QModelIndex &current) { Q_EMIT currentResourceChanged(current.data(Qt::UserRole + 1).toLongLong()); });
    m_ui->resourceView->sortByColumn(-1, Qt::AscendingOrder); // keep the space's display order
    QHeaderView *header = m_ui->resourceView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    if (!model || model->columnCount() == 0)
        return;
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    // Fixed starting widths from the font, not ResizeToContents: that measures every row, and
    // with thousands of resources it would stall the window.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {0, 10 * em, 13 * em, 8 * em, 7 * em};
    for (int column = 1; column < model->columnCount() && column < int(std::size(widths)); ++column)
        m_ui->resourceView->setColumnWidth(column, widths[column]);
}

void MainWindow::setFilterPanel(QWidget *panel)
{
    m_ui->filterHolderLayout->addWidget(panel);
}

void MainWindow::setDetailsPanel(QWidget *panel)
{
    m_detailsPanel = panel;
    m_ui->roomsBody->addWidget(panel);
}

void MainWindow::selectFirstResourceIfNone()
{
    QAbstractItemView *view = m_ui->resourceView;
    if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
}

void MainWindow::setAccount(const QString &spaceName, const QString &personName)
{
    m_ui->spaceLabel->setText(personName.isEmpty() ? spaceName : tr("%1 — signed in as %2").arg(spaceName, personName));
    setWindowTitle(tr("%1 — Portal Desk").arg(spaceName));
}

void MainWindow::setLanguages(const QList<QPair<QString, QString>> &languages, const QString &current)
{
    m_ui->languageMenu->clear();
    auto *group = new QActionGroup(m_ui->languageMenu);
    for (const auto &[code, name] : languages) {
        auto *action = m_ui->languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { Q_EMIT languageChosen(code); });
    }
}

void MainWindow::setAccounts(const QList<AccountEntry> &accounts, const QString &currentId)
{
    qDeleteAll(m_accountActions);
    m_accountActions.clear();
    if (!m_accountGroup)
        m_accountGroup = new QActionGroup(this); // exclusive: one current account
    for (int i = 0; i < accounts.size(); ++i) {
        const AccountEntry &account = accounts.at(i);
        auto *action = new QAction(account.label, m_accountGroup);
        action->setCheckable(true);
        action->setChecked(account.id == currentId);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, id = account.id] { Q_EMIT accountChosen(id); });
        m_ui->accountsMenu->insertAction(m_ui->accountsSeparator, action);
        m_accountActions.append(action);
    }
    const bool hasCurrent = !currentId.isEmpty();
    m_ui->renameAccountAction->setEnabled(hasCurrent);
    m_ui->signOutAction->setEnabled(hasCurrent);
    m_ui->removeAccountAction->setEnabled(hasCurrent);
}

void MainWindow::addView(const QString &name, QWidget *view, const QString &title)
{
    view->setObjectName(name);
    m_ui->viewTabs->addTab(view, title);
}

bool MainWindow::showView(const QString &name)
{
    if (name == u"browser") {
        m_ui->viewTabs->setCurrentWidget(m_ui->roomsTab);
        return true;
    }
    for (int i = 0; i < m_ui->viewTabs->count(); ++i) {
        if (m_ui->viewTabs->widget(i)->objectName() == name) {
            m_ui->viewTabs->setCurrentIndex(i);
            return m_ui->viewTabs->isTabVisible(i);
        }
    }
    return false;
}

void MainWindow::setViewTitle(const QString &name, const QString &title)
{
    for (int i = 0; i < m_ui->viewTabs->count(); ++i) {
        if (m_ui->viewTabs->widget(i)->objectName() == name)
            m_ui->viewTabs->setTabText(i, title);
    }
}

void MainWindow::setViewAvailable(const QString &name, bool available)
{
    for (int i = 0; i < m_ui->viewTabs->count(); ++i) {
        QWidget *view = m_ui->viewTabs->widget(i);
        if (view->objectName() == name || (name == u"browser" && view == m_ui->roomsTab))
            m_ui->viewTabs->setTabVisible(i, available);
    }
}

void MainWindow::showNotice(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void MainWindow::showOfflineBanner(const QString &text)
{
    // The symbol carries the state for those who do not see the frame's colour.
    m_ui->offlineBanner->setText(text.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + text);
    m_ui->offlineBanner->setVisible(!text.isEmpty());
}

bool MainWindow::isOfflineBannerShown() const
{
    return !m_ui->offlineBanner->isHidden();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::setSearchHandler(SearchHandler handler)
{
    m_searchHandler = std::move(handler);
    applySearch();
}

void MainWindow::applySearch()
{
    const QString text = m_ui->searchEdit->text().trimmed();
    if (m_searchHandler)
        m_searchHandler(text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Portal Desk"),
                       tr("Portal Desk %1\nA desktop client for Nexudus coworking spaces.")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    timing::markOnce("window-shown");
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QMainWindow::changeEvent(event);
}
