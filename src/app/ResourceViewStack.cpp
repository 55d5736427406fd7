// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceViewStack.h"

#include "ResourceCardView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QLayout>
#include <QMenu>
#include <QSettings>

ResourceViewStack::ResourceViewStack(QAbstractItemView *table, QMenu *menu)
    : QStackedWidget(table->parentWidget()), m_table(table), m_cards(new ResourceCardView), m_cardsAction(new QAction(this))
{
    setObjectName(QStringLiteral("resourceViewStack"));
    if (QLayout *layout = table->parentWidget() ? table->parentWidget()->layout() : nullptr)
        delete layout->replaceWidget(table, this);
    addWidget(table);
    addWidget(m_cards);

    shareTableModel();

    m_cardsAction->setObjectName(QStringLiteral("cardsAction"));
    m_cardsAction->setCheckable(true);
    m_cardsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    menu->addSeparator();
    menu->addAction(m_cardsAction);
    connect(m_cardsAction, &QAction::toggled, this, [this](bool cards) {
        showCards(cards);
        QSettings().setValue(QLatin1String(settingsKey), cards ? QStringLiteral("cards") : QStringLiteral("list"));
    });
    retranslate();
    showCards(QSettings().value(QLatin1String(settingsKey)).toString() == u"cards");
}

void ResourceViewStack::shareTableModel()
{
    // One model and one selection for both: the current card is the current table row.
    if (!m_table->model())
        return;
    m_cards->setModel(m_table->model());
    QItemSelectionModel *own = m_cards->selectionModel();
    m_cards->setSelectionModel(m_table->selectionModel());
    if (own != m_table->selectionModel())
        delete own;
}

bool ResourceViewStack::showsCards() const
{
    return currentWidget() == m_cards;
}

void ResourceViewStack::showCards(bool cards)
{
    QAbstractItemView *from = cards ? m_table : static_cast<QAbstractItemView *>(m_cards);
    QAbstractItemView *to = cards ? static_cast<QAbstractItemView *>(m_cards) : m_table;
    const bool hadFocus = from->hasFocus();
    setCurrentWidget(to);
    if (m_cardsAction->isChecked() != cards)
        m_cardsAction->setChecked(cards); // QSignalBlocker is not needed: toggled() lands here again, a no-op
    if (to->currentIndex().isValid())
        to->scrollTo(to->currentIndex());
    if (hadFocus)
        to->setFocus(Qt::OtherFocusReason);
}

void ResourceViewStack::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStackedWidget::changeEvent(event);
}

void ResourceViewStack::retranslate()
{
    m_cardsAction->setText(tr("Show rooms as &cards"));
    m_cardsAction->setToolTip(tr("Switch the rooms between cards with pictures and a list (Ctrl+Shift+V)"));
}
