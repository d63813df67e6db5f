#!/usr/bin/env bash
# Checks the package built by packaging/build.sh as people will use it (run by .ci/run; needs a display,
# so run it under xvfb-run):
#  - the jar started with java -jar, the app image copied to another folder (cp -r, times not kept), the portable archives unpacked
#    elsewhere and made read-only but for their data folder, and, when run as root, the .deb installed:
#    each starts and shows a chapter, and prints no warning (the class-data archive is used, JavaFX runs
#    as modules, SQLite loads from the app folder: nothing about any of these is printed);
#  - the portable copy keeps its notes in its data folder and changes nothing else in itself;
#  - lintian reports no error on the .deb.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/package
NAME=peeragogy-reader
WARNINGS='^WARNING|Unable to use shared archive|APP classpath mismatch|Unsupported JavaFX configuration|unnamed module|SEVERE|\[warning\]|\[error\]|Exception'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Starts a launcher on a chapter with a fresh data folder (or the one given) and fails on any warning.
start() {
  local label=$1 launcher=$2; shift 2
  local out="$work/start-$RANDOM.txt"
  if ! timeout 300 "$launcher" "$@" --smoke pattern-wrapper > "$out" 2>&1; then
    cat "$out"; echo "package check: $label did not start"; exit 1
  fi
  if grep -E "$WARNINGS" "$out"; then
    echo "package check: $label printed the warnings above"; exit 1
  fi
  echo "package check: $label started without warnings, $(grep -o 'first-chapter-ms=[0-9]*' "$out")"
  grep -o 'start-timeline-ms.*' "$out" || true
}

# 0. The jar as built, started with `java -jar`: JavaFX loads as modules from target/javafx (issue 17). Beside a usual
# profile (XDG_DATA_HOME), whose group folder a start naming its own data folder reads through SQLite (t31's F19):
# SQLite's library loads in one class loader of a process only, and the jar runs the reader from a module layer.
XDG_DATA_HOME="$work/xdg" java -jar target/peeragogy-reader.jar notes > /dev/null
[ -f "$work/xdg/peeragogy-reader/reader.db" ] || { echo "package check: no usual profile made in $work/xdg"; exit 1; }
XDG_DATA_HOME="$work/xdg" XDG_CACHE_HOME="$work/cache" start "the jar (java -jar)" java -jar target/peeragogy-reader.jar \
  --data-dir "$work/data-jar"
# 0b. The jar's class archive (decision 0096): the first window made it in the user's cache folder, the second loads
# its classes from it (-Xshare:on refuses to start with an archive this JVM cannot use), and neither printed a word.
jsa=$(ls "$work/cache/peeragogy-reader/"jar-*.jsa 2> /dev/null | head -1 || true)
[ -n "$jsa" ] || { echo "package check: the jar's first window made no class archive in $work/cache"; exit 1; }
! ls "$work/cache/peeragogy-reader/"*.tmp > /dev/null 2>&1 || { echo "package check: a half-made archive was left"; exit 1; }
java -Xshare:on -XX:SharedArchiveFile="$jsa" -jar target/peeragogy-reader.jar --version > /dev/null \
  || { echo "package check: the jar's class archive cannot be used by this JVM"; exit 1; }
XDG_CACHE_HOME="$work/cache" start "the jar again, with its class archive" java -jar target/peeragogy-reader.jar \
  --data-dir "$work/data-jar-again"

# 1. The image copied elsewhere, as a person copies a folder.
cp -r "$OUT/$NAME" "$work/copied"
start "a copied app image" "$work/copied/bin/$NAME" --data-dir "$work/data-copied"

# 1b. Where this machine has no graphics device, neither the copied image nor the jar loads OpenGL (decision 0084):
# Mesa's software renderer, which JavaFX refuses, would cost about 50 MiB and part of the start.
no_gl() {
  local label=$1; shift
  local trace="$work/ld-$RANDOM"
  LD_DEBUG=files LD_DEBUG_OUTPUT="$trace" timeout 300 "$@" --smoke pattern-wrapper > /dev/null 2>&1 \
    || { echo "package check: $label did not start with LD_DEBUG"; exit 1; }
  if cat "$trace".* | grep -E 'file=(libGL\.so|libLLVM)'; then
    echo "package check: $label loaded OpenGL on a machine without a graphics device"; exit 1
  fi
  echo "package check: $label loaded no OpenGL (this machine has no graphics device)"
}
if ! ls /dev/dri/card* /dev/dri/renderD* > /dev/null 2>&1; then
  no_gl "a copied app image" "$work/copied/bin/$NAME" --data-dir "$work/data-copied-gl"
  no_gl "the jar (java -jar)" java -jar target/peeragogy-reader.jar --data-dir "$work/data-jar-gl"
fi

# 1c. A folder named with quotes, a command and letters beyond ASCII, started in the C locale: it starts, prints
# nothing and runs nothing (fresh tester t17a's M7, M4: jpackage's launcher ran `dpkg -S '<path>'`).
odd="$work/Ana's stick x'\$(touch PWNED)'y ä"
cp -r "$OUT/$NAME" "$odd"
(cd "$work" && LC_ALL=C LANG=C start "a copy in $odd, C locale" "$odd/bin/$NAME" --data-dir "$work/data-odd")
[ ! -e "$work/PWNED" ] || { echo "package check: starting from $odd ran a command named in its folder"; exit 1; }
rm -rf "$odd"

