# SPDX-License-Identifier: GPL-3.0-or-later
# Resource review (issue #6): the booking-rate admin route and the demo's audit cases.
portal_add_test(tst_emulator_billing SOURCES tst_emulator_billing.cpp LIBS nexudus_emulator Qt6::Network)
