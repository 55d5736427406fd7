# SPDX-License-Identifier: GPL-3.0-or-later
# html/: Blog HTML: tokenizer, sanitizer, the post renderer.
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BlogPostHtml.h ${CMAKE_CURRENT_LIST_DIR}/BlogPostHtml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HtmlSanitizer.h ${CMAKE_CURRENT_LIST_DIR}/HtmlSanitizer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HtmlTokenizer.h ${CMAKE_CURRENT_LIST_DIR}/HtmlTokenizer.cpp
)
