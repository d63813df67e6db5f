package org.peeragogy.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The one place tests find handbooks (issue 10).
 *
 * <ul>
 * <li>{@link #fixture()}: the fixture handbook, {@code src/test/resources/fixtures/handbook}, a few short
 * chapters written for the tests (never the real handbook's text). Unit tests use it. What it holds, which the
 * tests rely on (and {@code FixtureHandbookTest} checks):
 * <ul>
 * <li>{@code README.md} lists, in reading order, {@code welcome} (front matter title "Welcome to the circle",
 * first heading "Welcome"; links to {@code gardens}, {@code meetings#taking-turns}, {@code open-questions} and
 * one external link), {@code gardens} (titled by its first heading; an image, two footnotes, a link from a
 * footnote), {@code meetings} (front matter title; a table, an image, links) and {@code open-questions} (only a
 * heading): the part "Chapters".</li>
 * <li>{@code field-trips} is not listed, so it is the one chapter of the part "More chapters".</li>
 * <li>{@code images/seedling.png} (4 × 6) and {@code images/room.png} (8 × 5): small valid PNGs.</li>
 * <li>The book is titled "The Study Circle Handbook" (identity {@link #FIXTURE_IDENTITY}); nothing in it is
 * broken or missing, so {@code check} reports no problems.</li>
 * </ul></li>
 * <li>{@link #fixture(String)}: the other small fixture folders beside it ({@code emoji}, {@code hostile},
 * {@code marks}).</li>
 * <li>{@link #real()}: the real Peeragogy Handbook, only for tests about the real handbook (every real chapter,
 * our manifest for it, editions of it, the window over it) and for benchmarks. Maven passes
 * {@code handbook.dir} (default {@code ../shared/handbook}); when the folder is absent the calling test is
 * skipped with a message saying where it looked. A class that opens it in {@code @BeforeAll} carries
 * {@link NeedsRealHandbook}, so that its tests are counted as skipped.</li>
 * </ul>
 *
 * <p>Paths are absolute; the folders are read in place, so a test that changes a handbook copies it into its
 * own {@code @TempDir} first.
 */
public final class TestHandbooks {
    /** The fixture handbook's book identity (from its README's title). */
    public static final String FIXTURE_IDENTITY = "handbook-the-study-circle-handbook";

    private TestHandbooks() {
    }

    /** The fixture handbook's folder (see the class comment for what is in it). */
    public static Path fixture() {
        return fixture("handbook");
    }

    /** A fixture folder under {@code src/test/resources/fixtures}: "handbook", "emoji", "hostile", "marks". */
    public static Path fixture(String name) {
        Path p = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
                .resolve("src/test/resources/fixtures").resolve(name).normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("No test fixture at " + p + "; run the tests from the project folder");
        }
        return p;
    }

    /**
     * The real handbook's folder; skips the calling test or test class (a JUnit assumption) when it is not
     * there. Outside JUnit (a benchmark's {@code main}) the same exception ends the run with that message.
     */
    public static Path real() {
        Path p = realLocation();
        Assumptions.assumeTrue(Files.isDirectory(p), () -> "The real handbook is not at " + p
                + ", so this test about it is skipped; put the handbook there or run Maven with -Dhandbook.dir=PATH");
        return p;
    }

    /** Whether the real handbook is there ({@link NeedsRealHandbook}'s condition). */
    public static boolean realIsThere() {
        return Files.isDirectory(realLocation());
    }

    /**
     * Where the real handbook is expected, whether or not it is there: the system property
     * {@code handbook.dir}, else {@code ../shared/handbook}. The shared test data beside it
     * ({@code xss-corpus}, {@code w3c-annotation-tests}) is found from here.
     */
    public static Path realLocation() {
        return Path.of(System.getProperty("handbook.dir", "../shared/handbook")).toAbsolutePath().normalize();
    }

    /**
     * The real handbook's chapter files by name, sorted: every {@code .md} file but SOURCE.md, README.md and
     * LICENSE*, counted independently of the code under test. Skips as {@link #real()} does.
     */
    public static List<String> realChapterFiles() {
        try (Stream<Path> walk = Files.walk(real())) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("SOURCE.md") && !n.equals("README.md")
                            && !n.startsWith("LICENSE"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