# 2. The portable archives, unpacked elsewhere, read-only but for data/.
chosen_notes="$work/to-choose.peeranotes"
java -jar target/peeragogy-reader.jar --data-dir "$work/data-notes" export --format notes --out "$chosen_notes" > /dev/null
for archive in "$OUT"/$NAME-*-portable.tar.gz "$OUT"/$NAME-*-portable.zip; do
  dest="$work/stick-$(basename "$archive" | sed 's/.*\.//')"
  mkdir -p "$dest"
  case "$archive" in
    *.tar.gz) tar -xzf "$archive" -C "$dest" ;;
    *.zip) unzip -q "$archive" -d "$dest" ;;
  esac
  top="$dest/$NAME"
  [ -f "$top/portable" ] && [ -d "$top/data" ] || { echo "package check: $archive lacks portable or data/"; exit 1; }
  # Both archives hold the same files, the runtime's legal notices among them (the tar as links, the zip as copies:
  # t17a's F6, the zip had none of them).
  for legal in "$top"/lib/runtime/legal/*/; do
    [ -s "$legal/LICENSE" ] || { echo "package check: $archive lacks ${legal#"$top"/}LICENSE"; exit 1; }
  done
  (cd "$top" && find . -path ./data -prune -o \( -type f -o -type l \) -print | sort) > "$work/files-$(basename "$dest")"
  find "$top" -path "$top/data" -prune -o -exec chmod a-w {} +
  before=$(cd "$top" && find . -path ./data -prune -o -printf '%p %s %T@ %m\n' | sort | md5sum)
  home="$work/home-$(basename "$dest")"; mkdir -p "$home"
  HOME="$home" XDG_DATA_HOME= start "the portable $(basename "$archive")" "$top/bin/$NAME"
  id=$(HOME="$home" "$top/bin/$NAME" highlight pattern-wrapper --quote "possibly quite complex" 2>&1 | tail -1 || true)
  HOME="$home" "$top/bin/$NAME" notes | grep -q "$id" \
    || { echo "package check: the portable copy did not keep the note ($id)"; exit 1; }
  [ -f "$top/data/reader.db" ] || { echo "package check: no data/reader.db in the portable copy"; exit 1; }
  # GTK's file chooser, as a person uses it, keeps what it writes on the stick too (t17b's M6).
  if [ "$archive" = "$(ls "$OUT"/$NAME-*-portable.tar.gz)" ]; then
    HOME="$home" XDG_DATA_HOME= packaging/chooser-check.sh "$top/bin/$NAME" "$(readlink -f "$chosen_notes")" \
      "$top/data/desktop/share/recently-used.xbel"
  fi
  after=$(cd "$top" && find . -path ./data -prune -o -printf '%p %s %T@ %m\n' | sort | md5sum)
  [ "$before" = "$after" ] || { echo "package check: the portable copy changed outside data/"; exit 1; }
  # Nothing at all in the home folder, GTK's settings cache (~/.cache/dconf) included (t17a's M3).
  written=$(cd "$home" && find . -mindepth 1)
  [ -z "$written" ] || { echo "package check: the portable copy wrote to the home folder: $written"; exit 1; }
  chmod -R u+w "$top"
  echo "package check: the portable $(basename "$archive") kept its note in data/ and changed nothing else"
done
if ! diff "$work/files-stick-gz" "$work/files-stick-zip"; then
  echo "package check: the portable .tar.gz and .zip hold different files (above)"; exit 1
fi
echo "package check: the portable .tar.gz and .zip hold the same files, legal notices included"

# 3. The .deb: lintian, and installed (as root only: it is installed into the system, then removed).
deb=$(ls "$OUT"/${NAME}_*.deb)
lintian --fail-on error --tag-display-limit 0 "$deb"
echo "package check: lintian reports no error on $(basename "$deb")"
# The PDF digest needs DejaVu Sans (decision 0029): the package depends on the font.
dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//' | grep -qx 'fonts-dejavu-core' \
  || { echo "package check: the .deb does not depend on fonts-dejavu-core (the PDF digest's font)"; exit 1; }
echo "package check: the .deb depends on fonts-dejavu-core"
if [ "$(id -u)" = 0 ] && ! dpkg -s "$NAME" > /dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" > "$work/install.txt" 2>&1 \
    || { cat "$work/install.txt"; echo "package check: the .deb did not install"; exit 1; }
  trap 'dpkg -r "$NAME" > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$NAME")" = installed ] \
    || { echo "package check: the .deb is not fully configured"; exit 1; }
  for f in /usr/share/applications/$NAME.desktop /usr/share/mime/packages/$NAME.xml \
      /usr/share/icons/hicolor/256x256/apps/$NAME.png /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf; do
    [ -f "$f" ] || { echo "package check: the .deb did not install $f"; exit 1; }
  done
  start "the installed .deb" "/usr/bin/$NAME" --data-dir "$work/data-deb"
  dpkg -r "$NAME" > /dev/null
  echo "package check: the .deb installed, started and was removed"
fi
