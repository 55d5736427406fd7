# SPDX-License-Identifier: GPL-3.0-or-later
# Resource review for staff: the dense server-sorted table, every field of a record, the audit, CSV.
target_sources(portal_app PRIVATE
    ResourceReviewView.h ResourceReviewView.cpp
    ResourceReviewDetails.h ResourceReviewDetails.cpp
    ResourceAuditRows.h ResourceAuditRows.cpp
    ${PROJECT_SOURCE_DIR}/ui/ResourceReviewView.ui
)
