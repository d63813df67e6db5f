package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.text.SpacelessSentences;

class CommandLineTest {
    @TempDir
    Path dataDir;
    /** Where exports go: never inside the data folder in use (decision 0060, amended for t15b's M1). */
    @TempDir
    Path elsewhere;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Options.UsageException {
        return Main.runCommand(Options.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The command line over the fixture handbook. */
    private String[] withHandbook(String... rest) {
        return with(TestHandbooks.fixture(), rest);
    }

    /** The command line over the real handbook, for what is about it (our reading order for it, check). */
    private String[] withRealHandbook(String... rest) {
        return with(TestHandbooks.real(), rest);
    }

    private String[] with(Path handbook, String... rest) {
        String[] all = new String[rest.length + 4];
        all[0] = "--handbook";
        all[1] = handbook.toString();
        all[2] = "--data-dir";
        all[3] = dataDir.toString();
        System.arraycopy(rest, 0, all, 4, rest.length);
        return all;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void chaptersPrintsNumberIdTitleAndPartTabSeparated() throws Exception {
        assertEquals(0, run(withRealHandbook("chapters")));
        String[] lines = out().split("\n");
        assertEquals("\tforeword\tForeword by Howard Rheingold\t", lines[0]);
        assertTrue(out().contains("6.6\tpattern-wrapper\tWrapper\tPeeragogy in Practice\n"), out());
    }

    @Test
    void renderPrintsTheWholeSafePage() throws Exception {
        assertEquals(0, run(withHandbook("render", "gardens")));
        assertTrue(out().startsWith("<!DOCTYPE html>"), out());
        assertTrue(out().contains("data-chapter=\"gardens\""));
        assertTrue(out().contains("Content-Security-Policy"));
    }

    @Test
    void renderOfAMissingChapterExitsTwoWithReasonAndALinePointingToHelp() throws Exception {
        assertEquals(2, run(withHandbook("render", "nope")));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("No chapter 'nope'"), e);
        assertTrue(e.endsWith("\nThe commands and options: " + ProgramName.ofThisProcess() + " --help\n"), e);
        assertFalse(e.contains("Usage:"), e);
    }

    @Test
    void checkEndsWithTheSummaryLineAndPassesOnTheRealHandbook() throws Exception {
        int code = run(withRealHandbook("check"));
        String[] lines = out().split("\n");
        assertTrue(lines[lines.length - 1].matches(
                "\\d+ chapters, 0 broken links, 0 missing images, \\d+ unsafe elements removed, \\d+ remote references blocked"),
                lines[lines.length - 1]);
        assertTrue(lines[lines.length - 2].startsWith("Defences: "), lines[lines.length - 2]);
        assertEquals(0, code);
    }

    @Test
    void missingHandbookPathIsABadOption() throws Exception {
        assertEquals(2, Main.runCommand(Options.parse("--handbook", dataDir.resolve("absent").toString(), "chapters"),
                new PrintStream(out), new PrintStream(err)));
    }

    @Test
    void unknownCommandIsRefused() {
        Options.UsageException e = assertThrows(Options.UsageException.class, () -> Options.parse("frobnicate"));
        assertEquals("Unknown command: frobnicate", e.getMessage());
    }

    /**
     * Fresh tester t30's F4.3: a FIFO, a device, a folder or a missing file got "Unknown command" and the usage; the
     * error stream says why each cannot be opened. Named alone, each goes to the window too, which says it under its
     * name (finding h36c-2: a file manager's start showed nothing at all); a missing path not named as a notes file is
     * still an unknown command.
     */
    @Test
    void aNotesFileThatCannotBeOpenedIsSaidSoNotAnUnknownCommand() throws Exception {
        Path fifo = dataDir.resolve("fifo.peeranotes");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path zero = java.nio.file.Files.createSymbolicLink(dataDir.resolve("zero.peeranotes"), Path.of("/dev/zero"));
        Path folder = java.nio.file.Files.createDirectories(dataDir.resolve("stick"));
        for (Path p : java.util.List.of(fifo, zero)) {
            assertEquals(List.of(p), Options.parse(p.toString()).openFiles());
            assertEquals(List.of("Cannot open " + p + " as a notes file: it is not a file but a pipe or a device."
                    + " Nothing was changed."), NotesFileArgument.cannotOpen(List.of(p)));
        }
        assertEquals(List.of(folder), Options.parse(folder.toString()).openFiles());
        assertTrue(NotesFileArgument.cannotOpen(List.of(folder)).get(0)
                .contains("it is a folder (to import every notes file in it: import FOLDER)"));
        Path missing = dataDir.resolve("gone.peeranotes");
        assertEquals(List.of(missing), Options.parse(missing.toString()).openFiles());
        assertTrue(NotesFileArgument.cannotOpen(List.of(missing)).get(0)
                .startsWith("Cannot open " + missing + " as a notes file: there is no such file."));
        assertEquals("Unknown command: " + dataDir.resolve("gone.txt"), assertThrows(Options.UsageException.class,
                () -> Options.parse(dataDir.resolve("gone.txt").toString())).getMessage(), "not named as a notes file");
    }

    @Test
    void unknownOptionIsRefused() {
        assertThrows(Options.UsageException.class, () -> Options.parse("--colour", "red"));
    }

    @Test
    void optionWithoutValueIsRefused() {
        Options.UsageException e = assertThrows(Options.UsageException.class, () -> Options.parse("--data-dir"));
        assertEquals("--data-dir needs a value", e.getMessage());
    }

    @Test
    void dataFolderFollowsEachSystemsConvention() {
        Path home = Path.of("/home/ana");
        assertEquals(Path.of("/home/ana/.local/share/peeragogy-reader"), DataDirs.defaultFor("Linux", Map.of(), home));
        assertEquals(Path.of("/xdg/peeragogy-reader"), DataDirs.defaultFor("Linux", Map.of("XDG_DATA_HOME", "/xdg"), home));
        assertEquals(Path.of("/home/ana/Library/Application Support/Peeragogy Reader"),
                DataDirs.defaultFor("Mac OS X", Map.of(), home));
        assertEquals(Path.of("C:/Users/ana/AppData/Roaming").resolve("Peeragogy Reader"),
                DataDirs.defaultFor("Windows 11", Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), home));
    }

    @Test
    void highlightPrintsTheNewNotesIdAndNotesListsIt() throws Exception {
        assertEquals(0, run(withHandbook("highlight", "gardens", "--quote", "how deep to sow beans",
                "--note", "Who is ours?", "--color", "blue", "--tag", "roles", "--tag", "us")));
        String id = out().strip();
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        out.reset();
        assertEquals(0, run(withHandbook("notes", "--chapter", "gardens")));
        String[] f = out().strip().split("\t");
        assertEquals(id, f[0]);
        assertEquals("gardens", f[1]);
        assertEquals("blue", f[3]);
        assertEquals("how deep to sow beans", f[4]);
        assertEquals("Who is ours?", f[5]);
        assertEquals("roles,us", f[6]);
    }

    @Test
    void notesAsJsonCarryTheStoredFields() throws Exception {
        run(withHandbook("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "a \"quoted\"\nnote"));
        out.reset();
        assertEquals(0, run(withHandbook("notes", "--json")));
        String json = out();
        assertTrue(json.contains("\"exact\": \"how deep to sow beans\""), json);
        assertTrue(json.contains("\"note\": \"a \\\"quoted\\\"\\nnote\""), json);
        assertTrue(json.contains("\"unit\": \"utf-16\""), json);
        assertTrue(json.contains("\"chapter\": \"gardens\""), json);
    }

    /** Issue 13: "alpha<br>beta" reads as two words, so the quote a reader sees is found. */
    @Test
    void highlightFindsAQuoteAcrossARawLineBreakAndBesideAFootnoteReference() throws Exception {
        Path scripts = TestHandbooks.fixture("scripts");
        assertEquals(0, run(with(scripts, "highlight", "breaks", "--quote", "alpha beta")), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run(with(scripts, "highlight", "breaks", "--quote", "some text 1.")),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(1, run(with(scripts, "highlight", "breaks", "--quote", "text1")));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("The quote is not in chapter"),
                err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Issue 13: a word from the middle of a Thai, Lao, Khmer or Burmese sentence (written without spaces) is
     * found by search, through rendering and indexing the fixture, and the same word is a quote
     * {@code highlight} places; a space typed between words of those scripts matters to neither, as the
     * scripts put spaces between phrases ("สมาชิกใหม่ ยินดีต้อนรับ" in the text, "ใหม่ยินดี" typed).
     */
    @Test
    void aWordInsideAThaiLaoKhmerOrBurmeseSentenceIsFoundAndQuotable() throws Exception {
        Path scripts = TestHandbooks.fixture("scripts");
        for (SpacelessSentences.Sentence s : SpacelessSentences.ALL) {
            out.reset();
            assertEquals(0, run(with(scripts, "search", s.middleWord(), "--limit", "1")), s.language());
            String[] f = out().strip().split("\t");
            assertEquals("spaceless", f[1], s.language() + ": " + out());
            assertTrue(f[4].contains("[" + s.middleWord() + "]"), s.language() + ": " + out());
            out.reset();
            assertEquals(0, run(with(scripts, "highlight", "spaceless", "--quote", s.middleWord())),
                    s.language() + ": " + err.toString(StandardCharsets.UTF_8));
        }
        for (String typed : new String[] {"ภาษา ไทย", "ภาษาไทย", "ใหม่ยินดี", "\"ใหม่ ยินดี\""}) {
            out.reset();
            assertEquals(0, run(with(scripts, "search", typed, "--limit", "1")), typed);
            assertTrue(out().startsWith("chapter\tspaceless\t"), typed + ": " + out());
        }
        assertEquals(0, run(with(scripts, "highlight", "spaceless", "--quote", "ภาษา ไทย")),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run(with(scripts, "highlight", "spaceless", "--quote", "ใหม่ยินดี")),
                err.toString(StandardCharsets.UTF_8));
        // A word the chapter does not have is found by neither.
        out.reset();
        assertEquals(0, run(with(scripts, "search", "แมว")));
        assertEquals("", out());
        assertEquals(1, run(with(scripts, "highlight", "spaceless", "--quote", "แมว")));
    }

    @Test
    void quoteThatIsNotInTheChapterIsAnError() throws Exception {
        assertEquals(1, run(withHandbook("highlight", "gardens", "--quote", "words the handbook never uses")));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("The quote is not in chapter"));
    }

    @Test
    void quoteThatOccursTwiceIsAnErrorThatSaysSo() throws Exception {
        assertEquals(1, run(withHandbook("highlight", "gardens", "--quote", "the")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("times"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownColourIsABadOption() throws Exception {
        assertEquals(2, run(withHandbook("highlight", "gardens", "--quote", "beans", "--color", "teal")));
    }

    @Test
    void highlightWithoutAQuoteIsRefused() {
        assertThrows(Options.UsageException.class, () -> Options.parse("highlight", "wiki"));
    }

    @Test
    void optionOfAnotherCommandIsRefused() {
        assertThrows(Options.UsageException.class, () -> Options.parse("chapters", "--json"));
    }
    @Test
    void searchPrintsRankedHitsWithMarkedWordsTabSeparated() throws Exception {
        assertEquals(0, run(withHandbook("search", "keeper", "--limit", "5")));
        String[] lines = out().split("\n");
        assertTrue(lines.length >= 1 && lines.length <= 5, out());
        String[] f = lines[0].split("\t");
        assertEquals(5, f.length, lines[0]);
        assertEquals("chapter", f[0]);
        assertEquals("meetings", f[1]);
        assertEquals("Meetings", f[3]);
        // Every hit shows the word (issue 12: a hit whose shown text lacks the words is not a hit).
        for (String line : lines) {
            assertTrue(line.split("\t")[4].toLowerCase(java.util.Locale.ROOT).contains("[keeper]"), line);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).isEmpty(), err.toString(StandardCharsets.UTF_8));
    }

    /** Issue 13, through rendering and indexing the fixture: CJK inside runs, marked letters, separated words. */
    @Test
    void searchFindsChineseJapaneseMarkedLettersAndWordsSeparatedByTheRenderer() throws Exception {
        Path scripts = TestHandbooks.fixture("scripts");
        String[][] cases = {{"命令", "zhongwen", "[命令]"}, {"勉強会", "nihongo", "[勉強会]"}, {"python", "nihongo", "[Python]"},
                {"lodz", "names", "[Łódź]"}, {"okland", "names", "[Økland]"}, {"\"alpha beta\"", "breaks", "[alpha] [beta]"},
                {"\"some text\"", "breaks", "[some] [text]"}};
        for (String[] c : cases) {
            out.reset();
            assertEquals(0, run(with(scripts, "search", c[0], "--limit", "1")), c[0]);
            String[] f = out().strip().split("\t");
            assertEquals(c[1], f[1], c[0] + ": " + out());
            assertTrue(f[4].contains(c[2]), c[0] + ": " + out());
        }
    }

    @Test
    void searchJoinsWordsAndFindsNotesWithTheirId() throws Exception {
        run(withHandbook("highlight", "gardens", "--quote", "how deep to sow beans", "--note",
                "Ask Xiomara\tabout it", "--tag", "todo"));
        String id = out().strip();
        out.reset();
        assertEquals(0, run(withHandbook("search", "ask", "xiomara")));
        assertEquals("note\tgardens\t" + id + "\tLearning in a shared garden\t[Ask] [Xiomara]\\tabout it\n", out());
    }

    /** Issue 11 (second tester, MINOR 9): tags are kept exactly, commas and all, so the listing must tell "a,b" from a, b. */
    @Test
    void theNotesListingQuotesATagWithACommaAsCsvDoes() throws Exception {
        assertEquals(0, run(withHandbook("highlight", "gardens", "--quote", "how deep to sow beans", "--tag", "a,b",
                "--tag", "x", "--tag", "say \"hi\"")));
        out.reset();
        assertEquals(0, run(withHandbook("notes")));
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",x", out().strip().split("\t")[6], out());
    }

    @Test
    void searchAsJsonIsAnArrayOfHits() throws Exception {
        assertEquals(0, run(withHandbook("search", "bell", "--json", "--limit", "2")));
        String json = out();
        assertTrue(json.startsWith("["), json);
        assertTrue(json.contains("\"kind\": \"chapter\""), json);
        assertTrue(json.contains("\"chapter\": \"meetings\""), json);
        assertTrue(json.contains("\\u0002bell\\u0003"), json);
        assertTrue(json.contains("\"annotation\": null"), json);
    }

    @Test
    void searchOfSyntaxOrUnknownWordsPrintsNothing() throws Exception {
        assertEquals(0, run(withHandbook("search", "a AND (\"")), "plain words: a and and");
        out.reset();
        assertEquals(0, run(withHandbook("search", "*")));
        assertEquals("", out());
        assertEquals(0, run(withHandbook("search", "--json", "qqqzzzxxq")));
        assertEquals("[]\n", out());
    }

    @Test
    void searchNeedsAQueryAndAPositiveLimit() {
        assertThrows(Options.UsageException.class, () -> Options.parse("search"));
        assertThrows(Options.UsageException.class, () -> Options.parse("search", "x", "--limit", "0"));
        assertThrows(Options.UsageException.class, () -> Options.parse("search", "x", "--limit", "many"));
        assertThrows(Options.UsageException.class, () -> Options.parse("notes", "--limit", "3"));
    }

    @Test
    void exportThenImportIntoAnotherProfileWithDryRunFirst() throws Exception {
        assertEquals(0, run(withHandbook("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "shared", "--tag", "t")));
        Path file = elsewhere.resolve("mine.peeranotes");
        assertEquals(0, run(withHandbook("export", "--format", "notes", "--out", file.toString())), err.toString());
        assertTrue(out().contains("Exported 1 note to "), out());
        String[] other = withHandbook("import", file.toString(), "--dry-run");
        other[3] = dataDir.resolve("other").toString();
        out.reset();
        assertEquals(0, run(other), err.toString());
        assertTrue(out().startsWith("Would import: 1 new, 0 updated, 0 deleted, 0 unchanged, 0 conflicts, 0 could not be placed"), out());
        String[] real = withHandbook("import", file.toString());
        real[3] = dataDir.resolve("other").toString();
        out.reset();
        assertEquals(0, run(real));
        assertTrue(out().startsWith("Imported: 1 new"), out());
        out.reset();
        assertEquals(0, run(real));
        assertTrue(out().startsWith("Imported: 0 new, 0 updated, 0 deleted, 1 unchanged"), out());
        String[] undo = withHandbook("undo-import");
        undo[3] = dataDir.resolve("other").toString();
        assertEquals(0, run(undo), err.toString());
    }

    @Test
    void importOfAFileThatIsNotNotesSaysWhyAndExitsOne() throws Exception {
        Path bad = dataDir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "{\"annotations\": [[[");
        assertEquals(1, run(withHandbook("import", bad.toString())));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("This file cannot be imported: the JSON is not valid"), e);
        assertTrue(!e.contains("Exception"), e);
    }

    @Test
    void exportToAFolderThatDoesNotExistSaysSoAndWritesNothing() throws Exception {
        Path out = elsewhere.resolve("missing/notes.md");
        assertEquals(1, run(withHandbook("export", "--format", "markdown", "--out", out.toString())));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not exist"), err.toString());
        assertTrue(!java.nio.file.Files.exists(out.getParent()));
    }

    @Test
    void exportNeedsAKnownFormat() throws Exception {
        assertEquals(2, run(withHandbook("export", "--format", "pdf", "--out", "x")));
        assertThrows(Options.UsageException.class, () -> Options.parse("export", "--format", "notes"));
    }

    @Test
    void aNotesFileGivenAsTheArgumentOpensTheWindowToImportIt() throws Exception {
        Path file = java.nio.file.Files.writeString(dataDir.resolve("from-ben.peeranotes"), "x");
        Options o = Options.parse(file.toString());
        assertTrue(o.isWindow());
        assertEquals(List.of(file), o.openFiles());
    }

    /** Fresh tester t33's F4: a file manager opening several selected files names them all ("Unexpected argument"). */
    @Test
    void severalNotesFilesGivenAsArgumentsOpenTheWindowToImportEachInItsTurn() throws Exception {
        Path a = java.nio.file.Files.writeString(dataDir.resolve("from-ben.peeranotes"), "x");
        Path b = java.nio.file.Files.writeString(dataDir.resolve("from-cy.jsonld"), "x");
        Options o = Options.parse("--data-dir", dataDir.toString(), a.toString(), b.toString());
        assertTrue(o.isWindow());
        assertEquals(List.of(a, b), o.openFiles());
        assertEquals(List.of(), o.arguments());
    }

    /**
     * Fresh tester t35's F7: one missing file among several refused them all, with nothing shown when a file manager
     * started the reader. Every file that is a file, or is named as a notes file, goes to the window, which says why it
     * cannot open one under its name; each once (t35's F9: one named twice was offered twice). A word that is neither
     * is still a mistake.
     */
    @Test
    void filesThatCannotBeOpenedAmongNotesFilesGoToTheWindowEachOnce() throws Exception {
        Path a = java.nio.file.Files.writeString(dataDir.resolve("from-ben.peeranotes"), "x");
        Path gone = dataDir.resolve("gone.peeranotes");
        Path text = java.nio.file.Files.writeString(dataDir.resolve("notes.txt"), "x");
        Path folder = java.nio.file.Files.createDirectories(dataDir.resolve("stick"));
        assertEquals(List.of(a, gone), Options.parse(a.toString(), gone.toString()).openFiles());
        assertEquals(List.of(gone, a, text, folder), Options.parse(gone.toString(), a.toString(), text.toString(),
                a.toString(), folder.toString()).openFiles());
        assertEquals(List.of(a), Options.parse(a.toString(), dataDir.resolve(".").resolve(a.getFileName()).toString())
                .openFiles(), "one file named twice is one");
        assertEquals(java.util.Optional.of("Cannot open " + gone + " as a notes file: there is no such file. The other"
                + " files named are opened without it."), NotesFileArgument.amongOthers(gone));
        assertEquals(java.util.Optional.empty(), NotesFileArgument.amongOthers(a));
        Options.UsageException word = assertThrows(Options.UsageException.class,
                () -> Options.parse(a.toString(), "chapters"));
        assertEquals("Cannot open chapters: there is no such file, and it is not named as a notes file (.peeranotes,"
                + " .json or .jsonld). Nothing was changed.", word.getMessage());
    }

    /**
     * t35's F7: a file not named as a notes file said "Unexpected argument", or "Unknown command" alone. The error stream
     * says what the reader opens, and the window, which it goes to (finding h36c-2), says why it cannot import it.
     */
    @Test
    void aFileNotNamedAsANotesFileIsSaidToBeOneWithWhatTheReaderOpens() throws Exception {
        Path text = java.nio.file.Files.writeString(dataDir.resolve("notes.txt"), "x");
        assertEquals(List.of(text), Options.parse(text.toString()).openFiles());
        assertEquals(List.of("Cannot open " + text + " as a notes file: its name does not end as a notes file's"
                + " (.peeranotes, .json or .jsonld), the files the reader opens to import the notes in them (to try it"
                + " all the same: import FILE). Nothing was changed."), NotesFileArgument.cannotOpen(List.of(text)));
    }

    @Test
    void aWordThatIsNoFileNorNamedAsANotesFileIsStillAnUnknownCommand() {
        assertThrows(Options.UsageException.class, () -> Options.parse(dataDir.resolve("absent").toString()));
    }

    /**
     * Fresh tester 14b (m5): a chapter whose file is a link leading nowhere vanished from the window's contents and
     * from {@code chapters}. It is listed, and {@code render} gives the page saying why it is not shown.
     */
    @Test
    void chaptersListsAChapterWhoseFileIsABrokenLinkAndRenderSaysWhy() throws Exception {
        Path book = java.nio.file.Files.createDirectories(dataDir.resolve("book"));
        java.nio.file.Files.writeString(book.resolve("README.md"), "# Book\n\n- [One](one.md)\n- [Heartbeat](heartbeat.md)\n");
        java.nio.file.Files.writeString(book.resolve("one.md"), "# One\n\nFirst.\n");
        java.nio.file.Files.createSymbolicLink(book.resolve("heartbeat.md"), dataDir.resolve("nowhere.md"));
        assertEquals(0, run(with(book, "chapters")));
        assertTrue(out().contains("\theartbeat\tHeartbeat"), out());
        out.reset();
        assertEquals(0, run(with(book, "render", "heartbeat")));
        assertTrue(out().contains("This chapter could not be shown: the file could not be read: it is no longer"), out());
    }
}
