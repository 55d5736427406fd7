// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlSanitizer.h"

#include "HtmlTokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace html {

namespace {

using Kind = HtmlToken::Kind;

// Dropped together with everything inside them: they run code, load things or take input.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> names{
        QStringLiteral("script"),   QStringLiteral("style"),    QStringLiteral("iframe"),   QStringLiteral("frame"),
        QStringLiteral("frameset"), QStringLiteral("object"),   QStringLiteral("applet"),   QStringLiteral("form"),
        QStringLiteral("noscript"), QStringLiteral("noembed"),  QStringLiteral("noframes"), QStringLiteral("template"),
        QStringLiteral("title"),    QStringLiteral("textarea"), QStringLiteral("select"),   QStringLiteral("svg"),
        QStringLiteral("math"),     QStringLiteral("head"),     QStringLiteral("video"),    QStringLiteral("audio"),
        QStringLiteral("canvas"),   QStringLiteral("embed"),
    };
    return names;
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> names{
        QStringLiteral("area"),  QStringLiteral("base"),  QStringLiteral("br"),     QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"),    QStringLiteral("img"),    QStringLiteral("input"),
        QStringLiteral("link"),  QStringLiteral("meta"),  QStringLiteral("param"),  QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr"),   QStringLiteral("keygen"),
    };
    return names;
}

// Kept tags (the subset QTextDocument renders), with the attributes each may carry besides the
// global ones. Some HTML5 names are written as their closest Qt-rendered equivalent.
const QHash<QString, QStringList> &allowedTags()
{
    static const QStringList none;
    static const QStringList cell{QStringLiteral("colspan"), QStringLiteral("rowspan"), QStringLiteral("valign"),
                                  QStringLiteral("width"), QStringLiteral("bgcolor")};
    static const QHash<QString, QStringList> tags{
        {QStringLiteral("p"), none},      {QStringLiteral("br"), none},     {QStringLiteral("hr"), {QStringLiteral("width")}},
        {QStringLiteral("h1"), none},     {QStringLiteral("h2"), none},     {QStringLiteral("h3"), none},
        {QStringLiteral("h4"), none},     {QStringLiteral("h5"), none},     {QStringLiteral("h6"), none},
        {QStringLiteral("strong"), none}, {QStringLiteral("b"), none},      {QStringLiteral("em"), none},
        {QStringLiteral("i"), none},      {QStringLiteral("u"), none},      {QStringLiteral("s"), none},
        {QStringLiteral("sub"), none},    {QStringLiteral("sup"), none},    {QStringLiteral("small"), none},
        {QStringLiteral("big"), none},    {QStringLiteral("blockquote"), none}, {QStringLiteral("pre"), none},
        {QStringLiteral("code"), none},   {QStringLiteral("tt"), none},     {QStringLiteral("kbd"), none},
        {QStringLiteral("samp"), none},   {QStringLiteral("var"), none},    {QStringLiteral("cite"), none},
        {QStringLiteral("dfn"), none},    {QStringLiteral("ul"), {QStringLiteral("type")}},
        {QStringLiteral("ol"), {QStringLiteral("start"), QStringLiteral("type")}},
        {QStringLiteral("li"), {QStringLiteral("value")}},
        {QStringLiteral("dl"), none},     {QStringLiteral("dt"), none},     {QStringLiteral("dd"), none},
        {QStringLiteral("a"), {QStringLiteral("href"), QStringLiteral("name")}},
        {QStringLiteral("span"), none},   {QStringLiteral("div"), none},    {QStringLiteral("center"), none},
        {QStringLiteral("address"), none}, {QStringLiteral("nobr"), none},
        {QStringLiteral("table"), {QStringLiteral("border"), QStringLiteral("cellpadding"), QStringLiteral("cellspacing"),
                                   QStringLiteral("width"), QStringLiteral("bgcolor")}},
        {QStringLiteral("thead"), none},  {QStringLiteral("tbody"), none},  {QStringLiteral("tfoot"), none},
        {QStringLiteral("tr"), {QStringLiteral("valign"), QStringLiteral("bgcolor")}},
        {QStringLiteral("td"), cell},     {QStringLiteral("th"), cell},
        {QStringLiteral("font"), {QStringLiteral("color"), QStringLiteral("size"), QStringLiteral("face")}},
    };
    return tags;
}

