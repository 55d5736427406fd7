# SPDX-License-Identifier: GPL-3.0-or-later
# News: the self-paging blog post list and the post loader against the in-process emulator.
portal_add_test(tst_blogpostlistmodel SOURCES tst_blogpostlistmodel.cpp TestSpace.h LIBS portal_core nexudus_emulator Qt6::Network)
portal_add_test(tst_newsimageloader SOURCES tst_newsimageloader.cpp TestSpace.h LIBS portal_core nexudus_emulator Qt6::Network Qt6::Gui)
