# SPDX-License-Identifier: GPL-3.0-or-later
# The news view offscreen, against the in-process emulator.
portal_add_test(tst_newsview SOURCES tst_newsview.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)
