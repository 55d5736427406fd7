# SPDX-License-Identifier: GPL-3.0-or-later
# List models: owned by the domain work.
target_sources(portal_core PRIVATE
    models/ResourceListModel.h models/ResourceListModel.cpp
)
