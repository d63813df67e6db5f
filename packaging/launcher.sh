#!/bin/sh
# Starts Peeragogy Reader with the Java runtime in ../lib/runtime. Written by packaging/build.sh from the template
# packaging/launcher.sh: the template's line of options becomes the java options jpackage wrote for its own launcher,
# one per line, and its module the module and class to run. LauncherScriptTest runs the template with a stand-in java.
here=$(dirname "$(readlink -f "$0")")
top=$(dirname "$here")
app="$top/lib/app"
# What is set below for the reader alone is listed in PEERAGOGY_READER_SET, and taken out again for the browser the
# reader opens for a link (app.OwnEnvironment, decision 0087).
own=
# Where this machine has no graphics device (/dev/dri/card*, /dev/dri/renderD*), OpenGL could only be Mesa's
# software renderer, which JavaFX does not use: GTK is told not to load it (about 50 MiB less, and a faster
# start), and the reader asks JavaFX for its software pipeline at once (app.SoftwareDrawing). A GDK_GL set by you
# is kept (set but empty is GTK's default, as if unset).
if [ -z "${GDK_GL:-}" ] && ! ls /dev/dri/card* /dev/dri/renderD* > /dev/null 2>&1; then
  GDK_GL=disable
  export GDK_GL
  own="$own GDK_GL"
fi
# A portable copy writes nothing into the home folder: GTK's settings are kept in memory, not in ~/.cache/dconf
# (fresh tester t17a's M3). Set but empty is GIO's default (dconf, in the home folder) too: treated as unset
# (t17b's N3).
if [ -f "$top/portable" ] && [ -z "${GSETTINGS_BACKEND:-}" ]; then
  GSETTINGS_BACKEND=memory
  export GSETTINGS_BACKEND
  own="$own GSETTINGS_BACKEND"
