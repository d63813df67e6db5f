#!/usr/bin/env bash
# Builds the packaged Peeragogy Reader into target/package/ (docs/packaging.md says what is inside):
#   peeragogy-reader/                      the app image; launcher: peeragogy-reader/bin/peeragogy-reader
#   peeragogy-reader_VERSION-1_amd64.deb   installs it under /usr/lib/peeragogy-reader (when dpkg-deb is there)
#   peeragogy-reader-VERSION-linux-x64-portable.tar.gz / .zip   the image with a 'portable' marker and an
#                                          empty data/ folder: runs from a USB stick, notes kept on it
# Usage: packaging/build.sh [HANDBOOK_DIR]   (default ../shared/handbook)
# Needs a display for the class-data training run (xvfb-run packaging/build.sh on a server).
set -euo pipefail
cd "$(dirname "$0")/.."
HANDBOOK=$(cd "${1:-../shared/handbook}" && pwd)
OUT=target/package
NAME=peeragogy-reader
MODULE=org.peeragogy.reader
# jpackage and Debian want a plain numeric version.
VERSION=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1)
# JDK modules beyond what the reader's module requires: logging, HTTP for WebKit, JFR for recordings
# in the field, locale data for six languages.
JDK_MODULES=java.base,java.desktop,java.logging,java.management,java.net.http,java.sql,java.xml,jdk.jfr,jdk.jsobject,jdk.unsupported,jdk.xml.dom,jdk.localedata

mvn -q -B -DskipTests package
rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/deps" "$OUT/module/src" "$OUT/module/classes"
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$OUT/deps"
PLATFORM=$(ls "$OUT"/deps/javafx-base-*-*.jar | sed 's:.*-\([a-z0-9-]*\)\.jar$:\1:' | head -1)
FX=$(ls "$OUT"/deps/javafx-{base,graphics,controls,media,web}-*-"$PLATFORM".jar | tr '\n' ':')

echo "Making the reader's module (its classes and libraries, JavaFX apart)..."
python3 packaging/app_module.py target/classes "$OUT/deps" "$OUT/module/$MODULE.jar" "$OUT/module/services.txt"
REQUIRES=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --module-path "$FX" "$OUT/module/$MODULE.jar")
{
  echo "open module $MODULE {"
  tr ',' '\n' <<< "$REQUIRES" | grep -v '^java.base$' | sed 's/.*/    requires &;/'
  cat "$OUT/module/services.txt"
  echo "}"
} > "$OUT/module/src/module-info.java"
javac --module-path "$FX" --patch-module "$MODULE=$OUT/module/$MODULE.jar" -d "$OUT/module/classes" \
    "$OUT/module/src/module-info.java"
jar uf "$OUT/module/$MODULE.jar" -C "$OUT/module/classes" module-info.class

echo "Linking the Java runtime with JavaFX and the reader as modules..."
# JavaFX's native libraries are left out of the module image and put in the runtime's lib/, where
# System.loadLibrary finds them (as JavaFX's own jmods do); the media playback ones are not needed.
jlink --module-path "$FX$OUT/module/$MODULE.jar" --add-modules "$MODULE,$JDK_MODULES" \
    --include-locales=en,es,fr,de,pt,it --strip-debug --no-header-files --no-man-pages --compress=2 \
    --exclude-resources='glob:/javafx.*/*.so' --generate-cds-archive --output "$OUT/runtime"
