// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace html {

//! One piece of an HTML text: a run of text, a start tag or an end tag. Comments, doctypes and
//! processing instructions are skipped by the tokenizer and never reach the caller.
struct HtmlToken {
    enum class Kind { Text, StartTag, EndTag };
    Kind kind = Kind::Text;
    QString name;                                  //!< tag name, lowercase
    QList<QPair<QString, QString>> attributes;     //!< names lowercase, values entity-decoded, in order
    bool selfClosing = false;                      //!< `<br/>`
    QString text;                                  //!< raw text (entities NOT decoded) for Kind::Text

    //! The value of `name` (lowercase); empty when absent or given without a value.
    QString attribute(const QString &name) const;
    bool hasAttribute(const QString &name) const;
};

//! A small, tolerant HTML tokenizer for text that comes from elsewhere. It never fails and always
//! advances: anything it cannot read as markup is text. Like browsers, it reads the content of
//! script, style and similar elements as raw text up to the matching end tag, so a `<` inside a
//! script cannot open a tag the sanitiser would then keep.
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QString html) : m_html(std::move(html)) {}

    bool atEnd() const { return m_pos >= m_html.size() && m_rawTextEnd.isEmpty(); }
    //! The next token; at the end an empty Text token.
    HtmlToken next();

    //! All tokens at once.
    static QList<HtmlToken> tokenize(const QString &html);
    //! Decodes `&amp;`, `&#58;`, `&#x3A;` and the common named references; unknown ones stay as typed.
    static QString decodeEntities(const QString &text);
    //! True for elements whose content the tokenizer reads as raw text (script, style, ...).
    static bool isRawTextElement(const QString &name);

private:
    HtmlToken readText();
    HtmlToken readRawText();
    bool readTag(HtmlToken *token);
    void readAttributes(HtmlToken *token);
    void skipComment();
    void skipBogus();

    QString m_html;
    qsizetype m_pos = 0;
    QString m_rawTextEnd;   //!< set after a raw-text start tag: the element whose end tag ends the text
};

} // namespace html
