# Sourced by the shell tests of the real binary: starts NEXUDUS_EMULATOR on a free loopback port,
# sets $url and $emu_pid, and defines fail() (which also stops the emulator).
fail() { echo "FAIL: $*"; kill "$emu_pid" 2>/dev/null; exit 1; }

start_emulator() {
  port_file=$(mktemp)
  "$1" --port 0 > "$port_file" 2>&1 &
  emu_pid=$!
  for _ in $(seq 50); do grep -q "listening on" "$port_file" && break; sleep 0.1; done
  url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$port_file" | head -n 1)
  [ -n "$url" ] || fail "emulator did not start: $(cat "$port_file")"
}
