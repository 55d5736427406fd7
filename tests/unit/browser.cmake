# SPDX-License-Identifier: GPL-3.0-or-later
# The booking browser: plain-words booking rules, the time-window facet.
portal_add_test(tst_bookingpolicyexplainer SOURCES tst_bookingpolicyexplainer.cpp EnglishPluralTranslator.h LIBS portal_core)
portal_add_test(tst_resourcefilterwindow SOURCES tst_resourcefilterwindow.cpp LIBS portal_core)
portal_add_test(tst_resourcefiltertext SOURCES tst_resourcefiltertext.cpp LIBS portal_core)
portal_add_test(tst_bookingpolicycheck SOURCES tst_bookingpolicycheck.cpp LIBS portal_core)
