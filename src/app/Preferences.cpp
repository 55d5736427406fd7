// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

#include <QSettings>

namespace preferences {

namespace {
constexpr auto roomsRefreshKey = "rooms/refreshOnStartAfterMinutes";
}

int roomsRefreshMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(QLatin1String(roomsRefreshKey), defaultRoomsRefreshMinutes).toInt(&ok);
    // A hand-edited or damaged value falls back to the default rather than to "never".
    return ok && minutes >= 0 && minutes <= maxRoomsRefreshMinutes ? minutes : defaultRoomsRefreshMinutes;
}

void setRoomsRefreshMinutes(int minutes)
{
    QSettings().setValue(QLatin1String(roomsRefreshKey), qBound(0, minutes, maxRoomsRefreshMinutes));
}

} // namespace preferences
