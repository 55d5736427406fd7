// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Shape.h"

#include <QTest>

using api::Shape;

class TestShape : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsTheDocumentedBlogShape()
    {
        Shape shape;
        shape.addUnder(QStringLiteral("BlogPosts.Records"),
                       {QStringLiteral("Id"), QStringLiteral("Business.Id"), QStringLiteral("Title"),
                        QStringLiteral("BlogCategories.Title")})
            .add(QStringLiteral("BlogPosts.HasNextPage"))
            .add(QStringLiteral("Categories.Id"));
        QCOMPARE(shape.toQueryValue(),
                 QStringLiteral("BlogPosts.Records.Id,BlogPosts.Records.Business.Id,BlogPosts.Records.Title,"
                                "BlogPosts.Records.BlogCategories.Title,BlogPosts.HasNextPage,Categories.Id"));
    }

    void dropsDuplicatesAndInvalidPaths()
    {
        Shape shape{QStringLiteral("Records.Id"), QStringLiteral(" Records.Id "), QStringLiteral("Records..Name"),
                    QStringLiteral("Records.Na me"), QStringLiteral("a,b"), QString(), QStringLiteral("TotalItems")};
        QCOMPARE(shape.paths(), QStringList({QStringLiteral("Records.Id"), QStringLiteral("TotalItems")}));
    }

    void emptyShape()
    {
        QVERIFY(Shape().isEmpty());
        QVERIFY(Shape().toQueryValue().isEmpty());
        QVERIFY(!Shape::isValidPath(QStringLiteral(".Id")));
        QVERIFY(Shape::isValidPath(QStringLiteral("Resource_X.Id2")));
    }
};

QTEST_GUILESS_MAIN(TestShape)
#include "tst_shape.moc"
