# SPDX-License-Identifier: GPL-3.0-or-later
# Resource review (issue #6): the read-only booking-rate admin route and the demo's audit cases.
target_sources(nexudus_emulator PRIVATE
    BillingRoutes.h BillingRoutes.cpp
    DemoAuditCases.cpp
)
