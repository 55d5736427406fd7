// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QAbstractItemView;
class QAction;
class QMenu;
class ResourceCardView;

//! Takes the room table's place on the Rooms tab and shows either the table or the card grid.
//! Both views share one model and one selection model, so the current room, the details pane and
//! "book" requests are the same whichever is shown. The choice is an action (Ctrl+Shift+V) kept in
//! QSettings under `rooms/view`.
class ResourceViewStack : public QStackedWidget
{
    Q_OBJECT
public:
    //! Replaces `table` in its layout with this stack; adds the toggle to `menu`.
    ResourceViewStack(QAbstractItemView *table, QMenu *menu);
    //! Gives the cards the table's (new) model and selection model, after the table's setModel().
    void shareTableModel();

    ResourceCardView *cardView() const { return m_cards; }
    QAction *cardsAction() const { return m_cardsAction; }
    bool showsCards() const;
    void showCards(bool cards);

    static constexpr const char *settingsKey = "rooms/view";

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAbstractItemView *m_table;
    ResourceCardView *m_cards;
    QAction *m_cardsAction;
};
