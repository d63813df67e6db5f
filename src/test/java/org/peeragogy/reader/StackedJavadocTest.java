package org.peeragogy.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Javadoc block follows another with nothing between them: javadoc keeps only the second, so the first
 * is lost (issue 10 found two in Database; a fresh tester found three more elsewhere).
 */
class StackedJavadocTest {
    private static final Path MAIN = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("src/main/java");

    @Test
    void noJavadocBlockIsFollowedDirectlyByAnother() throws IOException {
        List<String> stacked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 1; i < lines.size(); i++) {
                    if (lines.get(i).strip().startsWith("/**") && lines.get(i - 1).strip().endsWith("*/")) {
                        stacked.add(MAIN.relativize(f) + ":" + (i + 1));
                    }
                }
            }
        }
        assertEquals(List.of(), stacked, "merge the two blocks into one");
    }
}
