package org.peeragogy.reader.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Our own content packaged as resources; a jar cannot be listed, so the caller names the files. */
final class ClasspathSource implements Source {
    private final String base;
    private final List<String> files;
    private final String location;

    ClasspathSource(String base, List<String> files, String location) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.files = files.stream().sorted().toList();
        this.location = location;
    }

    static Optional<byte[]> readResource(String name) throws IOException {
        try (InputStream in = ClasspathSource.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    @Override
    public List<String> files() {
        return files;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        Optional<String> clean = Paths2.clean(path);
        if (clean.isEmpty() || !files.contains(clean.get())) {
            return Optional.empty();
        }
        return readResource(base + clean.get());
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public String name() {
        return "guide";
    }
}
