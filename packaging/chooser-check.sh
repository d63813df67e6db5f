#!/usr/bin/env bash
# Opens File → Import notes… in a portable copy's window and chooses a file in GTK's real file chooser, as a person
# does (xdotool on the X display), so that GTK writes what it writes for a chosen file (recently-used.xbel, its
# config and cache folders): packaging/check.sh then checks none of it landed in the home folder (t17b's M6).
# Usage: chooser-check.sh LAUNCHER FILE_TO_CHOOSE EXPECTED_XBEL   (HOME and DISPLAY as the caller set them)
# Every wait is bounded; a lost key (the location field not yet made) is tried again, up to three times.
#
# Exit status: 0 when the file was chosen, or when this display cannot be driven (the reader runs but xdotool sees
# no window of it: said as "NOT RUN", with what the display holds, so that the caller's home-folder check still
# runs); 1 when the reader ended before its window or the chooser never chose the file. Each failure prints the
# reader's own output and the display's windows: the project's CI once said only "the window did not open".
set -euo pipefail
launcher=$1 file=$2 xbel=$3
log=$(mktemp)
# An X server resets when its last client leaves, and refuses connections while it does: xdotool's polls below, each a
# client that connects and leaves, made the reader's GTK fail now and then with "cannot open display" (the project's
# CI, stops 29 and 30; 3-6 of 300 connections failed here under xvfb-run). One connection held for the whole check
# (xdotool sleeping) keeps the server from resetting.
# It prints the pointer's place once connected; the reader starts after that (at most 10 s, else without it).
held_log=$(mktemp)
xdotool getmouselocation sleep 86400 > "$held_log" 2>&1 &
held=$! app=
trap 'kill $app "$held" 2> /dev/null || true; [ -z "$app" ] || wait "$app" 2> /dev/null || true; rm -f "$log" "$held_log"' EXIT
end=$((SECONDS + 10))
until [ -s "$held_log" ] || [ "$SECONDS" -ge "$end" ]; do sleep 0.05; done
"$launcher" > "$log" 2>&1 &
app=$!
wait_for() { # wait_for SECONDS COMMAND...: runs COMMAND every 0.2 s until it succeeds, at most SECONDS
  local end=$((SECONDS + $1)); shift
  until "$@"; do [ "$SECONDS" -lt "$end" ] || return 1; sleep 0.2; done
}
running() { kill -0 "$app" 2> /dev/null; }
# The reader's window by its title, or by the process that made it (GTK sets _NET_WM_PID): the launcher execs java.
window() {
  { xdotool search --name "$1" 2> /dev/null || xdotool search --all --pid "$app" --name "$1" 2> /dev/null || true; } \
    | head -1
}
shown() { [ -n "$(window "$1")" ] || ! running; }
tell() { # tell WHAT: what went wrong, the reader's output and the display's windows
  echo "chooser check: $1"
  if running; then echo "  the reader (pid $app) is running"; else wait "$app" && s=0 || s=$?; echo "  the reader ended (status $s)"; fi
  echo "  its output:"; tail -n 30 "$log" | sed 's/^/    /'
  if grep -q "cannot open display" "$log"; then
    echo "  the X server refused the reader's connection (a server resetting after its last client left does; run"
    echo "  Xvfb with -noreset, or keep a client connected)"
  fi
  echo "  xdotool: $(xdotool version 2>&1 | head -1); DISPLAY=$DISPLAY; pointer: $(xdotool getmouselocation 2>&1 | head -1)"
  echo "  the display's named windows:"
  xdotool search --name '.' 2> /dev/null | while read -r w; do
    echo "    $w $(xdotool getwindowname "$w" 2>&1) (pid $(xdotool getwindowpid "$w" 2>&1))"
  done | head -n 20 || true
  xdotool search --name '.' > /dev/null 2>&1 || echo "    (xdotool search: $(xdotool search --name '.' 2>&1 | head -1))"
}
wait_for "${CHOOSER_WAIT:-120}" shown "Peeragogy Reader" || true
if ! running; then tell "the reader ended before its window opened"; exit 1; fi
if [ -z "$(window "Peeragogy Reader")" ]; then
  tell "NOT RUN: the reader is running but xdotool sees no window of it after ${CHOOSER_WAIT:-120} s on this display"
  exit 0
fi
for attempt in 1 2 3; do
  main=$(window "Peeragogy Reader")
  xdotool windowfocus --sync "$main"
  xdotool key ctrl+i
  wait_for 30 shown "Import notes" || { echo "chooser check: Import notes did not open (attempt $attempt)"; continue; }
  running || { tell "the reader ended when Import notes was asked for"; exit 1; }
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
tell "the file chooser never chose $file (no $xbel)"; exit 1
