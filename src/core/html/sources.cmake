# SPDX-License-Identifier: GPL-3.0-or-later
# Untrusted HTML from the space: tokenizer, sanitiser, and the reader's post document.
target_sources(portal_core PRIVATE
    html/HtmlTokenizer.h html/HtmlTokenizer.cpp
    html/HtmlSanitizer.h html/HtmlSanitizer.cpp
    html/BlogPostHtml.h html/BlogPostHtml.cpp
)
