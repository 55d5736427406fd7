// SPDX-License-Identifier: GPL-3.0-or-later
// The rooms table's delegate keeps each cell's laid-out text; it must paint what the style paints:
// the same pixels for plain, elided, right-aligned and selected cells, and leave other cells
// (check boxes) to the style.
#include "StaticTextDelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

namespace {
QImage render(QTreeView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    view.viewport()->render(&image);
    return image;
}

int differingPixels(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < qMin(a.height(), b.height()); ++y) {
        for (int x = 0; x < qMin(a.width(), b.width()); ++x)
            count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return count;
}
} // namespace

class TestStaticTextDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paintsWhatTheStylePaints()
    {
        QStandardItemModel model(6, 3);
        for (int row = 0; row < model.rowCount(); ++row) {
            model.setItem(row, 0, new QStandardItem(QStringLiteral("Room %1").arg(row)));
            model.setItem(row, 1, new QStandardItem(QStringLiteral("A name far too long for its narrow column, row %1").arg(row)));
            auto *capacity = new QStandardItem(QStringLiteral("%1 people").arg(row * 4));
            capacity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            model.setItem(row, 2, capacity);
        }
        model.item(4, 0)->setCheckable(true); // not one plain line: left to the style
        model.item(4, 0)->setCheckState(Qt::Checked);
        model.setItem(5, 1, new QStandardItem(QString())); // an empty cell
        QTreeView view;
        view.setRootIsDecorated(false);
        view.setUniformRowHeights(true);
        view.setAlternatingRowColors(true);
        view.setModel(&model);
        view.header()->setStretchLastSection(false);
        view.setColumnWidth(0, 90);
        view.setColumnWidth(1, 120);
        view.setColumnWidth(2, 90);
        view.resize(340, 200);
        view.show();
        view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage byStyle = render(view);

        view.setItemDelegate(new StaticTextDelegate(&view));
        const QImage byDelegate = render(view);
        QCOMPARE(byDelegate.size(), byStyle.size());
        QCOMPARE(differingPixels(byDelegate, byStyle), 0);
        // Painted twice, from its kept texts: still the same.
        QCOMPARE(differingPixels(render(view), byStyle), 0);
        // The cells are not blank: the comparison compared text.
        QImage blank(byStyle.size(), byStyle.format());
        blank.fill(Qt::white);
        QVERIFY(differingPixels(byStyle, blank) > 1000);
    }
};

QTEST_MAIN(TestStaticTextDelegate)
#include "tst_statictextdelegate.moc"