QString canonicalTag(const QString &name)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("strike"), QStringLiteral("s")},      {QStringLiteral("del"), QStringLiteral("s")},
        {QStringLiteral("ins"), QStringLiteral("u")},         {QStringLiteral("section"), QStringLiteral("div")},
        {QStringLiteral("article"), QStringLiteral("div")},   {QStringLiteral("header"), QStringLiteral("div")},
        {QStringLiteral("footer"), QStringLiteral("div")},    {QStringLiteral("main"), QStringLiteral("div")},
        {QStringLiteral("aside"), QStringLiteral("div")},     {QStringLiteral("nav"), QStringLiteral("div")},
        {QStringLiteral("figure"), QStringLiteral("div")},    {QStringLiteral("figcaption"), QStringLiteral("div")},
    };
    return aliases.value(name, name);
}

bool isNumericAttribute(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("width"),       QStringLiteral("height"),  QStringLiteral("colspan"),
                                     QStringLiteral("rowspan"),     QStringLiteral("border"),  QStringLiteral("cellpadding"),
                                     QStringLiteral("cellspacing"), QStringLiteral("start"),   QStringLiteral("value"),
                                     QStringLiteral("size")};
    return names.contains(name);
}

// Attribute values are checked by kind: numbers and colours by shape, the rest is only escaped.
bool isAcceptableValue(const QString &name, const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d{1,4}%?$"));
    static const QRegularExpression color(QStringLiteral("^#?[A-Za-z0-9]{1,20}$"));
    if (isNumericAttribute(name))
        return number.match(value.trimmed()).hasMatch();
    if (name == QLatin1String("color") || name == QLatin1String("bgcolor"))
        return color.match(value.trimmed()).hasMatch();
    return value.size() <= 512;
}

bool isGlobalAttribute(const QString &name)
{
    return name == QLatin1String("title") || name == QLatin1String("dir") || name == QLatin1String("lang")
        || name == QLatin1String("align") || name == QLatin1String("style");
}

// Browsers ignore ASCII whitespace and control characters inside URLs ("java\tscript:").
QString stripUrlNoise(const QString &url)
{
    QString out;
    out.reserve(url.size());
    for (QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7F)
            out.append(c);
    }
    return out;
}

// Writes the kept elements and keeps them balanced: an end tag closes what it matches (and what is
// still open inside it), unmatched end tags vanish, and everything still open is closed at the end.
class Writer
{
public:
    void open(const QString &name, const QString &attributes, bool isVoid)
    {
        if (!isVoid && m_open.size() >= HtmlSanitizer::kMaxDepth)
            return;
        m_out += u'<' + name + attributes + u'>';
        if (!isVoid)
            m_open.append(name);
    }
    void close(const QString &name)
    {
        const qsizetype at = m_open.lastIndexOf(name);
        while (at >= 0 && m_open.size() > at)
            m_out += QStringLiteral("</") + m_open.takeLast() + u'>';
    }
    void text(const QString &escaped) { m_out += escaped; }
    QString finish()
    {
        while (!m_open.isEmpty())
            m_out += QStringLiteral("</") + m_open.takeLast() + u'>';
        return m_out;
    }

private:
    QString m_out;
    QStringList m_open;
};

} // namespace

QUrl HtmlSanitizer::resolve(const QString &reference) const
{
    const QUrl url(stripUrlNoise(reference));
    if (!url.isValid())
        return {};
    if (!url.isRelative())
        return url;
    return m_spaceUrl.isValid() ? m_spaceUrl.resolved(url) : QUrl();
}

QUrl HtmlSanitizer::safeLink(const QString &href) const
{
    const QString cleaned = stripUrlNoise(href);
    if (cleaned.startsWith(u'#')) {
        if (cleaned.size() == 1)
            return {}; // `href="#"` goes nowhere: usually a handler's hook, so plain text
        QUrl fragment;
        fragment.setFragment(cleaned.mid(1));
        return fragment;
    }
    const QUrl url = resolve(cleaned);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (url.host().isEmpty())
            return {};
        return url;
    }
    if (scheme == QLatin1String("mailto"))
        return url;
    return {};
}

bool HtmlSanitizer::isSpaceImage(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return false;
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    const QString spaceScheme = m_spaceUrl.scheme().toLower();
    const int spaceDefaultPort = spaceScheme == QLatin1String("https") ? 443 : 80;
    return !url.host().isEmpty() && scheme == spaceScheme
        && url.host().compare(m_spaceUrl.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort) == m_spaceUrl.port(spaceDefaultPort) && url.userInfo().isEmpty();
}

