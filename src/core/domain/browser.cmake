# SPDX-License-Identifier: GPL-3.0-or-later
# The booking browser: plain-words booking rules.
target_sources(portal_core PRIVATE
    domain/BookingPolicyExplainer.h domain/BookingPolicyExplainer.cpp
    domain/BookingPolicyCheck.h domain/BookingPolicyCheck.cpp
)
