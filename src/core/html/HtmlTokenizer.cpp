// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlTokenizer.h"

#include <QHash>

namespace html {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

// The references that matter for reading URLs and alt texts, including the HTML5 ones that are
// used to smuggle `javascript&colon;` past naive filters.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table{
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},       {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},     {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("colon"), U':'},    {QStringLiteral("Tab"), U'\t'},     {QStringLiteral("NewLine"), U'\n'},
        {QStringLiteral("sol"), U'/'},      {QStringLiteral("lpar"), U'('},     {QStringLiteral("rpar"), U')'},
        {QStringLiteral("period"), U'.'},   {QStringLiteral("comma"), U','},    {QStringLiteral("num"), U'#'},
        {QStringLiteral("copy"), 0xA9},     {QStringLiteral("reg"), 0xAE},      {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("lsquo"), 0x2018},  {QStringLiteral("rsquo"), 0x2019}, {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},  {QStringLiteral("laquo"), 0xAB},   {QStringLiteral("raquo"), 0xBB},
        {QStringLiteral("euro"), 0x20AC},   {QStringLiteral("pound"), 0xA3},   {QStringLiteral("middot"), 0xB7},
        {QStringLiteral("bull"), 0x2022},   {QStringLiteral("times"), 0xD7},   {QStringLiteral("deg"), 0xB0},
    };
    return table;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    out.append(QString::fromUcs4(&cp, 1));
}

// Reads `&#...;` at `pos` (pointing at '#'); returns the new position or -1 when it is no reference.
qsizetype readNumeric(const QString &text, qsizetype pos, QString &out)
{
    qsizetype i = pos + 1;
    const bool hex = i < text.size() && (text.at(i) == u'x' || text.at(i) == u'X');
    if (hex)
        ++i;
    char32_t value = 0;
    const qsizetype digitsStart = i;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c.unicode() - u'0';
        else if (hex && c >= u'a' && c <= u'f')
            digit = c.unicode() - u'a' + 10;
        else if (hex && c >= u'A' && c <= u'F')
            digit = c.unicode() - u'A' + 10;
        if (digit < 0)
            break;
        // Saturate instead of overflowing: anything this large becomes U+FFFD anyway.
        value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + char32_t(digit);
    }
    if (i == digitsStart)
        return -1;
    appendCodePoint(out, value);
    return i < text.size() && text.at(i) == u';' ? i + 1 : i;
}

} // namespace

QString HtmlToken::attribute(const QString &attributeName) const
{
    for (const auto &[key, value] : attributes) {
        if (key == attributeName)
            return value;
    }
    return {};
}

bool HtmlToken::hasAttribute(const QString &attributeName) const
{
    for (const auto &attribute : attributes) {
        if (attribute.first == attributeName)
            return true;
    }
    return false;
}

bool HtmlTokenizer::isRawTextElement(const QString &name)
{
    static const QStringList names{QStringLiteral("script"),  QStringLiteral("style"),    QStringLiteral("xmp"),
                                   QStringLiteral("iframe"),  QStringLiteral("noembed"),  QStringLiteral("noframes"),
                                   QStringLiteral("noscript"), QStringLiteral("textarea"), QStringLiteral("title")};
    return names.contains(name);
}