fi
# GTK's file chooser (File → Import, Export…) writes the files it was shown into recently-used.xbel, and makes its
# config and cache folders, under the home folder (t17b's M6): a portable copy keeps them in data/desktop/ on the
# stick, or in the desktop/ folder of the data folder named with --data-dir (a copy started from the home folder
# with the stick's data folder, as said below for a noexec drive: fresh tester t34's F4). A folder named by you
# (XDG_DATA_HOME…, set and not empty) is kept.
desk="$top/data/desktop"
next=
for a in "$@"; do
  case "$next$a" in
    --) break ;;
    data:*) case "$a" in /*) desk="$a/desktop" ;; *) desk="$PWD/$a/desktop" ;; esac ;;
    --data-dir=/*) desk="${a#--data-dir=}/desktop" ;;
    --data-dir=*) desk="$PWD/${a#--data-dir=}/desktop" ;;
  esac
  next=
  [ "$a" = --data-dir ] && next=data:
done
on_stick() { # on_stick VARIABLE FOLDER: VARIABLE names $desk/FOLDER, unless it is set and not empty
  eval "[ -n \"\${$1:-}\" ]" && return 0
  eval "$1=\"\$desk/$2\"; export $1"
  own="$own $1"
}
if [ -f "$top/portable" ]; then
  on_stick XDG_DATA_HOME share
  on_stick XDG_CONFIG_HOME config
  on_stick XDG_CACHE_HOME cache
fi
# glibc gives each thread that allocates its own memory pool, up to 8 a core; two keep about 5 MiB less resident
# with the first chapter shown (decision 0087). A value set by you is kept.
if [ -z "${MALLOC_ARENA_MAX:-}" ]; then
  MALLOC_ARENA_MAX=2
  export MALLOC_ARENA_MAX
  own="$own MALLOC_ARENA_MAX"
fi
PEERAGOGY_READER_SET=${own# }
export PEERAGOGY_READER_SET
# Java reads file names and arguments in the locale's character set: in a C or POSIX locale (ASCII) a folder or
# a note with any other letter could not be read, so there C.UTF-8's is used. Another character set (ISO-8859-1…)
# is the person's own and is kept (fresh tester t17b's M5).
case "$(locale charmap 2> /dev/null)" in
  ANSI_X3.4-1968|"")
    if [ -n "${LC_ALL:-}" ]; then LC_ALL=C.UTF-8; export LC_ALL; else LC_CTYPE=C.UTF-8; export LC_CTYPE; fi ;;
esac
# Where the reader cannot start from where it is, a portable copy is copied elsewhere without its data folder and
# started with that folder named each time: the data folder holds the stick's notes and its reader's id, which must
# not stay on another computer (fresh tester t30's F2.2).
elsewhere="Copy the folder $(basename "$top") to your home folder and start it there."
# The folder to name is said as one shell word in single quotes, so that the line can be typed or pasted as it is
# whatever the drive's name holds (fresh tester t31's F12: a '"' or a '$' in it broke a line in double quotes).
data_word="'$(printf '%s' "$top/data" | sed "s/'/'\\\\''/g")'"
[ -f "$top/portable" ] && elsewhere="Copy the folder $(basename "$top") to your home folder, without its data folder,"\
" and start it there with --data-dir $data_word each time, so that your notes stay on this drive."
# Java splits its own library path at ':': under a folder named with one ("Workshop 10:30") it cannot start at all,
# so that is said, with what to do (t17b's M7): rename the folder, or, where the ':' is in a folder above it (a
# drive's own name, its mount point: t30's F5.2), copy it elsewhere.
case "$top" in
  *:*) echo "Peeragogy Reader cannot start from a folder whose path has a ':' in it ($top): Java cannot load its" \
         "own libraries there." >&2
       case "$(basename "$top")" in
         *:*) echo "Rename that folder without the ':' (for example 'Workshop 10-30') and start it again." >&2 ;;
         *) echo "The ':' is in $(dirname "$top"), which may be the drive's own name. $elsewhere" >&2 ;;
       esac
       exit 1 ;;
esac
# A stick mounted so that no program on it may run ("noexec") lets sh read this script but not start its java: that
# is said, with what to do, instead of the shell's "Permission denied" (t17a's N5).
# Where java has lost its permission to run (a zip unpacked by a tool that drops it, a copy through a drive that
# keeps none), copying the folder elsewhere would not help: unpacking it again, or giving the permission back, does
# (t34's F5). The file's mode tells the two apart: on a noexec drive it still says it may run.
if [ ! -x "$top/lib/runtime/bin/java" ]; then
  case "$(ls -lL "$top/lib/runtime/bin/java" 2> /dev/null)" in
    ???x*) echo "Peeragogy Reader cannot start from $top: this drive does not let programs on it run (it is" \
              "mounted 'noexec'). $elsewhere" >&2 ;;
    *) top_word="'$(printf '%s' "$top" | sed "s/'/'\\\\''/g")'"
       echo "Peeragogy Reader cannot start from $top: its files lost their permission to run (the archive was" \
            "unpacked by a tool that drops it, or copied through a drive that keeps none). Unpack the archive" \
            "again with unzip or tar, or give the permission back: cd $top_word && chmod -R u+x bin" \
            "lib/runtime/bin lib/runtime/lib" >&2 ;;
  esac
  exit 1
fi
# The command to type to start it again, for the words that name it (the usage, what works without a display: t17a's
# N1): peeragogy-reader where that is this launcher, found on the PATH, else the path it was started by.
started=$0
found=$(command -v peeragogy-reader 2> /dev/null) && [ "$(readlink -f "$found")" = "$(readlink -f "$0")" ] \
  && started=peeragogy-reader
exec "$top/lib/runtime/bin/java" \
    "-Djpackage.app-path=$here/peeragogy-reader" \
    "-Dpeeragogy.command=$started" \
@OPTIONS@
    -m "@MAIN_MODULE@" "$@"
