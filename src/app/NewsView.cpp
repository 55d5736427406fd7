// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewsView.h"

#include "NewsReader.h"
#include "html/BlogPostHtml.h"
#include "models/BlogPostListModel.h"
#include "repository/BlogPostLoader.h"
#include "repository/NewsSources.h"
#include "ui_NewsView.h"

#include <QDesktopServices>
#include <QEvent>

NewsView::NewsView(QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::NewsView>()),
      m_model(new models::BlogPostListModel(this)),
      m_openLink([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    m_ui->postList->setModel(m_model);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->retryButton->hide();
    rebuildCategories();
    render();

    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, &NewsView::onCategoryPicked);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &NewsView::reload);
    connect(m_ui->retryButton, &QPushButton::clicked, m_model, &models::BlogPostListModel::retry);
    connect(m_ui->postList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_ui->reader, &QTextBrowser::anchorClicked, this, &NewsView::onLinkClicked);

    connect(m_model, &models::BlogPostListModel::categoriesChanged, this, &NewsView::rebuildCategories);
    connect(m_model, &models::BlogPostListModel::pagingChanged, this, &NewsView::updateStatus);
    connect(m_model, &models::BlogPostListModel::pagingChanged, this, &NewsView::listProgressed);
    connect(m_model, &models::BlogPostListModel::rowsInserted, this, [this] {
        m_listError.clear();
        updateStatus();
    });
    connect(m_model, &models::BlogPostListModel::errorOccurred, this, [this](const QString &message) {
        m_listError = message;
        updateStatus();
    });
    updateStatus();
}

NewsView::~NewsView() = default;

NewsReader *NewsView::reader() const
{
    return m_ui->reader;
}

void NewsView::setSpaceWords(const domain::SpaceWords &words)
{
    m_model->setSpaceWords(words);
}

void NewsView::setNews(const repository::NewsSources &news)
{
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_loader = news.articles;
    if (m_loader) {
        connect(m_loader, &repository::BlogPostLoader::loaded, this, &NewsView::onPostLoaded);
        connect(m_loader, &repository::BlogPostLoader::failed, this, &NewsView::onPostFailed);
    }
    m_sanitizer.setSpaceUrl(news.spaceUrl);
    m_ui->reader->setSpaceUrl(m_sanitizer.spaceUrl());
    m_ui->reader->setImageLoader(news.images);
    m_model->setRepository(news.list);
    m_post = {};
    m_postComplete = false;
    m_postNotice.clear();
    render();
    reload();
}

bool NewsView::isListSettled() const
{
    return m_model->repository() && !m_model->isLoading()
           && (m_model->rowCount() > 0 || m_model->isAtEnd() || m_model->hasFailed());
}

void NewsView::reload()
{
    m_listError.clear();
    m_model->reload();
    updateStatus();
}

void NewsView::selectPost(qint64 postId)
{
    const int row = m_model->rowForId(postId);
    if (row >= 0)
        m_ui->postList->setCurrentIndex(m_model->index(row));
}

void NewsView::rebuildCategories()
{
    QComboBox *combo = m_ui->categoryCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All categories"), qint64(0));
    for (const domain::BlogCategory &category : m_model->categories())
        combo->addItem(category.title, category.id);
    combo->setCurrentIndex(qMax(0, combo->findData(m_model->categoryId())));
}

void NewsView::onCategoryPicked(int index)
{
    m_listError.clear();
    m_model->setCategory(m_ui->categoryCombo->itemData(index).toLongLong());
    updateStatus();
}

void NewsView::onCurrentRowChanged(const QModelIndex &current)
{
    const domain::BlogPost post = m_model->postAt(current.row());
    if (post.id == m_post.id && post.id != 0)
        return;
    // Show what the list knows at once; the body and comments follow.
    m_post = post;
    m_postComplete = false;
    m_postNotice = post.id != 0 ? tr("Loading the full article…") : QString();
    render();
    if (m_loader)
        m_loader->load(post.id);
}

void NewsView::onPostLoaded(const domain::BlogPost &post)
{
    if (post.id != m_post.id)
        return;
    m_post = post;
    m_postComplete = true;
    m_postNotice.clear();
    render();
    Q_EMIT postShown(post.id);
}

void NewsView::onPostFailed(qint64 postId, const QString &message)
{
    if (postId != m_post.id)
        return;
    m_postNotice = tr("The full article could not be loaded: %1").arg(message);
    render();
}

void NewsView::onLinkClicked(const QUrl &url)
{
    // In-page anchors scroll; everything else is checked again and handed to the system browser.
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        m_ui->reader->scrollToAnchor(url.fragment());
        return;
    }
    const QUrl safe = m_sanitizer.safeLink(url.toString(QUrl::FullyEncoded));
    if (safe.isEmpty() || safe.isRelative())
        return;
    if (m_openLink && !m_openLink(safe)) {
        m_ui->statusLabel->setText(tr("Could not open %1").arg(safe.toDisplayString()));
        m_ui->statusLabel->show();
    }
}

void NewsView::render()
{
    if (m_post.id == 0) {
        const QString hint = m_model->rowCount() > 0 ? tr("Select an article to read it.") : QString();
        m_ui->reader->setHtml(hint.isEmpty() ? QString() : QString(QStringLiteral("<p><i>") + hint.toHtmlEscaped() + QStringLiteral("</i></p>")));
        return;
    }
    m_ui->reader->setHtml(html::BlogPostHtml::render(m_post, m_sanitizer, m_postNotice));
}

void NewsView::updateStatus()
{
    QString text;
    if (!m_listError.isEmpty())
        text = tr("The news could not be loaded: %1").arg(m_listError);
    else if (m_model->isLoading())
        text = tr("Loading news…");
    else if (m_model->isAtEnd() && m_model->rowCount() == 0)
        text = tr("No news here yet.");
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    m_ui->retryButton->setVisible(m_model->hasFailed());
    m_ui->refreshButton->setEnabled(m_model->repository() != nullptr);
    if (m_post.id == 0)
        render(); // the "select an article" hint depends on the rows
}

void NewsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        rebuildCategories();
        if (!m_postNotice.isEmpty() && !m_postComplete && m_loader && m_loader->isLoading())
            m_postNotice = tr("Loading the full article…");
        render();
        updateStatus();
        m_model->refreshDisplayTexts();
    }
    QWidget::changeEvent(event);
}