bool HtmlSanitizer::isSafeStyle(const QString &css)
{
    // CSS escapes (`u\72l(`) and comments (`ur/**/l(`) could hide a forbidden word: refuse escapes,
    // remove comments, then look for anything that loads or runs something.
    if (css.contains(u'\\') || css.contains(u'<') || css.size() > 1024)
        return false;
    static const QRegularExpression comments(QStringLiteral("/\\*.*?(\\*/|$)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    QString plain = css;
    plain.remove(comments);
    plain = stripUrlNoise(plain).toLower();
    static const QStringList forbidden{QStringLiteral("url("),   QStringLiteral("expression"), QStringLiteral("javascript:"),
                                       QStringLiteral("vbscript:"), QStringLiteral("@import"), QStringLiteral("behavior"),
                                       QStringLiteral("binding"), QStringLiteral("image("),   QStringLiteral("image-set(")};
    for (const QString &word : forbidden) {
        if (plain.contains(word))
            return false;
    }
    return true;
}

QString HtmlSanitizer::escapeText(const QString &text)
{
    static const QRegularExpression reference(QStringLiteral("\\G&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});"));
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else if (c == u'"')
            out += QStringLiteral("&quot;");
        else if (c == u'&' && !reference.match(text, i).hasMatch())
            out += QStringLiteral("&amp;");
        else if (c.unicode() != 0)
            out += c;
    }
    return out;
}

QString HtmlSanitizer::escapeAttribute(const QString &value)
{
    QString out = value.toHtmlEscaped(); // & < > "
    out.remove(QChar(0));
    return out;
}

QString HtmlSanitizer::sanitize(const QString &input) const
{
    HtmlTokenizer tokenizer(input);
    Writer writer;
    QString skipping; // the element whose content is being dropped
    int skipDepth = 0;
    while (!tokenizer.atEnd()) {
        const HtmlToken token = tokenizer.next();
        if (!skipping.isEmpty()) {
            if (token.name == skipping && token.kind == Kind::StartTag)
                ++skipDepth;
            else if (token.name == skipping && token.kind == Kind::EndTag && --skipDepth == 0)
                skipping.clear();
            continue;
        }
        if (token.kind == Kind::Text) {
            writer.text(escapeText(token.text));
            continue;
        }
        const QString name = canonicalTag(token.name);
        if (token.kind == Kind::EndTag) {
            writer.close(name);
            continue;
        }
        if (droppedWithContent().contains(name)) {
            if (!voidElements().contains(name)) {
                skipping = name;
                skipDepth = 1;
            }
            continue;
        }
        if (name == QLatin1String("img")) {
            const QUrl src = resolve(token.attribute(QStringLiteral("src")));
            const QString alt = token.attribute(QStringLiteral("alt"));
            if (!isSpaceImage(src)) {
                writer.text(escapeAttribute(alt));
                continue;
            }
            QString attributes = QStringLiteral(" src=\"") + escapeAttribute(src.toString(QUrl::FullyEncoded)) + u'"';
            for (const QString &key : {QStringLiteral("alt"), QStringLiteral("title"), QStringLiteral("width"), QStringLiteral("height")}) {
                const QString value = token.attribute(key);
                if (token.hasAttribute(key) && isAcceptableValue(key, value))
                    attributes += u' ' + key + QStringLiteral("=\"") + escapeAttribute(value) + u'"';
            }
            writer.open(name, attributes, true);
            continue;
        }
        const auto allowed = allowedTags().constFind(name);
        if (allowed == allowedTags().constEnd())
            continue; // unknown or unwanted tag: dropped, its text stays
        QString attributes;
        bool hasTarget = false;
        for (const auto &[key, value] : token.attributes) {
            if (!isGlobalAttribute(key) && !allowed->contains(key))
                continue;
            QString kept = value;
            if (key == QLatin1String("href")) {
                const QUrl link = safeLink(value);
                if (link.isEmpty())
                    continue;
                kept = link.toString(QUrl::FullyEncoded);
            } else if (key == QLatin1String("style") ? !isSafeStyle(value) : !isAcceptableValue(key, value)) {
                continue;
            }
            hasTarget = hasTarget || key == QLatin1String("href") || key == QLatin1String("name");
            attributes += u' ' + key + QStringLiteral("=\"") + escapeAttribute(kept) + u'"';
        }
        if (name == QLatin1String("a") && !hasTarget)
            continue; // a neutralised link becomes its plain text
        writer.open(name, attributes, voidElements().contains(name));
    }
    return writer.finish();
}

} // namespace html
