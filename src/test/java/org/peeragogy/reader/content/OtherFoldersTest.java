package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Part;

/** Folders our manifest does not describe: another edition, a translation, someone's notes. */
class OtherFoldersTest {

    private static void write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void threeChapters(Path dir) throws IOException {
        write(dir, "apple.md", "---\ntitle: Picking apples\n---\n\nSome text.\n");
        write(dir, "banana.md", "Intro line.\n\n## Peeling bananas\n\nMore.\n");
        write(dir, "cherry.md", "No heading at all, only a sentence.\n");
    }

    private static List<String> ids(Handbook h) {
        return h.book().chapters().stream().map(Chapter::id).toList();
    }

    @Test
    void orderComesFromTheFoldersIndexHtml(@TempDir Path dir) throws Exception {
        threeChapters(dir);
        write(dir, "index.html", "<html><head><title>Fruit Handbook</title></head><body>"
                + "<a href=\"./cherry.html\">C</a> <a href=\"https://example.org/\">x</a>"
                + "<a href=\"apple.html#top\">A</a></body></html>");
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(List.of("cherry", "apple", "banana"), ids(h));
            assertEquals(List.of("Chapters", "More chapters"), h.book().parts().stream().map(Part::title).toList());
            assertEquals("handbook-fruit-handbook", h.book().identity());
        }
    }

    @Test
    void orderComesFromReadmeLinksWhenThereIsNoIndex(@TempDir Path dir) throws Exception {
        threeChapters(dir);
        write(dir, "README.md", "# Fruit\n\n- [B](banana.md)\n- [A](./apple.md)\n");
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(List.of("banana", "apple", "cherry"), ids(h));
            assertEquals("More chapters", h.book().chapter("cherry").orElseThrow().part());
        }
    }

    @Test
    void withoutIndexOrReadmeChaptersFollowFileNamesInOnePart(@TempDir Path dir) throws Exception {
        threeChapters(dir);
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(List.of("apple", "banana", "cherry"), ids(h));
            assertEquals(1, h.book().parts().size());
        }
    }

    @Test
    void titlesComeFromFrontMatterThenFirstHeadingThenFileName(@TempDir Path dir) throws Exception {
        threeChapters(dir);
        try (Handbook h = Handbooks.open(dir)) {
            // Without front matter or a heading, the file name made readable: never a bare file name (issue 13).
            assertEquals(List.of("Picking apples", "Peeling bananas", "Cherry"),
                    h.book().chapters().stream().map(Chapter::title).toList());
        }
    }

    @Test
    void aGenericLabelHeadingGivesWayToTheFileName(@TempDir Path dir) throws Exception {
        write(dir, "navel_gazing.md", "---\n---\n#### Definition:\n\nText.\n\n#### Problem:\n\nMore.\n");
        write(dir, "the-plan.md", "### The Problem:\n\nText.\n");
        write(dir, "labelled.md", "---\ntitle: Kept: as written\n---\n\n#### Definition:\n");
        write(dir, "real.md", "## Real heading\n\n#### Definition:\n");
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals("Navel gazing", h.book().chapter("navel_gazing").orElseThrow().title());
            assertEquals("The plan", h.book().chapter("the-plan").orElseThrow().title());
            assertEquals("Kept: as written", h.book().chapter("labelled").orElseThrow().title());
            assertEquals("Real heading", h.book().chapter("real").orElseThrow().title());
        }
    }

    @Test
    void titlesFromFileNamesAreReadable() {
        assertEquals("Navel gazing", Markdown.fromFileName("navel_gazing"));
        assertEquals("Whats next summary", Markdown.fromFileName("whats-next-summary"));
        assertEquals("", Markdown.fromFileName("__"));
        assertTrue(Markdown.isLabel("The Definition:"));
        assertFalse(Markdown.isLabel("Definition of terms"));
    }

    @Test
    void chaptersInSubfoldersAreFoundAndClashingNamesGetASuffix(@TempDir Path dir) throws Exception {
        threeChapters(dir);
        write(dir, "more/apple.md", "# Another apple\n");
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals("more/apple.md", h.book().chapter("apple-2").orElseThrow().path());
        }
    }

    @Test
    void aMissingPathIsExplainedInPlainWords(@TempDir Path dir) {
        HandbookException e = assertThrows(HandbookException.class, () -> Handbooks.open(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("There is no file or folder"), e.getMessage());
    }

    @Test
    void aFolderWithoutChaptersIsExplainedInPlainWords(@TempDir Path dir) throws Exception {
        write(dir, "README.md", "# Not a handbook\n");
        HandbookException e = assertThrows(HandbookException.class, () -> Handbooks.open(dir));
        assertTrue(e.getMessage().contains("no chapters"), e.getMessage());
    }

    @Test
    void aCorruptZipIsExplainedInPlainWords(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("handbook.zip");
        Files.writeString(zip, "this is not a zip archive");
        HandbookException e = assertThrows(HandbookException.class, () -> Handbooks.open(zip));
        assertTrue(e.getMessage().contains("could not be read as a zip"), e.getMessage());
    }

    @Test
    void fingerprintChangesWhenAChapterChanges(@TempDir Path dir) throws Exception {
        threeChapters(dir);
        String before;
        try (Handbook h = Handbooks.open(dir)) {
            before = h.book().fingerprint();
        }
        write(dir, "cherry.md", "Changed.\n");
        try (Handbook h = Handbooks.open(dir)) {
            assertNotEquals(before, h.book().fingerprint());
        }
    }
}
