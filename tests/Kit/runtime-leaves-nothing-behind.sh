#!/usr/bin/env bash
# Checks the kit's Debian 13 runtime (used where the host's libstdc++ cannot load TorchSharp): a command
# interrupted by Ctrl+C, SIGTERM or SIGKILL leaves no process and no mount behind. Run by `./kit test` on
# the host before it enters the runtime; prints one line per check and a closing `N passed, N failed`.
set -uo pipefail
kit="$(cd "$(dirname "$0")/../.." && pwd)/kit"
passed=0 failed=0
pass() { printf 'PASS %s\n' "$1"; passed=$((passed + 1)); }
fail() { printf 'FAIL %s: %s\n' "$1" "$2"; failed=$((failed + 1)); }

# A duration no other process on the machine sleeps for, to find the command inside the runtime.
marker="120.$RANDOM$RANDOM"
# Job control gives each background command its own process group with default signal handling (without it,
# bash starts background commands with SIGINT ignored, and Ctrl+C could not be imitated).
set -m

# INT and TERM go to the process group, as Ctrl+C in a terminal and a CI time-out do; KILL goes to the kit's
# process alone, the harshest case (no handler anywhere runs).
for signal in INT TERM KILL; do
  name="a command stopped with SIG$signal leaves no process and no mount behind"
  "$kit" exec sleep "$marker" &
  kit_pid=$!
  inner=""
  for _ in $(seq 50); do inner=$(pgrep -f "^sleep $marker\$" | head -n 1); [ -n "$inner" ] && break; sleep 0.1; done
  if [ -z "$inner" ]; then fail "$name" "the command never started in the runtime"; kill -9 "$kit_pid" 2>/dev/null; continue; fi
  # While it runs, the repository is bind-mounted in the command's namespace only, never on the host.
  if ! awk '{print $5}' "/proc/$inner/mountinfo" | grep -qx "$(dirname "$kit")"; then
    fail "$name" "the repository is not mounted inside the runtime"
  fi
  if grep -q deepmath-kit /proc/self/mountinfo; then fail "$name" "a runtime mount is visible on the host"; fi
  if [ "$signal" = KILL ]; then kill -s KILL "$kit_pid"; else kill -s "$signal" -- "-$kit_pid"; fi
  wait "$kit_pid" 2>/dev/null
  for _ in $(seq 50); do kill -0 "$inner" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$inner" 2>/dev/null; then
    fail "$name" "process $inner still runs"; kill -9 "$inner"
  elif grep -q deepmath-kit /proc/self/mountinfo; then
    fail "$name" "a mount under the cache is left on the host"
  else
    pass "$name"
  fi
done
printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
