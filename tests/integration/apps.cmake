# SPDX-License-Identifier: GPL-3.0-or-later
# Applications: list model, repository writes and secret handling against the in-process emulator.
portal_add_test(tst_applications SOURCES tst_applications.cpp TestSpace.h LIBS portal_core nexudus_emulator Qt6::Network)
