package org.peeragogy.reader.content;

import java.io.IOException;
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
            files = walk.filter(Files::isRegularFile)
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
        return Optional.of(Files.readAllBytes(file));
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
