# SPDX-License-Identifier: GPL-3.0-or-later
# Language switching through the whole app, in-process against the emulator.
portal_add_test(tst_languageswitch SOURCES tst_languageswitch.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)

