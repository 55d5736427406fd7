# SPDX-License-Identifier: GPL-3.0-or-later
# Resource review (staff): the admin resource list, the audit over every resource and the CSV export.
target_sources(portal_core PRIVATE
    sync/ResourceReviewRepository.h sync/ResourceReviewRepository.cpp
    sync/ResourceAuditRunner.h sync/ResourceAuditRunner.cpp
    sync/ResourceCsvExport.h sync/ResourceCsvExport.cpp
)
