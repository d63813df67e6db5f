#!/usr/bin/env bash
# Builds the packaged Peeragogy Reader into target/package/ (docs/packaging.md says what is inside):
#   peeragogy-reader/                      the app image; launcher: peeragogy-reader/bin/peeragogy-reader
#   peeragogy-reader_VERSION-1_amd64.deb   installs it under /usr/lib/peeragogy-reader (when dpkg-deb is there)
#   peeragogy-reader-VERSION-linux-x64-portable.tar.gz / .zip   the image with a 'portable' marker and an
#                                          empty data/ folder: runs from a USB stick, notes kept on it
# Usage: packaging/build.sh [HANDBOOK_DIR]   (default ../shared/handbook)
# Needs a display for the class-data training run (xvfb-run packaging/build.sh on a server).
# The runtime is linked from PACKAGE_JDK (a JDK's home) if set, else from a JDK of release 25 under
# /usr/lib/jvm, else from the JDK on the PATH (decision 0081): the reader's classes are Java 17
# either way; a JDK 25 runtime starts the window from an AOT cache (JEP 483) instead of a class-data archive.
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

# The JDK whose jlink, jpackage and java make the runtime (decision 0081).
release_of() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }
if [ -z "${PACKAGE_JDK:-}" ]; then
  for home in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V); do
    release=$(release_of "$home")
    if [ "$release" = 25 ] && [ -x "$home/bin/jlink" ] && [ -x "$home/bin/jpackage" ]; then
      PACKAGE_JDK=${home%/}
    fi
  done
fi
PACKAGE_JDK=${PACKAGE_JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}
RUNTIME_RELEASE=$(release_of "$PACKAGE_JDK")
echo "Linking the runtime from $PACKAGE_JDK (Java $RUNTIME_RELEASE)"
if [ "$RUNTIME_RELEASE" -ge 25 ]; then
  COMPRESS=zip-6
  BASE_ARCHIVE=() # the AOT cache holds the JDK's classes too: the runtime's own archives would go unused
  # JavaFX and SQLite load native libraries and JavaFX's Marlin uses sun.misc.Unsafe: allowed by name, so
  # that a start prints nothing (JEP 472, JEP 498). The AOT cache records these options: trained with them.
  RUNTIME_OPTIONS=(--java-options '--enable-native-access=javafx.graphics,javafx.web,org.peeragogy.reader'
                   --java-options '--sun-misc-unsafe-memory-access=allow'
                   --java-options '-XX:AOTCache=$APPDIR/app.aot')
else
  COMPRESS=2
  BASE_ARCHIVE=(--generate-cds-archive)
  RUNTIME_OPTIONS=(--java-options '-XX:SharedArchiveFile=$APPDIR/app.jsa' --java-options '-Xshare:auto')
fi

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
"$PACKAGE_JDK/bin/jlink" --module-path "$FX$OUT/module/$MODULE.jar" --add-modules "$MODULE,$JDK_MODULES" \
    --include-locales=en,es,fr,de,pt,it --strip-debug --no-header-files --no-man-pages --compress=$COMPRESS \
    --exclude-resources='glob:/javafx.*/*.so' --exclude-files='glob:/**/lib/ct.sym' "${BASE_ARCHIVE[@]}" \
    --output "$OUT/runtime"
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
  # Memory (decisions 0036 and 0087, docs/performance.md): a small young generation (every byte of it is
  # touched between collections: 8 MiB keeps 16-19 MiB less resident than 24 with the first chapter shown, for
  # about 15 young collections in a start instead of 5, none of them full), a heap that starts small and gives back what it does not use after a full
  # collection, a limit with room for the largest chapter shown and a 15,000-note merge (out of memory is
  # said in words; nothing saved is lost), and glibc's free memory handed back to the system every 5 s.
  --java-options '-Xms64m'
  --java-options '-Xmn8m'
  --java-options '-Xmx1g'
  --java-options '-XX:MinHeapFreeRatio=20'
  --java-options '-XX:MaxHeapFreeRatio=40'
  --java-options '-XX:TrimNativeHeapInterval=5000'
  --java-options '-Xss1m'
  --java-options '-XX:TieredStopAtLevel=1'
  --java-options '-XX:-UsePerfData'
  # JavaFX's pulse timer replaced by one that stops while nothing animates (ui.PulseTimerSwap, decision 0095):
  # the toolkit and glass's Timer exported to the reader, and the private field of the timer open to it.
  --java-options '--add-exports=javafx.graphics/com.sun.javafx.tk=org.peeragogy.reader'
  --java-options '--add-exports=javafx.graphics/com.sun.glass.ui=org.peeragogy.reader'
  --java-options '--add-opens=javafx.graphics/com.sun.javafx.tk.quantum=org.peeragogy.reader'
  "${RUNTIME_OPTIONS[@]}"
)
"$PACKAGE_JDK/bin/jpackage" --type app-image --name "$NAME" --app-version "$VERSION" --vendor "Peeragogy Reader contributors" \
    --description "Read, annotate and share the Peeragogy Handbook offline" \
    --runtime-image "$OUT/runtime" --module "$MODULE/org.peeragogy.reader.app.Main" --input "$OUT/input" \
    --icon "$OUT/$NAME.png" --dest "$OUT" "${JAVA_OPTIONS[@]}"
