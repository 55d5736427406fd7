# SPDX-License-Identifier: GPL-3.0-or-later
# Resource review: the self-paging table model, the audit and the CSV export against the emulator.
portal_add_test(tst_resourcereview SOURCES tst_resourcereview.cpp TestSpace.h LIBS portal_core nexudus_emulator Qt6::Network)
