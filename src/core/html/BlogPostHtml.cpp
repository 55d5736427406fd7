// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/Clock.h"
#include "BlogPostHtml.h"

#include "HtmlSanitizer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace html {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Member-typed text: escaped, line breaks kept.
QString plainTextToHtml(const QString &text)
{
    QString html = escaped(text.trimmed());
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

QString commentsHtml(const domain::BlogPost &post)
{
    QList<domain::BlogComment> shown;
    for (const domain::BlogComment &comment : post.comments) {
        if (comment.published)
            shown.append(comment);
    }
    const int count = int(shown.size());
    QString html = QStringLiteral("<hr><h3>")
        + escaped(QCoreApplication::translate("html::BlogPostHtml", "Comments (%n)", nullptr, count)) + QStringLiteral("</h3>");
    if (shown.isEmpty()) {
        const QString none = post.allowComments ? QCoreApplication::translate("html::BlogPostHtml", "No comments yet.")
                                                : QCoreApplication::translate("html::BlogPostHtml", "Comments are closed.");
        return html + QStringLiteral("<p><i>") + escaped(none) + QStringLiteral("</i></p>");
    }
    for (const domain::BlogComment &comment : std::as_const(shown)) {
        const QString author = comment.postedByFullName.isEmpty()
            ? QCoreApplication::translate("html::BlogPostHtml", "A member")
            : comment.postedByFullName;
        const QString when = BlogPostHtml::dateTimeText(comment.createdOn);
        html += QStringLiteral("<p><b>") + escaped(author) + QStringLiteral("</b>");
        if (!when.isEmpty())
            html += QStringLiteral(" <small>· ") + escaped(when) + QStringLiteral("</small>");
        html += QStringLiteral("<br>") + plainTextToHtml(comment.text) + QStringLiteral("</p>");
    }
    return html;
}

} // namespace

QDateTime BlogPostHtml::displayDate(const domain::BlogPost &post)
{
    if (post.publishDate.isValid())
        return post.publishDate;
    if (post.publishDateUtc.isValid())
        return core::Clock::onComputer(post.publishDateUtc);
    return {};
}

QString BlogPostHtml::dateText(const QDateTime &wallClock)
{
    if (!wallClock.isValid())
        return {};
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    // date() and time() alone: the wall clock is carried as UTC digits and must not be converted.
    return locale.toString(wallClock.date(), format);
}

QString BlogPostHtml::dateTimeText(const QDateTime &wallClock)
{
    if (!wallClock.isValid())
        return {};
    const QLocale locale;
    // Minutes are enough for a comment; some locales' short format still carries seconds.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1String(":ss"));
    return dateText(wallClock) + u' ' + locale.toString(wallClock.time(), timeFormat);
}

QString BlogPostHtml::categoriesText(const domain::BlogPost &post)
{
    QStringList titles;
    for (const domain::BlogCategory &category : post.categories) {
        if (!category.title.isEmpty())
            titles.append(category.title);
    }
    return titles.join(QStringLiteral(", "));
}

QString BlogPostHtml::render(const domain::BlogPost &post, const HtmlSanitizer &sanitizer, const QString &notice)
{
    QString html = QStringLiteral("<h1>") + escaped(post.title) + QStringLiteral("</h1>");
    QStringList meta;
    if (!post.postedByFullName.isEmpty())
        meta.append(QCoreApplication::translate("html::BlogPostHtml", "By %1").arg(post.postedByFullName));
    const QString date = dateText(displayDate(post));
    if (!date.isEmpty())
        meta.append(date);
    const QString categories = categoriesText(post);
    if (!categories.isEmpty())
        meta.append(QCoreApplication::translate("html::BlogPostHtml", "In %1").arg(categories));
    if (!meta.isEmpty())
        html += QStringLiteral("<p><i>") + escaped(meta.join(QStringLiteral(" · "))) + QStringLiteral("</i></p>");
    if (!notice.isEmpty())
        html += QStringLiteral("<p><b>") + escaped(notice) + QStringLiteral("</b></p>");
    if (!post.fullTextHtml.isEmpty())
        html += QStringLiteral("<div>") + sanitizer.sanitize(post.fullTextHtml) + QStringLiteral("</div>");
    else if (!post.summaryText.isEmpty())
        html += QStringLiteral("<p>") + plainTextToHtml(post.summaryText) + QStringLiteral("</p>");
    if (notice.isEmpty())
        html += commentsHtml(post);
    return html;
}

} // namespace html
