#!/usr/bin/env bash
# Opens File → Import notes… in a portable copy's window and chooses a file in GTK's real file chooser, as a person
# does (xdotool on the X display), so that GTK writes what it writes for a chosen file (recently-used.xbel, its
# config and cache folders): packaging/check.sh then checks none of it landed in the home folder (t17b's M6).
# Usage: chooser-check.sh LAUNCHER FILE_TO_CHOOSE EXPECTED_XBEL   (HOME and DISPLAY as the caller set them)
# Every wait is bounded; a lost key (the location field not yet made) is tried again, up to three times.
set -euo pipefail
launcher=$1 file=$2 xbel=$3
"$launcher" > "${CHOOSER_LOG:-/dev/null}" 2>&1 &
app=$!
trap 'kill "$app" 2> /dev/null || true; wait "$app" 2> /dev/null || true' EXIT
wait_for() { # wait_for SECONDS COMMAND...: runs COMMAND every 0.2 s until it succeeds, at most SECONDS
  local end=$((SECONDS + $1)); shift
  until "$@"; do [ "$SECONDS" -lt "$end" ] || return 1; sleep 0.2; done
}
window() { xdotool search --name "$1" 2> /dev/null | head -1; }
shown() { [ -n "$(window "$1")" ]; }
wait_for 120 shown "Peeragogy Reader" || { echo "chooser check: the window did not open"; exit 1; }
for attempt in 1 2 3; do
  main=$(window "Peeragogy Reader")
  xdotool windowfocus --sync "$main"
  xdotool key ctrl+i
  wait_for 30 shown "Import notes" || { echo "chooser check: Import notes did not open"; exit 1; }
  dialog=$(window "Import notes")
  xdotool windowfocus --sync "$dialog"
  sleep 1 # GTK makes the location field on the first key; the keys typed before it exists are lost
  xdotool key ctrl+l; sleep 0.5; xdotool key ctrl+a
  xdotool type --delay 50 "$file"; sleep 0.5; xdotool key Return
  if wait_for 20 test -s "$xbel"; then
    echo "chooser check: GTK's file chooser chose $file (attempt $attempt)"
    exit 0
  fi
  xdotool key Escape; sleep 0.5; xdotool key Escape
  wait_for 10 sh -c "! xdotool search --name 'Import notes' > /dev/null 2>&1" || true
done
echo "chooser check: the file chooser never chose $file (no $xbel)"; exit 1
