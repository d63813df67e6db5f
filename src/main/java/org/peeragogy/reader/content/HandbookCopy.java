package org.peeragogy.reader.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.peeragogy.reader.book.Reason;

/**
 * Copies a handbook folder or zip into an install's temporary folder, within {@link HandbookLibrary.Limits}:
 * only the kinds of file a handbook is made of ({@link #wanted}), no entry outside the folder, no link, no two
 * files whose names differ only in case, no more entries, bytes (in all and in one file) or inflation than the
 * limits allow. Every refusal is a {@link HandbookException} naming the source ({@code shown}) and what to do.
 * Counts the bytes that arrive, not those a zip declares. Any one thread (the install's); stops when interrupted.
 */
final class HandbookCopy {
    private static final int MAX_DEPTH = 12;
    /** Inflation is judged only past the first MiB of a file: small files compress far better than bombs do. */
    private static final long RATIO_FLOOR = 1024 * 1024;
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");
    private static final Pattern PROJECT_FILE = Pattern.compile("(?i)(readme|source|license|licence)(\\.[a-z0-9]+)?");

    private final HandbookLibrary.Limits limits;

    HandbookCopy(HandbookLibrary.Limits limits) {
        this.limits = limits;
    }

    void extractZip(Path zip, Path into, String shown, HandbookLibrary.Progress progress) throws IOException,
            HandbookException {
        ZipFile zf;
        try {
            zf = ZipArchives.open(zip);
        } catch (IOException | IllegalArgumentException e) {
            // Commons Compress reports a missing or cut-short central directory as an IOException.
            throw damaged(shown, e);
        }
        try (zf) {
            Map<String, ZipArchiveEntry> files = new LinkedHashMap<>();
            long seen = 0;
            for (ZipArchiveEntry e : Collections.list(zf.getEntries())) {
                if (++seen > limits.maxEntries()) {
                    throw tooMany(shown);
                }
                String name = ZipArchives.rawName(e);
                if (e.isUnixSymlink()) {
                    throw new HandbookException(Reason.of(ContentReason.ADD_SYMBOLIC_LINK, shown, name));
                }
                checkName(name, shown);
                if (!e.isDirectory()) {
                    Optional<String> clean = Paths2.clean(name);
                    if (clean.isPresent() && files.putIfAbsent(clean.get(), e) != null) {
                        throw new HandbookException(Reason.of(ContentReason.ADD_TWO_FILES, shown, clean.get()));
                    }
                }
            }
            String top = Paths2.commonTopFolder(files.keySet());
            Map<String, ZipArchiveEntry> wanted = new LinkedHashMap<>();
            long declared = 0;
            for (Map.Entry<String, ZipArchiveEntry> f : files.entrySet()) {
                if (f.getKey().startsWith("__MACOSX/") || (top != null && !f.getKey().startsWith(top + "/"))) {
                    continue; // macOS's resource forks, and entries outside the archive's one folder
                }
                String path = top == null ? f.getKey() : f.getKey().substring(top.length() + 1);
                if (wanted(path)) {
                    wanted.put(path, f.getValue());
                    declared += Math.max(0, f.getValue().getSize());
                }
            }
            if (declared > limits.maxTotalBytes()) {
                throw tooLarge(shown);
            }
            long total = 0;
            long done = 0;
            progress.update(0, wanted.size());
            for (Map.Entry<String, ZipArchiveEntry> f : wanted.entrySet()) {
                ZipArchiveEntry e = f.getValue();
                long compressed = e.getMethod() == ZipArchiveEntry.STORED ? Long.MAX_VALUE / 2
                        : Math.max(1, e.getCompressedSize());
                try (InputStream in = zf.getInputStream(e)) {
                    total = copy(in, target(into, f.getKey()), total, compressed, f.getKey(), shown);
                } catch (ZipException ex) {
                    throw damaged(shown, ex);
                }
                progress.update(++done, wanted.size());
            }
        } catch (ZipException e) {
            throw damaged(shown, e);
        }
    }

