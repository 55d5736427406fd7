# SPDX-License-Identifier: GPL-3.0-or-later
# Card view of the rooms (issue #4), offscreen, with the in-process emulator for the pictures.
portal_add_test(tst_resourcecards SOURCES tst_resourcecards.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)