for lib in target/javafx/*.so; do
  case "$(basename "$lib")" in
    libavplugin*|libfxplugins.so|libgstreamer-lite.so|libjfxmedia.so) ;;
    *) cp "$lib" "$OUT/runtime/lib/" ;;
  esac
done

# SQLite's library for this platform, loaded from the app folder (never extracted at run time).
SQLITE_JAR=$(ls "$OUT"/deps/sqlite-jdbc-*.jar)
SQLITE_SO=$(unzip -Z1 "$SQLITE_JAR" | grep '^org/sqlite/native/Linux/x86_64/libsqlitejdbc.so$')
unzip -q -o -j "$SQLITE_JAR" "$SQLITE_SO" -d "$OUT/input"
cp -r "$HANDBOOK" "$OUT/input/handbook"
chmod -R u+w,go-w "$OUT/input/handbook"

echo "Prebuilding the handbook's search index..."
java -cp target/peeragogy-reader.jar org.peeragogy.reader.app.Main --handbook "$OUT/input/handbook" \
    --data-dir "$OUT/seed" search peeragogy > /dev/null
cp "$OUT/seed/reader.db" "$OUT/input/seed.db"

java packaging/MakeIcon.java "$OUT/$NAME.png"

JAVA_OPTIONS=(
  --java-options '-Dhandbook.dir=$APPDIR/handbook'
  --java-options '-Dpeeragogy.seed=$APPDIR/seed.db'
  --java-options '-Dorg.sqlite.lib.path=$APPDIR'
  --java-options '-Dorg.sqlite.lib.name=libsqlitejdbc.so'
  --java-options '-Dorg.sqlite.tmpdir=$APPDIR'
  --java-options '-XX:+UseSerialGC'
  # Memory (decision 0036, docs/performance.md): a small young generation (every byte of it is touched
  # between collections), a heap that starts small and gives back what it does not use after a full
  # collection, a limit with room for the largest chapter shown and a 15,000-note merge (out of memory is
  # said in words; nothing saved is lost), and glibc's free memory handed back to the system every 5 s.
  --java-options '-Xms64m'
  --java-options '-Xmn24m'
  --java-options '-Xmx1g'
  --java-options '-XX:MinHeapFreeRatio=20'
  --java-options '-XX:MaxHeapFreeRatio=40'
  --java-options '-XX:TrimNativeHeapInterval=5000'
  --java-options '-Xss1m'
  --java-options '-XX:TieredStopAtLevel=1'
  --java-options '-XX:-UsePerfData'
  --java-options '-XX:SharedArchiveFile=$APPDIR/app.jsa'
  --java-options '-Xshare:auto'
)
jpackage --type app-image --name "$NAME" --app-version "$VERSION" --vendor "Peeragogy Reader contributors" \
    --description "Read, annotate and share the Peeragogy Handbook offline" \
    --runtime-image "$OUT/runtime" --module "$MODULE/org.peeragogy.reader.app.Main" --input "$OUT/input" \
    --icon "$OUT/$NAME.png" --dest "$OUT" "${JAVA_OPTIONS[@]}"
APP="$OUT/$NAME"

echo "Training the class-data archive..."
# Every class comes from the runtime's module image (no class path), so the archive records no path
# of this build and stays valid wherever the image is installed, copied or unpacked.
CFG="$APP/lib/app/$NAME.cfg"
sed -i 's/^java-options=-XX:SharedArchiveFile=.*$/java-options=-XX:ArchiveClassesAtExit=$APPDIR\/app.jsa/' "$CFG"
"$APP/bin/$NAME" --data-dir "$OUT/train" --smoke pattern-wrapper > /dev/null 2>&1 || true
sed -i 's/^java-options=-XX:ArchiveClassesAtExit=.*$/java-options=-XX:SharedArchiveFile=$APPDIR\/app.jsa/' "$CFG"
ls "$APP/lib/app/app.jsa" > /dev/null 2>&1 || echo "(no class-data archive was written; the app still starts, more slowly)"

echo "Making the portable archives..."
PORTABLE="$NAME-$VERSION-linux-x64-portable"
python3 packaging/portable.py "$APP" "$OUT/$PORTABLE.tar.gz" "$OUT/$PORTABLE.zip"

if command -v dpkg-deb > /dev/null; then
  echo "Building the .deb..."
  packaging/deb.sh "$APP" "$OUT/$NAME.png" "$VERSION" "$OUT"
fi
echo "Built:"
du -sh "$APP" "$OUT"/*.deb "$OUT"/*.tar.gz "$OUT"/*.zip 2>/dev/null || true
