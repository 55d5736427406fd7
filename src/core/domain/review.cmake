# SPDX-License-Identifier: GPL-3.0-or-later
# Resource review (issue #6): booking rates and the audit of suspicious resource settings.
target_sources(portal_core PRIVATE
    domain/BookingRate.h domain/BookingRate.cpp
    domain/ResourceAudit.h domain/ResourceAudit.cpp
)
