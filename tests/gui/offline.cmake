# SPDX-License-Identifier: GPL-3.0-or-later
# The offline copy in the whole app, in-process against the emulator.
portal_add_test(tst_offlineapp SOURCES tst_offlineapp.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)
# The booking dialog's first slot at awkward hours, in the whole app in-process.
portal_add_test(tst_bookingslot SOURCES tst_bookingslot.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)
# A space without some routes, or refusing one to this account, in the whole app in-process.
portal_add_test(tst_realspaceapp SOURCES tst_realspaceapp.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)
# --sync builds no widget; --screenshot builds the window it shoots.
portal_add_test(tst_headlessruns SOURCES tst_headlessruns.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)
# File › Preferences: how old the rooms' copy may be before a start asks the space.
portal_add_test(tst_preferencesdialog SOURCES tst_preferencesdialog.cpp LIBS portal_app Qt6::Widgets)
