# SPDX-License-Identifier: GPL-3.0-or-later
# The offline copy in the whole app, in-process against the emulator.
portal_add_test(tst_offlineapp SOURCES tst_offlineapp.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)
