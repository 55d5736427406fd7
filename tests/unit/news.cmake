# SPDX-License-Identifier: GPL-3.0-or-later
# News: the HTML sanitiser and the post document.
portal_add_test(tst_htmlsanitizer SOURCES tst_htmlsanitizer.cpp LIBS portal_core)
