#!/usr/bin/env bash
# Builds the packaged Peeragogy Reader into target/package/:
#   peeragogy-reader/         a self-contained app image (trimmed Java runtime, the handbook and its
#                             search index inside, JavaFX's native libraries unpacked, a class-data
#                             archive for a fast start), launcher: peeragogy-reader/bin/peeragogy-reader
#   peeragogy-reader_*.deb    when dpkg-deb and fakeroot are installed (declares GTK and libXtst)
# Usage: packaging/build.sh [HANDBOOK_DIR]   (default ../shared/handbook)
# Needs a display for the class-data training run (xvfb-run packaging/build.sh on a server).
set -euo pipefail
cd "$(dirname "$0")/.."
HANDBOOK=$(cd "${1:-../shared/handbook}" && pwd)
OUT=target/package
NAME=peeragogy-reader
# jpackage wants a plain numeric version.
VERSION=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1)
MODULES=java.base,java.desktop,java.logging,java.management,java.net.http,java.sql,java.xml,jdk.jfr,jdk.jsobject,jdk.unsupported,jdk.xml.dom,jdk.localedata

mvn -q -B -DskipTests package
rm -rf "$OUT"
mkdir -p "$OUT/input"
# The jar without native libraries: JavaFX's (needed ones) go beside it, where JavaFX loads them
# without extracting copies at each start (about a second), and SQLite's only for this platform.
python3 - target/peeragogy-reader.jar "$OUT/input/peeragogy-reader.jar" <<'PY'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        n = item.filename
        if n.endswith((".so", ".dll", ".dylib", ".jnilib")) and not n.startswith("org/sqlite/native/Linux/x86_64/"):
            continue
        zout.writestr(item, zin.read(n))
PY
# Only what the reader uses: no media playback libraries.
for lib in target/*.so; do
  case "$(basename "$lib")" in
    libavplugin*|libfxplugins.so|libgstreamer-lite.so|libjfxmedia.so) ;;
    *) cp "$lib" "$OUT/input/" ;;
  esac
done
cp -r "$HANDBOOK" "$OUT/input/handbook"

echo "Prebuilding the handbook's search index..."
java -cp target/peeragogy-reader.jar org.peeragogy.reader.app.Main --handbook "$OUT/input/handbook" \
    --data-dir "$OUT/seed" search peeragogy > /dev/null
cp "$OUT/seed/reader.db" "$OUT/input/seed.db"

echo "Linking a trimmed Java runtime..."
jlink --add-modules "$MODULES" --include-locales=en,es,fr,de,pt,it --strip-debug --no-header-files \
    --no-man-pages --compress=2 --generate-cds-archive --output "$OUT/runtime"

java packaging/MakeIcon.java "$OUT/$NAME.png"

JAVA_OPTIONS=(
  --java-options '-Dhandbook.dir=$APPDIR/handbook'
  --java-options '-Dpeeragogy.seed=$APPDIR/seed.db'
  --java-options '-XX:+UseSerialGC'
  --java-options '-Xss1m'
  --java-options '-XX:TieredStopAtLevel=1'
  --java-options '-XX:SharedArchiveFile=$APPDIR/app.jsa'
  --java-options '-Xshare:auto'
)
jpackage --type app-image --name "$NAME" --app-version "$VERSION" --vendor "Peeragogy Reader contributors" \
    --description "Read, annotate and share the Peeragogy Handbook offline" \
    --input "$OUT/input" --main-jar peeragogy-reader.jar --main-class org.peeragogy.reader.app.Main \
    --runtime-image "$OUT/runtime" --icon "$OUT/$NAME.png" --dest "$OUT" "${JAVA_OPTIONS[@]}"

echo "Training the class-data archive..."
APP="$OUT/$NAME"
CFG="$APP/lib/app/$NAME.cfg"
sed -i 's/^java-options=-XX:SharedArchiveFile=.*$/java-options=-XX:ArchiveClassesAtExit=$APPDIR\/app.jsa/' "$CFG"
"$APP/bin/$NAME" --data-dir "$OUT/train" --smoke pattern-wrapper > /dev/null 2>&1 || true
sed -i 's/^java-options=-XX:ArchiveClassesAtExit=.*$/java-options=-XX:SharedArchiveFile=$APPDIR\/app.jsa/' "$CFG"
ls -la "$APP/lib/app/app.jsa" > /dev/null 2>&1 || echo "(no class-data archive was written; the app still starts, more slowly)"

if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
  echo "Building the .deb..."
  jpackage --type deb --app-image "$APP" --name "$NAME" --app-version "$VERSION" \
      --vendor "Peeragogy Reader contributors" --description "Read, annotate and share the Peeragogy Handbook offline" \
      --linux-package-deps "libgtk-3-0, libxtst6" --linux-shortcut --linux-menu-group Education \
      --file-associations packaging/peeranotes.properties --icon "$OUT/$NAME.png" --dest "$OUT"
fi
echo "Built:"
du -sh "$APP" "$OUT"/*.deb 2>/dev/null || true
