package org.peeragogy.reader.content;

import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

final class FolderSource implements Source {
    private static final int MAX_DEPTH = 12;
    private final Path root;
    private final List<String> files;
    private final String name;

    FolderSource(Path folder) throws IOException {
        this(folder, null);
    }

    /** {@code name} stands in for the folder's own name (an installed copy keeps the name it came with). */
    FolderSource(Path folder, String name) throws IOException {
        this.root = folder.toRealPath();
        this.name = name;
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            // A link that leads nowhere (or to a file that cannot be reached) is listed too: its chapter is in the
            // contents and opens as a page saying why it cannot be shown, as one deleted while the reader runs,
            // rather than vanishing from the contents with a gap in their numbering (fresh tester 14b).
            files = walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p) && !Files.isDirectory(p))
                    .map(p -> root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                    .filter(p -> !p.startsWith(".") && !p.contains("/."))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public List<String> files() {
        return files;
    }

    @Override
    public boolean exists(String path) {
        return files.contains(path);
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        Optional<String> clean = Paths2.clean(path);
        if (clean.isEmpty() || !files.contains(clean.get())) {
            return Optional.empty();
        }
        Path file = root.resolve(clean.get());
        // A symbolic link inside the folder must not hand out files from elsewhere on the disk.
        if (!file.toRealPath().startsWith(root)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            // Read one byte past the cap: the file may grow while it is read.
            byte[] bytes = in.readNBytes((int) ZipSource.MAX_ENTRY_BYTES + 1);
            if (bytes.length > ZipSource.MAX_ENTRY_BYTES) {
                throw new ExplainedIOException(Reason.of(ContentReason.FILE_TOO_LARGE, clean.get()),
                        Reason.of(ContentReason.FILE_TOO_LARGE_CLAUSE, clean.get()), null);
            }
            return Optional.of(bytes);
        }
    }

    @Override
    public Optional<Head> head(String path, int max) throws IOException {
        Optional<String> clean = Paths2.clean(path);
        if (clean.isEmpty() || !files.contains(clean.get())) {
            return Optional.empty();
        }
        Path file = root.resolve(clean.get());
        if (!file.toRealPath().startsWith(root)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new Head(in.readNBytes(max), Files.size(file)));
        }
    }

    @Override
    public Reason unreadableReason(String path) {
        Optional<String> clean = Paths2.clean(path);
        if (clean.isPresent() && files.contains(clean.get())) {
            try {
                if (!root.resolve(clean.get()).toRealPath().startsWith(root)) {
                    return Reason.of(ContentReason.LINK_OUTSIDE);
                }
            } catch (IOException e) {
                return Reason.of(ContentReason.NO_LONGER_IN, root);
            }
        }
        return Reason.of(ContentReason.NO_LONGER_IN, root);
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public String name() {
        if (this.name != null && !this.name.isBlank()) {
            return this.name;
        }
        Path name = root.getFileName();
        return name == null ? "handbook" : name.toString();
    }
}
