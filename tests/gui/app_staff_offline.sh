#!/bin/sh
# Staff, prepared for travel: after a sign-in and a sync, a cold start with the space gone still
# knows the account is staff and opens the applications and the resource review on the offline copy.
# Run inside tests/keychain/run-with-keyring.sh. Usage: app_staff_offline.sh PORTAL_DESK NEXUDUS_EMULATOR
set -u
app="$1"
emulator="$2"
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="portaldesk.*=true"
. "$(dirname "$0")/emulator.sh"
start_emulator "$emulator"

shots=$(mktemp -d)
out=$(echo demo | "$app" --server "$url" --user admin@demo.test --password-stdin --view resources-review \
      --screenshot "$shots/online.png" 2>&1) || fail "staff sign-in: $out"
out=$("$app" --sync 2>&1) || fail "--sync failed: $out"
echo "$out" | grep -q "^Synced .*applications" || fail "a staff sync keeps the applications: $out"

kill "$emu_pid"; wait "$emu_pid" 2>/dev/null

out=$("$app" --view applications --screenshot "$shots/apps.png" 2>&1) || fail "applications offline: $out"
[ -s "$shots/apps.png" ] || fail "no screenshot of the applications offline"
echo "$out" | grep -q "Offline" || fail "the applications start did not say it was offline: $out"
echo "$out" | grep -q "only for the space's staff" && fail "offline, the account was taken for a member: $out"

out=$("$app" --view resources-review --screenshot "$shots/review.png" 2>&1) || fail "review offline: $out"
echo "$out" | grep -q "audit checked [1-9][0-9]* resources" || fail "the review showed no resources offline: $out"
echo "$out" | grep -q "only for the space's staff" && fail "offline, the account was taken for a member: $out"
[ -n "${PORTAL_TEST_SHOTS:-}" ] && cp "$shots/apps.png" "$PORTAL_TEST_SHOTS/staff-offline-apps.png"

echo "1 passed, 0 failed"
