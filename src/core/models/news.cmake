# SPDX-License-Identifier: GPL-3.0-or-later
# News: the space's blog posts as a self-paging list.
target_sources(portal_core PRIVATE
    models/BlogPostListModel.h models/BlogPostListModel.cpp
)
