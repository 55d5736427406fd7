#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run-or-skip.sh TOOL ARGS...: runs TOOL, or exits 77 (ctest SKIP_RETURN_CODE) when CMake's
# find_program did not find it, so a missing tool shows as "skipped", never as "passed".
tool=$1
shift
case $tool in
  *-NOTFOUND | "") echo "SKIP: ${tool%-NOTFOUND} not found; install it (scripts/install-deps.sh)"; exit 77 ;;
esac
[ -x "$tool" ] || { echo "SKIP: $tool is not executable"; exit 77; }
exec "$tool" "$@"
