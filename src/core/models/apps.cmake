# SPDX-License-Identifier: GPL-3.0-or-later
# Applications (staff): the searchable, self-paging list.
target_sources(portal_core PRIVATE
    models/ApplicationListModel.h models/ApplicationListModel.cpp
)
