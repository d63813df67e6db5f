package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;

/** The manifest's "absent" rows excuse only what they name, and only in the folder the manifest describes. */
class KnownAbsentTest {

    private static void write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Manifest bundled() throws IOException {
        return Manifest.parse(ClasspathSource.readResource("peeragogy-content/reading-order.tsv").orElseThrow());
    }

    /** A stand-in for the handbook: every chapter the manifest lists, each a one-line stub. */
    private static void stubHandbook(Path dir) throws IOException {
        for (Manifest.Entry e : bundled().chapters()) {
            write(dir, e.id() + ".md", "# Stub " + e.id() + "\n\nText.\n");
        }
    }

    private static List<Problem> of(CheckReport report, Problem.Kind kind) {
        return report.problems().stream().filter(p -> p.kind() == kind).toList();
    }

    @Test
    void theManifestDeclaresTheNineUpstreamGaps() throws IOException {
        List<Manifest.Absent> absent = bundled().absent();
        assertEquals(2, absent.size());
        assertTrue(absent.stream().allMatch(a -> !a.reason().isBlank()));
    }

    @Test
    void anUndeclaredMissingImageStillCounts(@TempDir Path dir) throws Exception {
        stubHandbook(dir);
        write(dir, "creating_a_guide.md", "# Creating a guide\n\n![sketch](figures/sketch.png)\n\n"
                + "![not declared](pictures/other.png)\n");
        write(dir, "social-bookmarking.md", "# Bookmarks\n\n"
                + "![](Social%20Bookmarking%20%7C%20Peeragogy.org_files/a.png \"tool a\")\n\n"
                + "![elsewhere](figures/b.png)\n");
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals("peeragogy-handbook-en-3", h.book().identity(), "the manifest applies");
            CheckReport report = Handbooks.check(h);
            assertEquals(List.of("creating_a_guide: image absent from this edition: figures/sketch.png",
                            "social-bookmarking: image absent from this edition: "
                                    + "Social%20Bookmarking%20%7C%20Peeragogy.org_files/a.png"),
                    of(report, Problem.Kind.KNOWN_ABSENT).stream()
                            .map(p -> p.toString().replaceAll(" \\(.*\\)$", "")).sorted().toList());
            // Declared for another chapter, or not declared at all: still missing.
            assertEquals(List.of("creating_a_guide: missing image: pictures/other.png",
                            "social-bookmarking: missing image: figures/b.png"),
                    of(report, Problem.Kind.MISSING_IMAGE).stream().map(Problem::toString).sorted().toList());
            assertTrue(report.summaryLine().contains(" 2 missing images, "), report.summaryLine());
            assertTrue(report.failed());
            String html = h.render("social-bookmarking").html();
            assertTrue(html.contains("[image not part of this edition of the handbook: tool a]"), html);
            assertTrue(html.contains("class=\"missing-image\""), html);
        }
    }

    @Test
    void aDeclaredImageThatIsPresentIsSimplyShown(@TempDir Path dir) throws Exception {
        stubHandbook(dir);
        write(dir, "creating_a_guide.md", "# Creating a guide\n\n![sketch](figures/sketch.png)\n");
        Files.createDirectories(dir.resolve("figures"));
        Files.write(dir.resolve("figures/sketch.png"), new byte[] {(byte) 0x89, 0x50, 0x4e, 0x47});
        try (Handbook h = Handbooks.open(dir)) {
            CheckReport report = Handbooks.check(h);
            assertEquals(List.of(), report.knownAbsent());
            assertTrue(h.render("creating_a_guide").html().contains("src=\"book/figures/sketch.png\""));
        }
    }

    @Test
    void declarationsDoNotApplyToAFolderTheManifestDoesNotDescribe(@TempDir Path dir) throws Exception {
        write(dir, "creating_a_guide.md", "# Creating a guide\n\n![sketch](figures/sketch.png)\n");
        write(dir, "notes.md", "# Notes\n\nText.\n");
        try (Handbook h = Handbooks.open(dir)) {
            assertFalse(h.book().identity().equals("peeragogy-handbook-en-3"));
            CheckReport report = Handbooks.check(h);
            assertEquals(List.of(), report.knownAbsent());
            assertEquals(1, report.count(Problem.Kind.MISSING_IMAGE));
            assertTrue(report.failed());
        }
    }
}
