package org.peeragogy.reader.content;

import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** A zip of the handbook tree, possibly wrapped in one top folder as GitHub archives are. */
final class ZipSource implements Source {
    static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;

    private final Path zipPath;
    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries;

    ZipSource(Path zipPath) throws IOException {
        this.zipPath = zipPath;
        this.zip = ZipArchives.open(zipPath);
        try {
            this.entries = index(zip);
        } catch (RuntimeException e) {
            zip.close();
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Map<String, ZipArchiveEntry> index(ZipFile zip) {
        Map<String, ZipArchiveEntry> raw = new LinkedHashMap<>();
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            String name = ZipArchives.rawName(e);
            if (e.isDirectory() || e.isUnixSymlink() || !safeName(name)) {
                continue;
            }
            Paths2.clean(name).ifPresent(clean -> raw.putIfAbsent(clean, e));
        }
        String top = Paths2.commonTopFolder(raw.keySet());
        List<String> names = new ArrayList<>(raw.keySet());
        Collections.sort(names);
        Map<String, ZipArchiveEntry> out = new LinkedHashMap<>();
        for (String name : names) {
            if (name.startsWith("__MACOSX/") || (top != null && !name.startsWith(top + "/"))) {
                continue; // macOS's resource forks, and entries outside the archive's one folder
            }
            String stripped = top == null ? name : name.substring(top.length() + 1);
            if (!stripped.startsWith(".") && !stripped.contains("/.")) {
                out.putIfAbsent(stripped, raw.get(name));
            }
        }
        return out;
    }

    private static boolean safeName(String name) {
        if (name.startsWith("/") || name.indexOf('\\') >= 0 || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String seg : name.split("/")) {
            if (seg.equals("..")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<String> files() {
        return List.copyOf(entries.keySet());
    }

    @Override
    public boolean exists(String path) {
        return entries.containsKey(path);
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        ZipArchiveEntry entry = entries.get(path);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.getSize() > MAX_ENTRY_BYTES) {
            throw tooLarge(path);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            // The declared size can lie; read one byte past the cap to notice.
            byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
            if (bytes.length > MAX_ENTRY_BYTES) {
                throw tooLarge(path);
            }
            // The archive's directory was read when it was opened; if the file was replaced or damaged
            // since, the same offsets give other bytes. The entry's CRC-32 tells (found by a tester: a zip
            // replaced in place while open showed garbage as the chapter).
            if (entry.getCrc() >= 0) {
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes);
                if (crc.getValue() != entry.getCrc()) {
                    throw new ExplainedIOException(Reason.of(ContentReason.ARCHIVE_CHANGED, path,
                            String.valueOf(zipPath.getFileName())));
                }
            }
            return Optional.of(bytes);
        }
    }

    /** The declared size may lie; serving reads the real bytes and checks them again. */
    @Override
    public Optional<Head> head(String path, int max) throws IOException {
        ZipArchiveEntry entry = entries.get(path);
        if (entry == null || entry.getSize() < 0) {
            return entry == null ? Optional.empty() : Source.super.head(path, max);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Optional.of(new Head(in.readNBytes(max), entry.getSize()));
        }
    }

    private IOException tooLarge(String path) {
        return new ExplainedIOException(Reason.of(ContentReason.ARCHIVE_FILE_TOO_LARGE, path,
                String.valueOf(zipPath.getFileName())));
    }

    @Override
    public String location() {
        return zipPath.toString();
    }

    @Override
    public String name() {
        String name = zipPath.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
