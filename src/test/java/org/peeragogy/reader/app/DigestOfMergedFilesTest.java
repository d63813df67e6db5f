package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facilitator's digest of files merged (fresh tester t15b): a second version kept from a file is not a note of the
 * person it names (F10), the files merged are said by name (F5), and the command line's chapter errors and whole-text
 * option (N6, N10). Real data folders, real notes files, the real command line.
 */
class DigestOfMergedFilesTest {
    @TempDir
    Path tmp;

    /**
     * t15b's F10: a copy of the facilitator's own export with her question re-worded "Fay: this workshop is cancelled"
     * was kept as a second version (rightly), and the digest then listed it as an open question of Fay's, counted among
     * the open questions. It is listed apart, saying the file, and counted nowhere.
     */
    @Test
    void aSecondVersionFromAFileIsListedApartSayingTheFileNeverAsTheNoteOfWhomItNames() throws Exception {
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"), fay.err());
        assertEquals(0, fay.run("ask", "gardens", "--note", "Fay's own question after import"), fay.err());
        Path evil = Files.createDirectories(tmp.resolve("evil8"));
        Path fake = evil.resolve("fake-fay.peeranotes");
        assertEquals(0, fay.run("export", "--format", "notes", "--out", fake.toString()), fay.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fake); Statement st = c.createStatement()) {
            st.execute("UPDATE annotation SET note = 'Fay: this workshop is cancelled', updated_at = '"
                    + java.time.Instant.now().plusSeconds(5) + "'");
        }
        assertEquals(0, fay.run("import", fake.toString()), fay.err());
        assertTrue(fay.out().contains("1 conflict"), fay.out());

