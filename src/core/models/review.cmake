# SPDX-License-Identifier: GPL-3.0-or-later
# Resource review (staff): the self-paging, server-sorted table, its columns and CSV text.
target_sources(portal_core PRIVATE
    models/ResourceReviewColumns.h models/ResourceReviewColumns.cpp
    models/ResourceReviewModel.h models/ResourceReviewModel.cpp
    models/Csv.h models/Csv.cpp
)