APP="$OUT/$NAME"

# bin/peeragogy-reader is a script that starts the runtime's java with the options jpackage wrote for its
# launcher; the native launcher is removed (decision 0084): GTK reads GDK_GL, and Java its character set, only
# from the environment a process starts with, and jpackage's Linux launcher runs `sh -c "dpkg -S '<its own path>'"`
# at every start, so a folder named with a quote ran commands (fresh tester t17a's M7).
CFG_JPACKAGE="$APP/lib/app/$NAME.cfg"
# The template packaging/launcher.sh with jpackage's options, each as one quoted argument ($APPDIR is $app there).
sed -n 's/^java-options=//p' "$CFG_JPACKAGE" | sed 's/\$APPDIR/$app/g; s/.*/    "&" \\/' > "$OUT/launcher-options"
MAIN_MODULE=$(sed -n 's/^app.mainmodule=//p' "$CFG_JPACKAGE")
awk -v options="$OUT/launcher-options" -v main="$MAIN_MODULE" '
  $0 == "@OPTIONS@" { while ((getline line < options) > 0) print line; next }
  { sub(/@MAIN_MODULE@/, main); print }' packaging/launcher.sh > "$APP/bin/$NAME.new"
rm -f "$APP/bin/$NAME" "$APP/lib/libapplauncher.so" "$CFG_JPACKAGE"
mv "$APP/bin/$NAME.new" "$APP/bin/$NAME"; rm -f "$OUT/launcher-options"
chmod 755 "$APP/bin/$NAME"

echo "Training the class-data archive (AOT cache)..."
# Every class comes from the runtime's module image (no class path), so the archive records no path
# of this build and stays valid wherever the image is installed, copied or unpacked. The training run is
# a start to the first chapter (--smoke): what it loads and links is what a start needs.
LAUNCHER="$APP/bin/$NAME"
if [ "$RUNTIME_RELEASE" -ge 25 ]; then
  ARCHIVE=app.aot USE='-XX:AOTCache=' TRAIN='-XX:AOTCacheOutput='
else
  ARCHIVE=app.jsa USE='-XX:SharedArchiveFile=' TRAIN='-XX:ArchiveClassesAtExit='
fi
sed -i "s/$USE/$TRAIN/" "$LAUNCHER"
"$APP/bin/$NAME" --data-dir "$OUT/train" --smoke pattern-wrapper > /dev/null 2>&1 || true
sed -i "s/$TRAIN/$USE/" "$LAUNCHER"
ls "$APP/lib/app/$ARCHIVE" > /dev/null 2>&1 || echo "(no $ARCHIVE was written; the app still starts, more slowly)"

echo "Making the portable archives..."
PORTABLE="$NAME-$VERSION-linux-x64-portable"
python3 packaging/portable.py "$APP" "$OUT/$PORTABLE.tar.gz" "$OUT/$PORTABLE.zip"

if command -v dpkg-deb > /dev/null; then
  echo "Building the .deb..."
  packaging/deb.sh "$APP" "$OUT/$NAME.png" "$VERSION" "$OUT"
fi
echo "Built:"
du -sh "$APP" "$OUT"/*.deb "$OUT"/*.tar.gz "$OUT"/*.zip 2>/dev/null || true
