package org.peeragogy.reader.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds the archives the install tests need, at run time, with java.util.zip. */
final class PackZips {
    private PackZips() {
    }

    /** Zips every file under {@code folder}, under {@code top/} unless {@code top} is empty. */
    static Path zipFolder(Path folder, Path zip, String top) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                z.putNextEntry(new ZipEntry(top.isEmpty() ? rel : top + "/" + rel));
                Files.copy(p, z);
                z.closeEntry();
            }
        }
        return zip;
    }

    /** A zip of the given names and texts, in order. */
    static Path zipOf(Path zip, Map<String, String> entries) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    /** Changes the central directory record of {@code name} in place (offsets as in APPNOTE 4.3.12). */
    static void patchCentralRecord(Path zip, String name, Consumer<ByteBuffer> atRecord) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        boolean found = false;
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                int n = Short.toUnsignedInt(b.getShort(i + 28));
                if (new String(bytes, i + 46, n, StandardCharsets.UTF_8).equals(name)) {
                    atRecord.accept(b.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(i).slice()
                            .order(ByteOrder.LITTLE_ENDIAN));
                    found = true;
                }
            }
        }
        if (!found) {
            throw new IllegalStateException("no central record for " + name);
        }
        Files.write(zip, bytes);
    }

    /** Marks an entry as a Unix symbolic link: made by Unix (3), mode 0120777 in the external attributes. */
    static void makeSymlink(Path zip, String name) throws IOException {
        patchCentralRecord(zip, name, r -> {
            r.putShort(4, (short) ((3 << 8) | 30));
            r.putInt(38, 0120777 << 16);
        });
    }

    /** Every file under {@code dir} with a digest of its bytes, to compare before and after. */
    static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                String rel = dir.relativize(p).toString();
                out.put(rel, Files.isDirectory(p) ? "dir" : HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}
