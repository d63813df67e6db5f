package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * Issue 13 (second test, M2; decision 0023): a chapter file named in the decomposed form macOS writes
 * ({@code cafe} + U+0301) is the same chapter as its composed name: its id is composed, what is typed in
 * either form finds it, a composed quote places in its decomposed text, and notes stay on it when the file
 * is renamed to the other form, including notes an older version stored under the decomposed id.
 */
class DecomposedFileNamesTest {
    private static final String NFC = Normalizer.normalize("café", Normalizer.Form.NFC);
    private static final String NFD = Normalizer.normalize("café", Normalizer.Form.NFD);

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path handbook, String... rest) throws Options.UsageException {
        out.reset();
        err.reset();
        String[] all = new String[rest.length + 4];
        all[0] = "--handbook";
        all[1] = handbook.toString();
        all[2] = "--data-dir";
        all[3] = tmp.resolve("data").toString();
        System.arraycopy(rest, 0, all, 4, rest.length);
        return Main.runCommand(Options.parse(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDecomposedFileNameIsOneChapterWithItsComposedNameAndKeepsItsNotesWhenRenamed() throws Exception {
        Path book = tmp.resolve("book");
        Files.createDirectories(book);
        Files.writeString(book.resolve("README.md"), "# Book\n\n- [Café](" + NFC + ".md)\n- [Other](other.md)\n");
        Files.writeString(book.resolve(NFD + ".md"), "# Café\n\nNous buvons du " + NFD + " le matin.\n");
        Files.writeString(book.resolve("other.md"), "# Other\n\nSomething else.\n");

        assertEquals(0, run(book, "chapters"));
        assertTrue(out().lines().anyMatch(l -> l.split("\t")[1].equals(NFC)), "the id is composed: " + out());
        assertEquals(0, run(book, "render", NFC), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run(book, "render", NFD), "typed decomposed: " + err.toString(StandardCharsets.UTF_8));
        // A quote typed composed places in the decomposed text, and the note is stored under the book's id.
        assertEquals(0, run(book, "highlight", NFD, "--quote", "du " + NFC, "--note", "mine"),
                err.toString(StandardCharsets.UTF_8));
        // So is a question asked with the decomposed id (ask stored the id as typed before).
        assertEquals(0, run(book, "ask", NFD, "--quote", "le matin", "--note", "when?"),
                err.toString(StandardCharsets.UTF_8));
        // A note an older version stored under the decomposed id (the file name as it was).
        String older;
        try (Database db = Database.open(tmp.resolve("data"))) {
            String identity;
            try (var handbook = org.peeragogy.reader.content.Handbooks.open(book)) {
                identity = handbook.book().identity();
            }
            assertEquals(List.of(NFC, NFC), db.annotations().book(identity).stream().map(Annotation::chapterId).toList(),
                    "stored under the book's (composed) id");
            older = db.annotations().create(new AnnotationStore.Draft(identity, NFD, Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.BLUE, "older note", List.of(), "Ana", Optional.empty())).id();
        }
        // The file renamed to the composed form (copied to Linux, unzipped): both notes still on the chapter.
        Files.move(book.resolve(NFD + ".md"), book.resolve(NFC + ".md"));
        for (String typed : new String[] {NFC, NFD}) {
            assertEquals(0, run(book, "notes", "--chapter", typed), err.toString(StandardCharsets.UTF_8));
            assertEquals(3, out().lines().count(), typed.equals(NFC) ? "composed: " + out() : "decomposed: " + out());
            assertTrue(out().contains("mine") && out().contains("older note"), out());
        }
        assertTrue(older.length() > 0);
    }
}
