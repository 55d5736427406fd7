# SPDX-License-Identifier: GPL-3.0-or-later
# The staff views' offline copy (applications, resource review) against the emulator over loopback.
portal_add_test(tst_staffoffline SOURCES tst_staffoffline.cpp LIBS portal_core nexudus_emulator Qt6::Network)
