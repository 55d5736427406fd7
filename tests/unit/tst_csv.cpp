// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 escaping of the CSV export: commas, quotes, newlines, non-ASCII, and the header row.
#include "formats/Csv.h"
#include "domain/ResourceReviewColumns.h"

#include <QTest>

using domain::ResourceReviewColumns;

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Boardroom") << QStringLiteral("Boardroom");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("Office, 3rd floor") << QStringLiteral("\"Office, 3rd floor\"");
        QTest::newRow("quotes") << QStringLiteral("The \"Big\" Room") << QStringLiteral("\"The \"\"Big\"\" Room\"");
        QTest::newRow("newline") << QStringLiteral("Line 1\nLine 2") << QStringLiteral("\"Line 1\nLine 2\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("non-ascii") << QStringLiteral("Sala Malasaña – 3º") << QStringLiteral("Sala Malasaña – 3º");
        QTest::newRow("leading space kept") << QStringLiteral(" x ") << QStringLiteral(" x ");
    }
    void fields()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(csv::field(value), expected);
    }

    void recordIsUtf8WithCrlf()
    {
        const QByteArray line = csv::record({QStringLiteral("Chamberí"), QStringLiteral("a,b"), QStringLiteral("say \"hi\"")});
        QCOMPARE(line, QByteArray("Chamber\xC3\xAD,\"a,b\",\"say \"\"hi\"\"\"\r\n"));
        QCOMPARE(csv::record({}), QByteArray("\r\n"));
        QCOMPARE(csv::bom(), QByteArray("\xEF\xBB\xBF"));
    }

    void headerHasEveryColumnTitle()
    {
        QStringList header;
        for (int c = 0; c < ResourceReviewColumns::Count; ++c)
            header << ResourceReviewColumns::title(c);
        QCOMPARE(header.size(), 12);
        QVERIFY(!header.contains(QString()));
        QCOMPARE(header.first(), QStringLiteral("Name"));
        QVERIFY(header.contains(QStringLiteral("Hidden in calendar")));
        QCOMPARE(csv::record(header).count(','), 11);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