        Path md = tmp.resolve("fay.md");
        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", md.toString()), fay.err());
        assertTrue(fay.out().contains("1 open question, 1 second version kept from files listed apart"), fay.out());
        String text = Files.readString(md);
        String open = text.substring(text.indexOf("### Open questions"), text.indexOf("## Second versions kept from files"));
        assertTrue(open.contains("Fay\\'s own question after import"), text);
        assertFalse(open.contains("cancelled"), "the file's words are no open question of Fay's:\n" + text);
        assertTrue(text.contains("- A second version, from ⁨fake\\-fay\\.peeranotes⁩, naming ⁨Fay⁩: ⁨Fay\\: this workshop is"
                + " cancelled⁩\n  Of the note: ⁨Fay\\'s own question after import⁩"), text);
        Path html = tmp.resolve("fay.html");
        assertEquals(0, fay.run("digest", "--format", "html", "--out", html.toString()), fay.err());
        assertTrue(org.jsoup.Jsoup.parse(Files.readString(html)).text().contains(
                "A second version, from fake-fay.peeranotes, naming Fay: Fay: this workshop is cancelled"), Files.readString(html));
    }

    /**
     * Fresh tester t15c's F4: a new note a file says is the facilitator's (her author id) came into her digest as her
     * open question, though her exports leave it out until she saves it (decision 0032). It is the file's words: listed
     * apart with them, never among her questions.
     */
    @Test
    void aNoteAFileSaysIsTheReadersIsListedApartNotAsHerQuestion() throws Exception {
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"), fay.err());
        assertEquals(0, fay.run("ask", "gardens", "--note", "Fay's own question"), fay.err());
        Path forged = tmp.resolve("claims-fay.peeranotes");
        assertEquals(0, fay.run("export", "--format", "notes", "--out", forged.toString()), fay.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + forged); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE t AS SELECT * FROM annotation");
            st.execute("UPDATE t SET id = '" + java.util.UUID.randomUUID() + "', note = 'Fay: go home, everyone'");
            st.execute("INSERT INTO annotation SELECT * FROM t");
        }
        assertEquals(0, fay.run("import", forged.toString()), fay.err());
        assertTrue(fay.out().contains("says it is yours"), fay.out());

        Path md = tmp.resolve("fay.md");
        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", md.toString()), fay.err());
        String text = Files.readString(md);
        String open = text.substring(text.indexOf("### Open questions"), text.indexOf("## Second versions kept from files"));
        assertTrue(open.contains("Fay\\'s own question"), text);
        assertFalse(open.contains("go home"), "the file's words are no question of Fay's:\n" + text);
        assertTrue(text.contains("- A second version, from ⁨claims\\-fay\\.peeranotes⁩, naming ⁨Fay⁩: ⁨Fay\\: go home\\,"
                + " everyone⁩"), text);
    }

    /** t15b's F5: "Imports merged: 1" after a folder of three participants' files; the files are said by name. */
    @Test
    void theDigestSaysTheFilesMergedByNameAFoldersOneByOne() throws Exception {
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        for (String who : new String[] {"ana", "bo", "chen"}) {
            CommandRun p = new CommandRun(tmp.resolve(who));
            assertEquals(0, p.run("ask", "gardens", "--note", "A question of " + who), p.err());
            assertEquals(0, p.run("export", "--format", "notes", "--out", stick.resolve(who + ".peeranotes").toString()),
                    p.err());
        }
        CommandRun dee = new CommandRun(tmp.resolve("dee"));
        assertEquals(0, dee.run("ask", "meetings", "--note", "Dee's"), dee.err());
        Path alone = tmp.resolve("dee.peeranotes");
        assertEquals(0, dee.run("export", "--format", "notes", "--out", alone.toString()), dee.err());

        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("import", stick.toString()), fay.err());
        assertEquals(0, fay.run("import", alone.toString()), fay.err());
        Path md = tmp.resolve("digest.md");
        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", md.toString()), fay.err());
        assertTrue(Files.readString(md).contains("- Files merged: 4 (⁨ana\\.peeranotes⁩, ⁨bo\\.peeranotes⁩,"
                + " ⁨chen\\.peeranotes⁩, ⁨dee\\.peeranotes⁩)\n"), Files.readString(md));
        // Fresh tester t15c's F8: with names hidden, the files' names (people's names) are not said, only their count.
        for (String names : new String[] {"hide", "initials"}) {
            for (String format : new String[] {"markdown", "html"}) {
                Path out = tmp.resolve(names + "." + format);
                assertEquals(0, fay.run("digest", "--format", format, "--names", names, "--out", out.toString()),
                        fay.err());
                String text = Files.readString(out);
                assertTrue(text.contains("Files merged: 4") && !text.contains("peeranotes"),
                        names + " " + format + ": " + text);
            }
        }
    }

    /**
     * t15b's N6: {@code --chapter nosuch} printed the right error and then the whole usage; it prints the error and
     * where the ids are. {@code --chapter} of a chapter with no notes says so (the digest was empty). N10: the digest
     * cuts long notes, and {@code --full-text} keeps them whole.
     */
    @Test
    void theCommandLineSaysAChapterIsUnknownInTwoLinesAndKeepsLongNotesWholeWhenAsked() throws Exception {
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        String longNote = "word ".repeat(600).strip();
        assertEquals(0, fay.run("ask", "gardens", "--note", longNote), fay.err());
        Path md = tmp.resolve("d.md");

        assertEquals(2, fay.run("digest", "--format", "markdown", "--out", md.toString(), "--chapter", "nosuch"));
        assertEquals(2, fay.err().strip().lines().count(), fay.err());
        assertTrue(fay.err().contains("No chapter 'nosuch' in ") && fay.err().contains("The chapters command lists"),
                fay.err());

        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", md.toString(), "--chapter", "meetings"),
                fay.err());
        assertTrue(fay.out().contains("no notes yet in "), fay.out());
        assertTrue(Files.readString(md).contains("No notes yet."), Files.readString(md));

        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", md.toString()), fay.err());
        assertTrue(Files.readString(md).contains("more characters in the notes file"), Files.readString(md));
        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", md.toString(), "--full-text"), fay.err());
        assertTrue(Files.readString(md).contains(longNote), Files.readString(md));
    }

    /**
     * t15b's F10 re-check: {@code notes} printed the reader's own "no chapter" id, {@code _unplaced}, as the chapter of
     * a W3C reply (whose target is its parent) and of a note from a page not in this book, and the import counted the
     * reply as a note that could not be placed, which the digest did not. The reply is in its parent's chapter, as the
     * window and the digest show it, and counted so; a note of no chapter has an empty chapter column.
     */
    @Test
    void notesPrintsAReplysChapterAsItsParentsAndNoChapterAsEmpty() throws Exception {
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("ask", "gardens", "--note", "Who decides?"), fay.err());
        assertEquals(0, fay.run("notes"), fay.err());
        String question = "urn:uuid:" + fay.out().strip().split("\t")[0]; // as the W3C export names it
        Path theirs = Files.writeString(tmp.resolve("theirs.jsonld"), """
                [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:6a1c6f0e-1111-4c1e-9a57-0a2b3c4d5e6f",
                  "type": "Annotation", "motivation": "replying", "creator": {"id": "urn:uuid:7b2d7f1f-2222-4d2f-8b68-1b3c4d5e6f70",
                  "name": "Bo"}, "created": "2026-11-01T10:00:00Z", "modified": "2026-11-01T10:00:00Z",
                  "body": {"type": "TextualBody", "value": "A reply by plain IRI"}, "target": "%s"},
                 {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:8c3e8a2a-3333-4e3a-9c79-2c4d5e6f7081",
                  "type": "Annotation", "creator": {"id": "urn:uuid:7b2d7f1f-2222-4d2f-8b68-1b3c4d5e6f70", "name": "Bo"},
                  "created": "2026-11-01T10:00:00Z", "modified": "2026-11-01T10:00:00Z",
                  "body": {"type": "TextualBody", "value": "On a page elsewhere"}, "target": "https://example.org/elsewhere"}]
                """.formatted(question));
        assertEquals(0, fay.run("import", theirs.toString()), fay.err() + fay.out());
        assertTrue(fay.out().contains(" 1 could not be placed"), "the reply is in its thread: " + fay.out());
        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", tmp.resolve("d.md").toString()), fay.err());
        assertTrue(fay.out().contains(", 1 note that could not be placed"), "as the import said: " + fay.out());
        assertEquals(0, fay.run("notes"), fay.err());
        assertFalse(fay.out().contains("_unplaced"), fay.out());
        String reply = fay.out().lines().filter(l -> l.contains("A reply by plain IRI")).findFirst().orElseThrow();
        assertEquals("gardens", reply.split("\t")[1], reply);
        String elsewhere = fay.out().lines().filter(l -> l.contains("On a page elsewhere")).findFirst().orElseThrow();
        assertEquals("", elsewhere.split("\t")[1], elsewhere);
    }

    /**
     * t15b's N1, in the PDF: a reply's lines ran into one ("Line one # not a heading - [x] second para"). pdftotext
     * (poppler-utils) reads them back on lines of their own; skipped, saying so, where it is not installed.
     */
    @Test
    void aNotesLinesStayLinesInThePdf() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(pdftotext(tmp.resolve("none.pdf")) != null,
                "pdftotext not found (apt-get install poppler-utils): the PDF's lines are not checked here");
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("ask", "gardens", "--note", "Line one\n\n# not a heading\n- [x] second para"), fay.err());
        Path pdf = tmp.resolve("d.pdf");
        assertEquals(0, fay.run("digest", "--format", "pdf", "--out", pdf.toString()), fay.err());
        java.util.List<String> lines = pdftotext(pdf).lines().map(String::strip).toList();
        assertTrue(lines.contains("Line one") || lines.stream().anyMatch(l -> l.endsWith("Line one")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("# not a heading")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("- [x] second para")), lines.toString());
    }

    /** pdftotext's text of {@code pdf}; null when pdftotext cannot be run. */
    private static String pdftotext(Path pdf) {
        try {
            Process p = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) ? text : null;
        } catch (java.io.IOException | InterruptedException e) {
            return null;
        }
    }

    /**
     * Fresh tester t15g's F2: a file merged again once it changed (a group folder's, each time its person writes) was
     * counted and listed once per merge ("Files merged: 6" for 3 people's files). Each file is one.
     */
    @Test
    void aFileMergedTwiceIsOneFileMerged() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, ana.run("name", "Ana"), ana.err());
        Path file = tmp.resolve("ana.peeranotes");
        for (String q : new String[] {"Ana's first question", "Ana's second question"}) {
            assertEquals(0, ana.run("ask", "gardens", "--note", q), ana.err());
            Files.deleteIfExists(file);
            assertEquals(0, ana.run("export", "--format", "notes", "--out", file.toString()), ana.err());
            assertEquals(0, fay.run("import", file.toString()), fay.err());
        }
        Path md = tmp.resolve("fay.md");
        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", md.toString()), fay.err());
        String text = Files.readString(md);
        assertTrue(text.contains("Files merged: 1 (⁨ana\\.peeranotes⁩)"), text);
    }
}
