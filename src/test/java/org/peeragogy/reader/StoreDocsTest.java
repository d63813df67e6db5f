package org.peeragogy.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the {@code store} package says in its Javadoc which thread may call
 * it and, for each exception it declares, when it is thrown ({@code @throws}): issue 10. The rule for threads
 * is in the package's comment (package-info.java). Read from the source, because Javadoc is not in the
 * bytecode.
 */
class StoreDocsTest {
    private static final Path STORE = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("src/main/java/org/peeragogy/reader/store");
    private static final Pattern TYPE = Pattern.compile("public\\s+(?:static\\s+|final\\s+|sealed\\s+|abstract\\s+)*"
            + "(?:record|class|enum|interface|@interface)\\s");
    private static final Pattern THROWS = Pattern.compile("\\)\\s*throws\\s+([\\w.,\\s]+?)\\s*\\{");

    /** A public method or constructor: where it is, its declaration up to the body, and the Javadoc above it. */
    record Declaration(String where, String declaration, String doc) {
    }

    static List<Declaration> publicMethods(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Declaration> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("public ") || !line.contains("(") || TYPE.matcher(line).lookingAt()) {
                continue;
            }
            StringBuilder declaration = new StringBuilder();
            for (int j = i; j < lines.size(); j++) {
                declaration.append(lines.get(j).strip()).append(' ');
                if (lines.get(j).contains("{") || lines.get(j).contains(";")) {
                    break;
                }
            }
            int above = i - 1;
            while (above >= 0 && lines.get(above).strip().startsWith("@")) {
                above--;
            }
            StringBuilder doc = new StringBuilder();
            if (above >= 0 && lines.get(above).strip().endsWith("*/")) {
                int start = above;
                while (start > 0 && !lines.get(start).strip().startsWith("/**")) {
                    start--;
                }
                for (int k = start; k <= above; k++) {
                    doc.append(lines.get(k).strip()).append('\n');
                }
            }
            out.add(new Declaration(file.getFileName() + ":" + (i + 1), declaration.toString(), doc.toString()));
        }
        return out;
    }

    /** What is missing from one declaration's Javadoc; empty when nothing is. */
    static List<String> missing(Declaration d) {
        List<String> out = new ArrayList<>();
        if (d.doc().isEmpty()) {
            out.add("no Javadoc");
            return out;
        }
        if (!d.doc().toLowerCase(Locale.ROOT).contains("thread")) {
            out.add("no thread named");
        }
        Matcher m = THROWS.matcher(d.declaration());
        if (m.find()) {
            for (String thrown : m.group(1).split(",")) {
                String name = thrown.strip().substring(thrown.strip().lastIndexOf('.') + 1);
                if (!d.doc().contains("@throws " + name)) {
                    out.add("no @throws " + name);
                }
            }
        }
        return out;
    }

    @Test
    void everyPublicMethodOfStoreNamesItsThreadsAndWhatItThrows() throws IOException {
        List<String> problems = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.list(STORE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                for (Declaration d : publicMethods(f)) {
                    seen++;
                    List<String> missing = missing(d);
                    if (!missing.isEmpty()) {
                        problems.add(d.where() + " " + missing + ": " + d.declaration().strip());
                    }
                }
            }
        }
        assertTrue(seen > 60, "public methods found: " + seen);
        assertEquals(List.of(), problems, "say which thread may call it and when it throws (see store/package-info.java)");
    }

    @Test
    void theReadingOfDeclarationsFindsWhatIsMissing(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("Example.java"), """
                public final class Example {
                    /** Reads. Threads: any. @throws StoreException when it cannot */
                    public int good() throws StoreException {
                        return 1;
                    }

                    /** Reads, without saying where. */
                    @Deprecated
                    public int noThread()
                            throws StoreException, java.io.IOException {
                        return 2;
                    }

                    public Example() {
                    }

                    public record Value(int x) {
                    }
                }
                """);
        List<Declaration> found = publicMethods(f);
        assertEquals(List.of("Example.java:3", "Example.java:9", "Example.java:14"),
                found.stream().map(Declaration::where).toList());
        assertEquals(List.of(), missing(found.get(0)));
        assertEquals(List.of("no thread named", "no @throws StoreException", "no @throws IOException"),
                missing(found.get(1)));
        assertEquals(List.of("no Javadoc"), missing(found.get(2)));
    }
}
