# SPDX-License-Identifier: GPL-3.0-or-later
# The staff views' offline copy (issue #5): what the applications and resource review read is kept.
target_sources(portal_core PRIVATE
    sync/SeenRecords.h sync/SeenRecords.cpp
)
