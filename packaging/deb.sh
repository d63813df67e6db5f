#!/usr/bin/env bash
# Builds the .deb from the app image, the Debian way (docs/decisions/0019): the image under
# /usr/lib/peeragogy-reader, the command in /usr/bin, and the desktop entry, icon and file type as
# plain files under /usr/share (applications, icons/hicolor, mime/packages). No maintainer scripts:
# dpkg's file triggers (desktop-file-utils, shared-mime-info, the icon theme) refresh the menus, the
# file-type database and the icon cache, and do nothing on a system without them (a container).
# Usage: packaging/deb.sh APP_IMAGE ICON_PNG VERSION OUT_DIR
set -euo pipefail
APP=$1; ICON=$2; VERSION=$3; OUT=$4
NAME=peeragogy-reader
ARCH=$(dpkg --print-architecture)
ROOT="$OUT/deb-root"
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/usr/lib" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
    "$ROOT/usr/share/icons/hicolor/256x256/apps" "$ROOT/usr/share/mime/packages" \
    "$ROOT/usr/share/doc/$NAME" "$ROOT/usr/share/lintian/overrides"
cp -a "$APP" "$ROOT/usr/lib/$NAME"
ln -s "../lib/$NAME/bin/$NAME" "$ROOT/usr/bin/$NAME"
install -m 644 "$ICON" "$ROOT/usr/share/icons/hicolor/256x256/apps/$NAME.png"

cat > "$ROOT/usr/share/applications/$NAME.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Peeragogy Reader
GenericName=Handbook reader
Comment=Read, annotate and share the Peeragogy Handbook offline
Exec=$NAME %F
Icon=$NAME
Terminal=false
Categories=Education;Literature;
MimeType=application/x-peeragogy-notes;
Keywords=peeragogy;handbook;notes;highlights;
DESKTOP

cat > "$ROOT/usr/share/mime/packages/$NAME.xml" <<'MIME'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-peeragogy-notes">
    <comment>Peeragogy Reader notes</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <glob pattern="*.peeranotes"/>
  </mime-type>
</mime-info>
MIME

cat > "$ROOT/usr/share/doc/$NAME/copyright" <<'COPYRIGHT'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: peeragogy-reader
Comment: The package bundles a Java runtime (OpenJDK, GPL-2 with the Classpath exception), OpenJFX
 (GPL-2 with the Classpath exception), flexmark-java (BSD-2-clause), jsoup (MIT), Apache Commons
 Compress, IO, Lang and Codec (Apache-2.0), sqlite-jdbc (Apache-2.0; SQLite is in the public domain)
 and the Peeragogy Handbook (public domain, see lib/app/handbook/LICENSE).

Files: *
Copyright: Peeragogy Reader contributors
License: unspecified
 The project's repository does not name a licence for the reader's own code yet. The handbook is in
 the public domain (usr/lib/peeragogy-reader/lib/app/handbook/LICENSE); the runtime's licences are in
 /usr/lib/peeragogy-reader/lib/runtime/legal/.
COPYRIGHT

printf '%s (%s-1) unstable; urgency=medium\n\n  * Package built from the project repository (see CHANGELOG.md there).\n\n -- Peeragogy Reader contributors <reader@peeragogy.org>  %s\n' \
    "$NAME" "$VERSION" "$(date -R -u -d @"${SOURCE_DATE_EPOCH:-$(date +%s)}")" \
    | gzip -9n > "$ROOT/usr/share/doc/$NAME/changelog.Debian.gz"

# What lintian cannot know about a bundled runtime, each with its reason.
cat > "$ROOT/usr/share/lintian/overrides/$NAME" <<'OVERRIDES'
# The app ships its own Java runtime, JavaFX and SQLite build (a self-contained app image, so that it
# installs offline on any release): their libraries are not Debian's.
peeragogy-reader: embedded-library *
peeragogy-reader: shared-library-lacks-prerequisites *
peeragogy-reader: custom-library-search-path *
peeragogy-reader: unstripped-binary-or-object *
peeragogy-reader: hardening-no-relro *
peeragogy-reader: shared-library-lacks-version *
peeragogy-reader: exit-in-shared-library *
# The handbook's index.html is read as data (its reading order); the reader never shows it and blocks
# every remote reference in what it shows (docs/decisions/0012), so its analytics and fonts never load.
peeragogy-reader: privacy-breach-google-adsense *
peeragogy-reader: privacy-breach-generic *
# The handbook is read by the app, not documentation for the user.
peeragogy-reader: package-contains-documentation-outside-usr-share-doc *
peeragogy-reader: extra-license-file *
OVERRIDES

# Debian's modes: folders and programs 0755, everything else (shared libraries too) 0644.
find "$ROOT" -type d -exec chmod 755 {} +
find "$ROOT/usr" -type f \( -perm /111 ! -name '*.so' \) -exec chmod 755 {} +
find "$ROOT/usr" -type f \( ! -perm /111 -o -name '*.so' \) -exec chmod 644 {} +
INSTALLED=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
# fonts-dejavu-core: the facilitator's PDF digest embeds DejaVu Sans from /usr/share/fonts/truetype/dejavu
# (digest.DigestPdf, decision 0029), so Greek, Cyrillic and the other scripts it covers show; without it a PDF
# shows Latin-1 only and "#" for the rest.
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $VERSION-1
Architecture: $ARCH
Maintainer: Peeragogy Reader contributors <reader@peeragogy.org>
Installed-Size: $INSTALLED
Depends: libc6, libgcc-s1, libstdc++6, zlib1g, libgtk-3-0, libxtst6, libgl1, libfreetype6, libfontconfig1, libasound2, fonts-dejavu-core
Section: education
Priority: optional
Homepage: https://peeragogy.org
Description: reader for the Peeragogy Handbook, with notes, offline
 A desktop reader for the Peeragogy Handbook, a public-domain guide to
 self-organised peer learning, with the handbook inside. Highlight and
 annotate, search the book and your notes, and share notes as files, all
 without a network connection.
CONTROL
(cd "$ROOT" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$ROOT/DEBIAN/md5sums"
chmod 644 "$ROOT/DEBIAN/control" "$ROOT/DEBIAN/md5sums"
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$OUT/${NAME}_$VERSION-1_$ARCH.deb" > /dev/null
rm -rf "$ROOT"
