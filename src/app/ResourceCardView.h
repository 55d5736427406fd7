// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

class ResourceCardDelegate;
namespace repository {
class ResourcePictureLoader;
}

//! The rooms as a grid of cards with pictures (issue #4), over the same model as the room table.
//! Uniform item sizes and batched layout keep 10,000 rooms fast; pictures are asked for only
//! when their card is painted.
class ResourceCardView : public QListView
{
    Q_OBJECT
public:
    explicit ResourceCardView(QWidget *parent = nullptr);

    void setPictureLoader(repository::ResourcePictureLoader *loader);
    ResourceCardDelegate *cardDelegate() const { return m_delegate; }

protected:
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    //! Widens the grid cells so the cards fill the width instead of leaving a gap on the right.
    void fitColumns();

    ResourceCardDelegate *m_delegate;
};
