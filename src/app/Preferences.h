// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

//! The person's choices kept between runs, in QSettings (no secrets: those live in the keychain).
namespace preferences {

inline constexpr int defaultRoomsRefreshMinutes = 15;
inline constexpr int maxRoomsRefreshMinutes = 7 * 24 * 60;

//! A start asks the space for its rooms only when their offline copy is older than this (rooms
//! change rarely; F5 always asks). 0: every start asks.
int roomsRefreshMinutes();
void setRoomsRefreshMinutes(int minutes);
inline std::chrono::seconds roomsFreshFor()
{
    return std::chrono::minutes(roomsRefreshMinutes());
}

} // namespace preferences
