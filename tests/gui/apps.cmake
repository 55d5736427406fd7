# SPDX-License-Identifier: GPL-3.0-or-later
# The applications view and form offscreen, against the in-process emulator.
portal_add_test(tst_applicationsview SOURCES tst_applicationsview.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)
