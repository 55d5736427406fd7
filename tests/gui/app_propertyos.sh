#!/bin/sh
# A Property OS account from the command line (the real binary, the real emulator on loopback):
# a refused key is said and never kept; an accepted one is kept in the keychain only and opens the
# account again with --property-os URL alone and with --server URL; the key is in no file the app
# wrote. Run inside tests/keychain/run-with-keyring.sh, or run-without-keyring.sh (then the key
# lasts for one run and a later start says there is none stored).
# Usage: app_propertyos.sh PORTAL_DESK PROPERTY_OS_EMULATOR
set -u
app="$1"
emulator="$2"
export QT_QPA_PLATFORM=offscreen
. "$(dirname "$0")/emulator.sh"
start_emulator "$emulator" --plan enterprise

key=nexus-demo-key
wrong=not-the-key-4711
shots=$(mktemp -d)
no_key_in_files() {
  for secret in "$key" "$wrong"; do
    if grep -rl --exclude-dir=keyrings -e "$secret" "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" 2>/dev/null | grep -q .; then
      fail "the key was written to a file: $(grep -rl --exclude-dir=keyrings -e "$secret" "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME")"
    fi
  done
}

# A key the API refuses: a message in words, a non-zero exit, nothing kept.
out=$(echo "$wrong" | "$app" --property-os "$url" --api-key-stdin --view properties --screenshot "$shots/0.png" 2>&1) \
  && fail "a refused key exited 0: $out"
echo "$out" | grep -q "refused this API key" || fail "a refused key was not said: $out"
[ -e "$shots/0.png" ] && fail "a screenshot was taken with a refused key"
grep -rqs "property-os" "$XDG_CONFIG_HOME" && fail "a refused key left an account in the settings"

out=$(echo "$key" | QT_LOGGING_RULES='*.debug=true' "$app" --property-os "$url" --api-key-stdin --view properties \
        --screenshot "$shots/1.png" 2>&1) || fail "sign-in with the demo key failed: $out"
[ -s "$shots/1.png" ] || fail "no screenshot after the sign-in"
echo "$out" | grep -q -e "$key" && fail "the key is in the log: $out"
no_key_in_files
grep -rqs "kind=property-os" "$XDG_CONFIG_HOME" || fail "the account is not in the settings"

if [ -n "${PORTAL_EXPECT_NO_KEYCHAIN:-}" ]; then
  echo "$out" | grep -qi "keychain" || fail "no word that the key cannot be kept: $out"
  out=$("$app" --property-os "$url" --screenshot "$shots/2.png" 2>&1) && fail "a start without a keychain opened the account: $out"
  echo "$out" | grep -q "no stored API key" || fail "the start without a stored key said: $out"
  no_key_in_files
  echo "1 passed, 0 failed"
  exit 0
fi

# The stored key opens the account again: by its address, by --server, and as the last account.
out=$("$app" --property-os "$url" --view properties --screenshot "$shots/2.png" 2>&1) || fail "--property-os URL alone: $out"
[ -s "$shots/2.png" ] || fail "no screenshot from the stored key"
out=$("$app" --server "$url" --view properties --screenshot "$shots/3.png" 2>&1) || fail "--server URL: $out"
[ -s "$shots/3.png" ] || fail "no screenshot through --server"
out=$("$app" --view properties --screenshot "$shots/4.png" 2>&1) || fail "the last account: $out"
[ -s "$shots/4.png" ] || fail "no screenshot of the last account"
out=$("$app" --view tenants --screenshot "$shots/tenants.png" 2>&1) || fail "the tenants view: $out"
[ -s "$shots/tenants.png" ] || fail "no screenshot of the tenants"
no_key_in_files
[ -n "${PORTAL_TEST_SHOTS:-}" ] && cp "$shots/tenants.png" "$PORTAL_TEST_SHOTS/tenants.png"
[ -n "${PORTAL_TEST_SHOTS:-}" ] && cp "$shots/1.png" "$PORTAL_TEST_SHOTS/properties.png"

out=$("$app" --sync 2>&1) && fail "--sync of a Property OS account exited 0: $out"
echo "$out" | grep -q "does not cover Property OS" || fail "--sync said: $out"
out=$("$app" --sign-out --property-os "$url" 2>&1) || fail "sign-out failed: $out"
out=$("$app" --property-os "$url" --screenshot "$shots/5.png" 2>&1) && fail "the account opened after its sign-out: $out"
kill "$emu_pid" 2>/dev/null
echo "1 passed, 0 failed"
