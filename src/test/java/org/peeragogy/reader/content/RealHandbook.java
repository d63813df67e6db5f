package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the tests find the real handbook (surefire passes handbook.dir). */
final class RealHandbook {
    private RealHandbook() {
    }

    static Path dir() {
        return Path.of(System.getProperty("handbook.dir", "../shared/handbook")).toAbsolutePath().normalize();
    }

    /** Chapter files as the brief defines them, counted independently of the code under test. */
    static List<String> chapterFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(dir())) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("SOURCE.md") && !n.equals("README.md")
                            && !n.startsWith("LICENSE"))
                    .sorted()
                    .toList();
        }
    }

    static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name).toAbsolutePath();
    }
}
