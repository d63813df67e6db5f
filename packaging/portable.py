#!/usr/bin/env python3
"""Writes the portable archives of an app image: APP_DIR -> TAR_GZ and ZIP.

Usage: portable.py APP_DIR TAR_GZ ZIP

Both hold the image under its own folder name with two additions at its top: a file named `portable`
(the reader then keeps its data in the `data` folder beside it, see app/Portable.java) and that empty
`data` folder. File modes are kept (the launcher and the runtime's programs stay executable when the
zip is unpacked with `unzip`); owners are root, times are the image's own. The runtime's legal notices
are symbolic links (lib/runtime/legal/<module>/LICENSE -> ../java.base/LICENSE): the tar keeps them as links,
the zip, which many unzip programs cannot make links from, holds a copy of each file linked to, so that both
carry the same legal files (fresh tester t17a's F6: the zip had none of them).
"""
import os, stat, sys, tarfile, time, zipfile

app, tar_path, zip_path = sys.argv[1:4]
top = os.path.basename(os.path.normpath(app))
MARKER = (b"This file makes Peeragogy Reader portable: it keeps your notes, place and settings in the\n"
          b"'data' folder beside this file instead of your user folder. Delete it to use your user folder.\n")

def walk():
    """(archive name, path or None, is_dir) in a stable order; None marks the added entries."""
    yield top, app, True
    for root, dirs, files in os.walk(app):
        dirs.sort()
        for d in dirs:
            p = os.path.join(root, d)
            yield os.path.join(top, os.path.relpath(p, app)), p, True
        for f in sorted(files):
            p = os.path.join(root, f)
            yield os.path.join(top, os.path.relpath(p, app)), p, False

now = time.time()
with tarfile.open(tar_path, "w:gz") as tar:
    def owned(info):
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info
    for name, path, is_dir in walk():
        tar.add(path, arcname=name, recursive=False, filter=owned)
    info = owned(tarfile.TarInfo(f"{top}/portable"))
    info.size, info.mode, info.mtime = len(MARKER), 0o644, now
    import io
    tar.addfile(info, io.BytesIO(MARKER))
    info = owned(tarfile.TarInfo(f"{top}/data"))
    info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, now
    tar.addfile(info)

with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, path, is_dir in walk():
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode):
            if os.path.isdir(path):
                sys.exit(f"portable.py: {path} links to a folder; the zip cannot hold it as the tar does")
            st = os.stat(path)  # the file linked to, under the link's name
        info = zipfile.ZipInfo.from_file(path, name)
        info.create_system = 3  # Unix, so that unzip applies the modes
        info.external_attr = (st.st_mode & 0xFFFF) << 16 | (0x10 if is_dir else 0)
        if is_dir:
            z.writestr(info, b"")
        else:
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(path, "rb") as f:
                z.writestr(info, f.read())
    marker = zipfile.ZipInfo(f"{top}/portable", time.localtime(now)[:6])
    marker.create_system, marker.external_attr = 3, (stat.S_IFREG | 0o644) << 16
    z.writestr(marker, MARKER, zipfile.ZIP_DEFLATED)
    data = zipfile.ZipInfo(f"{top}/data/", time.localtime(now)[:6])
    data.create_system, data.external_attr = 3, (stat.S_IFDIR | 0o755) << 16 | 0x10
    z.writestr(data, b"")
