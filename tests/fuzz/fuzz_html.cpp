// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML of blog posts and descriptions: tokenizer, entity decoding and the allow-list sanitizer.
#include "FuzzInput.h"

#include "html/HtmlSanitizer.h"
#include "html/HtmlTokenizer.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(fuzz::bytes(data, size));
    static const html::HtmlSanitizer sanitizer(QUrl(QStringLiteral("https://demo.spaces.nexudus.com/")));
    const QString safe = sanitizer.sanitize(html);
    // Sanitizing what is already safe changes nothing more than once: a second pass is stable.
    const QString again = sanitizer.sanitize(safe);
    if (sanitizer.sanitize(again) != again)
        __builtin_trap();
    html::HtmlTokenizer::tokenize(html);
    html::HtmlTokenizer::decodeEntities(html);
    html::HtmlSanitizer::isSafeStyle(html);
    sanitizer.safeLink(html);
    return 0;
}
