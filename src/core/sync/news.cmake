# SPDX-License-Identifier: GPL-3.0-or-later
# News: one blog post in full, with its comments.
target_sources(portal_core PRIVATE
    sync/BlogPostLoader.h sync/BlogPostLoader.cpp
)