QString HtmlTokenizer::decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'&' || i + 1 >= text.size()) {
            out.append(c);
            ++i;
            continue;
        }
        if (text.at(i + 1) == u'#') {
            const qsizetype after = readNumeric(text, i + 1, out);
            if (after < 0) {
                out.append(c);
                ++i;
            } else {
                i = after;
            }
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && end - i <= 32 && isAsciiAlnum(text.at(end)))
            ++end;
        const auto found = namedEntities().constFind(text.mid(i + 1, end - i - 1));
        if (end < text.size() && text.at(end) == u';' && found != namedEntities().constEnd()) {
            appendCodePoint(out, found.value());
            i = end + 1;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

QList<HtmlToken> HtmlTokenizer::tokenize(const QString &html)
{
    HtmlTokenizer tokenizer(html);
    QList<HtmlToken> tokens;
    while (!tokenizer.atEnd())
        tokens.append(tokenizer.next());
    return tokens;
}

HtmlToken HtmlTokenizer::next()
{
    if (!m_rawTextEnd.isEmpty())
        return readRawText();
    // A loop, not recursion: a text made of a million comments must not blow the stack.
    while (m_pos < m_html.size()) {
        if (m_html.at(m_pos) != u'<' || m_pos + 1 >= m_html.size())
            return readText();
        const QChar c = m_html.at(m_pos + 1);
        if (c == u'!') {
            if (QStringView(m_html).mid(m_pos, 4) == u"<!--")
                skipComment();
            else
                skipBogus();
            continue;
        }
        if (c == u'?') {
            skipBogus();
            continue;
        }
        if (c == u'/' && m_pos + 2 < m_html.size() && !isAsciiLetter(m_html.at(m_pos + 2))) {
            // `</>` is ignored, `</ x>` is a bogus comment (as browsers do).
            if (m_html.at(m_pos + 2) == u'>')
                m_pos += 3;
            else
                skipBogus();
            continue;
        }
        if (!isAsciiLetter(c) && c != u'/')
            return readText();
        HtmlToken token;
        if (readTag(&token)) {
            if (token.kind == HtmlToken::Kind::StartTag && isRawTextElement(token.name))
                m_rawTextEnd = token.name;
            return token;
        }
    }
    return {};
}

HtmlToken HtmlTokenizer::readText()
{
    HtmlToken token;
    const qsizetype start = m_pos;
    ++m_pos; // the first character is text even when it is a lone '<'
    while (m_pos < m_html.size()) {
        if (m_html.at(m_pos) == u'<' && m_pos + 1 < m_html.size()) {
            const QChar c = m_html.at(m_pos + 1);
            if (isAsciiLetter(c) || c == u'/' || c == u'!' || c == u'?')
                break;
        }
        ++m_pos;
    }
    token.text = m_html.mid(start, m_pos - start);
    return token;
}

HtmlToken HtmlTokenizer::readRawText()
{
    HtmlToken token;
    const QString endTag = QStringLiteral("</") + m_rawTextEnd;
    qsizetype from = m_pos;
    qsizetype found = -1;
    while ((found = m_html.indexOf(endTag, from, Qt::CaseInsensitive)) >= 0) {
        const qsizetype after = found + endTag.size();
        if (after >= m_html.size() || isSpace(m_html.at(after)) || m_html.at(after) == u'/' || m_html.at(after) == u'>')
            break;
        from = found + 1;
    }
    const qsizetype end = found < 0 ? m_html.size() : found;
    token.text = m_html.mid(m_pos, end - m_pos);
    m_pos = end;
    m_rawTextEnd.clear();
    return token;
}

bool HtmlTokenizer::readTag(HtmlToken *token)
{
    qsizetype i = m_pos + 1;
    token->kind = HtmlToken::Kind::StartTag;
    if (m_html.at(i) == u'/') {
        token->kind = HtmlToken::Kind::EndTag;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < m_html.size() && !isSpace(m_html.at(i)) && m_html.at(i) != u'/' && m_html.at(i) != u'>')
        ++i;
    token->name = m_html.mid(nameStart, i - nameStart).toLower();
    m_pos = i;
    readAttributes(token);
    // A tag cut off by the end of the text is dropped, like browsers do.
    return m_pos <= m_html.size() && m_html.at(m_pos - 1) == u'>';
}

void HtmlTokenizer::readAttributes(HtmlToken *token)
{
    const qsizetype size = m_html.size();
    while (m_pos < size) {
        QChar c = m_html.at(m_pos);
        if (isSpace(c)) {
            ++m_pos;
            continue;
        }
        if (c == u'>') {
            ++m_pos;
            return;
        }
        if (c == u'/') {
            ++m_pos;
            if (m_pos < size && m_html.at(m_pos) == u'>')
                token->selfClosing = true;
            continue;
        }
        const qsizetype nameStart = m_pos;
        ++m_pos; // the first character belongs to the name, even '='
        while (m_pos < size && !isSpace(m_html.at(m_pos)) && m_html.at(m_pos) != u'/' && m_html.at(m_pos) != u'>'
               && m_html.at(m_pos) != u'=')
            ++m_pos;
        const QString name = m_html.mid(nameStart, m_pos - nameStart).toLower();
        while (m_pos < size && isSpace(m_html.at(m_pos)))
            ++m_pos;
        QString value;
        if (m_pos < size && m_html.at(m_pos) == u'=') {
            ++m_pos;
            while (m_pos < size && isSpace(m_html.at(m_pos)))
                ++m_pos;
            if (m_pos < size && (m_html.at(m_pos) == u'"' || m_html.at(m_pos) == u'\'')) {
                const QChar quote = m_html.at(m_pos);
                const qsizetype close = m_html.indexOf(quote, m_pos + 1);
                if (close < 0) { // unterminated: the tag runs to the end of the text and is dropped
                    m_pos = size + 1;
                    return;
                }
                value = m_html.mid(m_pos + 1, close - m_pos - 1);
                m_pos = close + 1;
            } else {
                const qsizetype valueStart = m_pos;
                while (m_pos < size && !isSpace(m_html.at(m_pos)) && m_html.at(m_pos) != u'>')
                    ++m_pos;
                value = m_html.mid(valueStart, m_pos - valueStart);
            }
        }
        if (!token->hasAttribute(name)) // the first of duplicated attributes wins
            token->attributes.append({name, decodeEntities(value)});
    }
    m_pos = size + 1; // no '>' before the end
}

void HtmlTokenizer::skipComment()
{
    const qsizetype end = m_html.indexOf(QStringLiteral("-->"), m_pos + 4);
    m_pos = end < 0 ? m_html.size() : end + 3;
}

void HtmlTokenizer::skipBogus()
{
    const qsizetype end = m_html.indexOf(u'>', m_pos + 1);
    m_pos = end < 0 ? m_html.size() : end + 1;
}

} // namespace html