    void copyFolder(Path from, Path into, String shown, HandbookLibrary.Progress progress) throws IOException,
            HandbookException {
        Path source = from.toRealPath();
        List<Path> found = new ArrayList<>();
        long[] seen = {0};
        HandbookException[] stop = {null};
        Files.walkFileTree(source, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(source) && dir.getFileName().toString().startsWith(".")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return count();
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                                && wanted(relative(source, file))) {
                            found.add(file);
                        }
                        return count();
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }

                    private FileVisitResult count() {
                        if (++seen[0] > limits.maxEntries()) {
                            stop[0] = tooMany(shown);
                            return FileVisitResult.TERMINATE;
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        if (stop[0] != null) {
            throw stop[0];
        }
        long total = 0;
        long done = 0;
        progress.update(0, found.size());
        for (Path file : found) {
            String rel = relative(source, file);
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                total = copy(in, target(into, rel), total, Long.MAX_VALUE / 2, rel, shown);
            }
            progress.update(++done, found.size());
        }
    }

    /** Copies one file, counting the bytes that actually arrive; returns the new running total. */
    private long copy(InputStream in, Path target, long totalBefore, long compressed, String name, String shown)
            throws IOException, HandbookException {
        long total = totalBefore;
        long written = 0;
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("stopped");
                }
                written += n;
                total += n;
                if (total > limits.maxTotalBytes()) {
                    throw tooLarge(shown);
                }
                if (written > limits.maxFileBytes()) {
                    throw new HandbookException(Reason.of(ContentReason.ADD_FILE_TOO_LARGE, shown, name,
                            mib(limits.maxFileBytes())));
                }
                if (written > RATIO_FLOOR && written / compressed >= limits.maxRatio()) {
                    throw new HandbookException(Reason.of(ContentReason.ADD_ZIP_BOMB, shown, name, limits.maxRatio()));
                }
                out.write(buf, 0, n);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new HandbookException(Reason.of(ContentReason.ADD_TWO_FILES_CASE, shown, name), e);
        }
        return total;
    }

    private static Path target(Path into, String rel) throws IOException {
        Path target = into.resolve(rel).normalize();
        if (!target.startsWith(into)) {
            throw new ExplainedIOException(Reason.of(ContentReason.FILE_LEAVES_FOLDER, String.valueOf(rel)));
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    /** Refuses names that would land outside the target on any system, before anything is written. */
    private static void checkName(String name, String shown) throws HandbookException {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
                || name.indexOf('\0') >= 0;
        for (String seg : name.split("/")) {
            bad |= seg.equals("..");
        }
        if (bad) {
            throw new HandbookException(Reason.of(ContentReason.ADD_OUTSIDE, shown, name));
        }
    }

    /** The kinds of file a handbook is made of; everything else is left out. */
    static boolean wanted(String path) {
        if (path.startsWith(".") || path.contains("/.") || path.startsWith("__MACOSX/")
                || path.chars().filter(c -> c == '/').count() >= MAX_DEPTH) {
            return false;
        }
        String name = Paths2.fileName(path);
        String lower = name.toLowerCase(Locale.ROOT);
        String ext = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        return ext.equals("md") || IMAGES.contains(ext) || path.equals("index.html") || path.equals("_config.yml")
                || PROJECT_FILE.matcher(name).matches();
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static HandbookException damaged(String shown, Exception e) {
        return new HandbookException(Reason.of(ContentReason.ADD_NOT_A_ZIP, shown), e);
    }

    private HandbookException tooMany(String shown) {
        return new HandbookException(Reason.of(ContentReason.ADD_TOO_MANY_FILES, shown, limits.maxEntries()));
    }

    private HandbookException tooLarge(String shown) {
        return new HandbookException(Reason.of(ContentReason.ADD_TOO_LARGE, shown, mib(limits.maxTotalBytes())));
    }

    private static Reason mib(long bytes) {
        return bytes >= 1024 * 1024 ? Reason.of(ContentReason.MEBIBYTES, bytes / (1024 * 1024))
                : Reason.of(ContentReason.BYTES, bytes);
    }
}
