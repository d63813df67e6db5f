package org.peeragogy.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every view-model of {@code ui} says in its class comment on which threads it runs, and every
 * public method of one that declares an exception says when it is thrown ({@code @throws}): issue 10, the
 * same rule {@link StoreDocsTest} holds for {@code store}. Read from the source, as Javadoc is not in the
 * bytecode.
 */
class ViewModelDocsTest {
    private static final Path UI = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("src/main/java/org/peeragogy/reader/ui");

    private static List<Path> viewModels() throws IOException {
        try (Stream<Path> files = Files.list(UI)) {
            return files.filter(p -> p.getFileName().toString().endsWith("ViewModel.java")).sorted().toList();
        }
    }

    /** The Javadoc right above the file's top-level class, "" when there is none. */
    static String classComment(String source) {
        int type = source.indexOf("\nclass ");
        for (String start : List.of("\npublic final class ", "\nfinal class ", "\npublic class ")) {
            int at = source.indexOf(start);
            if (at >= 0 && (type < 0 || at < type)) {
                type = at;
            }
        }
        int end = source.lastIndexOf("*/", type);
        int begin = end < 0 ? -1 : source.lastIndexOf("/**", end);
        return begin < 0 || source.substring(end, type).strip().length() > 2 ? "" : source.substring(begin, end);
    }

    @Test
    void everyViewModelNamesItsThreads() throws IOException {
        List<String> silent = new ArrayList<>();
        List<Path> all = viewModels();
        for (Path f : all) {
            if (!classComment(Files.readString(f, StandardCharsets.UTF_8)).toLowerCase(java.util.Locale.ROOT)
                    .contains("thread")) {
                silent.add(f.getFileName().toString());
            }
        }
        assertTrue(all.size() > 20, "view-models found: " + all.size());
        assertEquals(List.of(), silent, "say in the class comment on which thread its methods run");
    }

    @Test
    void everyPublicMethodThatThrowsSaysWhen() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path f : viewModels()) {
            for (StoreDocsTest.Declaration d : StoreDocsTest.publicMethods(f)) {
                StoreDocsTest.missing(d).stream().filter(m -> m.startsWith("no @throws"))
                        .forEach(m -> problems.add(d.where() + " " + m));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theClassCommentIsTheOneRightAboveTheClass() {
        assertEquals("/** Runs. Threads: FX. ", classComment("package a;\n/** Runs. Threads: FX. */\npublic final class A {}"));
        assertEquals("", classComment("package a;\n/** A note. */\nimport b;\n\nfinal class A {}"));
    }
}
