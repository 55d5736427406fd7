// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcNet, "portaldesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "portaldesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcThrottle, "portaldesk.throttle", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "portaldesk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "portaldesk.cache", QtInfoMsg)
