// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a repository is built from, declared once for every repository header: the account's API
// client (all network I/O, with its throttle and guards), the requests it hands out, and the
// offline copy of the account. Their full headers are for the .cpp files.

namespace api {
class ApiClient;
class ApiRequest;
class WriteRequest;
} // namespace api

namespace cache {
class AsyncOfflineStore;
} // namespace cache
