package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.ReaderViewModel;

/** add-handbook, handbooks, and --handbook naming an installed handbook. */
class HandbookCommandsTest {
    private static final String BOOK = TestHandbooks.FIXTURE_IDENTITY;
    private static final String OTHER = "handbook-manual-de-peeragog-a";

    @TempDir
    Path temp;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Options.UsageException {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = temp.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.runCommand(Options.parse(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path translation() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("es"));
        Files.writeString(dir.resolve("uno.md"), "# Uno\n\nPrimero.\n");
        Files.writeString(dir.resolve("dos.md"), "# Dos\n\nSegundo.\n");
        Files.writeString(dir.resolve("index.html"),
                "<title>Manual de Peeragogía</title><a href=\"uno.html\">1</a><a href=\"dos.html\">2</a>");
        return dir;
    }

    @Test
    void addHandbookPrintsIdentityAndTitleAndHandbooksListsThem() throws Exception {
        assertEquals(0, run("add-handbook", TestHandbooks.fixture().toString()), err());
        assertEquals(BOOK + "\tThe Study Circle Handbook\t\n", out());
        assertEquals(0, run("add-handbook", translation().toString()), err());
        assertEquals(OTHER + "\tManual de Peeragogía\tes\n", out()); // the folder "es" names its language

        assertEquals(0, run("handbooks"));
        String[] lines = out().split("\n");
        assertEquals(2, lines.length, out());
        assertEquals(List.of(OTHER, "Manual de Peeragogía", "2",
                temp.resolve("data").resolve("handbooks").resolve(OTHER).toAbsolutePath().toString(), "es"),
                List.of(lines[0].split("\t", -1)));
        assertTrue(lines[1].startsWith(BOOK + "\tThe Study Circle Handbook\t"), lines[1]);
    }

    @Test
    void theHandbookAddedLastOpensFromNowOnAndAnyInstalledOneCanBeNamed() throws Exception {
        run("add-handbook", TestHandbooks.fixture().toString());
        run("add-handbook", translation().toString());
        assertEquals(0, run("chapters"));
        assertEquals("\tuno\tUno\tChapters\n\tdos\tDos\tChapters\n", out());
        assertEquals(0, run("--handbook", BOOK, "chapters"));
        assertTrue(out().startsWith("\twelcome\t"), out());
        assertEquals(2, run("--handbook", "no-such-book", "chapters"));
        assertTrue(err().startsWith("There is no file or folder at no-such-book, and no installed handbook is "
                + "called 'no-such-book'"), err());
    }

    @Test
    void addingTheSameHandbookAgainSaysItReplacedTheCopy() throws Exception {
        run("add-handbook", TestHandbooks.fixture().toString());
        assertEquals(0, run("add-handbook", TestHandbooks.fixture().toString()));
        assertTrue(out().contains("already installed"), out());
    }

    @Test
    void aBadFileIsOneLineOfReasonAndExitOne() throws Exception {
        Path bad = Files.writeString(temp.resolve("broken.zip"), "PK this is not really a zip");
        assertEquals(1, run("add-handbook", bad.toString()));
        assertEquals("", out());
        String[] lines = err().split("\n");
        assertEquals(1, lines.length, err());
        assertTrue(lines[0].startsWith("broken.zip could not be read as a zip archive"), err());
        assertFalse(err().contains("Usage"), err());
        assertFalse(err().contains("at org."), err());
        assertEquals(0, run("handbooks"));
        assertEquals("", out());
    }

    @Test
    void addHandbookNeedsExactlyOnePath() throws Exception {
        Options.UsageException e = org.junit.jupiter.api.Assertions.assertThrows(Options.UsageException.class,
                () -> Options.parse("add-handbook"));
        assertEquals("add-handbook takes one folder or zip file", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(Options.UsageException.class,
                () -> Options.parse("handbooks", "extra"));
        assertTrue(Options.USAGE.contains("add-handbook PATH"));
    }

    @Test
    void theChosenInstalledHandbookComesBeforeThePathSettingAndFallsBackWhenRemoved() throws Exception {
        Path data = temp.resolve("data");
        run("add-handbook", translation().toString());
        HandbookLibrary library = new HandbookLibrary(data.resolve("handbooks"));
        List<Path> candidates = List.of(TestHandbooks.fixture());
        try (Handbook h = HandbookLocator.locate(Optional.empty(), library, Optional.of(OTHER), candidates)) {
            assertEquals(OTHER, h.book().identity());
        }
        library.remove(OTHER);
        try (Handbook h = HandbookLocator.locate(Optional.empty(), library, Optional.of(OTHER), candidates)) {
            assertEquals(BOOK, h.book().identity());
        }
        // An existing user's handbook.path setting still opens.
        try (Database db = Database.open(data)) {
            db.settings().put(ReaderViewModel.HANDBOOK_KEY, TestHandbooks.fixture().toAbsolutePath().toString());
            assertEquals(Optional.of(OTHER), Main.remembered(db).identity());
        }
        assertEquals(0, run("chapters"));
        assertTrue(out().startsWith("\twelcome\t"), out());
    }

    /** A folder of three languages, our own sentences: English (the default), Thai and Arabic. */
    private Path threeLanguages() throws Exception {
        Path root = temp.resolve("seeds");
        for (String[] c : new String[][] {{"en", "# Welcome\n\nWe swap seeds every week.\n"},
                {"th", "# ยินดีต้อนรับ\n\nเราแลกเมล็ดพันธุ์ทุกสัปดาห์\n"}, {"ar", "# مرحبا\n\nنتبادل البذور كل أسبوع.\n"}}) {
            Files.createDirectories(root.resolve("chapters").resolve(c[0]));
            Files.writeString(root.resolve("chapters").resolve(c[0]).resolve("welcome.md"), c[1]);
        }
        return root;
    }

    /**
     * Issue 13 (third test, m6): each language of an installed folder is listed with its language, and the
     * command line opens any of them by its identity or with --language; notes made there are that edition's.
     */
    @Test
    void everyLanguageOfAnInstalledFolderIsListedAndOpensByIdentityOrLanguage() throws Exception {
        assertEquals(0, run("add-handbook", threeLanguages().toString()), err());
        String[] added = out().split("\n");
        assertEquals("handbook-seeds.en\tseeds (English)\ten", added[0]);
        assertTrue(added[1].startsWith("handbook-seeds.ar\t") && added[1].endsWith("\tar"), added[1]);
        assertTrue(added[2].startsWith("handbook-seeds.th\t") && added[2].endsWith("\tth"), added[2]);
        assertTrue(added[3].startsWith("Its folder holds 3 languages") && added[3].contains("--language ar"), added[3]);

        assertEquals(0, run("handbooks"));
        List<String> listed = List.of(out().split("\n")).stream().map(l -> l.split("\t")[0] + " " + l.split("\t")[4])
                .toList();
        assertEquals(List.of("handbook-seeds.en en", "handbook-seeds.ar ar", "handbook-seeds.th th"), listed);

        assertEquals(0, run("--handbook", "handbook-seeds.th", "search", "เมล็ด"), err());
        assertTrue(out().startsWith("chapter\twelcome\t"), out());
        assertTrue(out().contains("[เมล็ด]"), out());
        assertEquals(0, run("--language", "th", "highlight", "welcome", "--quote", "ทุกสัปดาห์"), err());
        assertEquals(0, run("--handbook", "handbook-seeds.th", "notes"));
        assertTrue(out().contains("\tทุกสัปดาห์\t"), out());
        assertEquals(0, run("notes"), "the English edition, opened without --language, has no such note");
        assertEquals("", out());
        assertEquals(0, run("--language", "AR", "chapters"));
        assertTrue(out().contains("\tمرحبا\t"), out());
    }

    /** --language on a folder that holds no such edition says which languages it holds; exit 2 as for any usage. */
    @Test
    void anEditionTheFolderDoesNotHoldIsRefusedNamingTheLanguagesItHas() throws Exception {
        Path folder = threeLanguages();
        assertEquals(0, run("--handbook", folder.toString(), "--language", "th", "chapters"), err());
        assertTrue(out().contains("\tยินดีต้อนรับ\t"), out());
        assertEquals(2, run("--handbook", folder.toString(), "--language", "es", "chapters"));
        assertTrue(err().startsWith("The handbook at " + folder + " has no edition in 'es': its languages are en (English), "
                + "ar ("), err());
        assertTrue(err().contains("th (ไทย)"), err());
        assertEquals(2, run("--handbook", TestHandbooks.fixture().toString(), "--language", "th", "chapters"));
        assertTrue(err().contains("has no edition in 'th': its folder holds one language only."), err());
        Options.UsageException e = org.junit.jupiter.api.Assertions.assertThrows(Options.UsageException.class,
                () -> Options.parse("--language", "th", "handbooks"));
        assertTrue(e.getMessage().startsWith("--language chooses the edition"), e.getMessage());
    }

    /** A copy installed before its languages were recorded is listed as before, on one line, and still opens. */
    @Test
    void aCopyInstalledBeforeLanguagesWereRecordedIsListedAlone() throws Exception {
        run("add-handbook", threeLanguages().toString());
        Path meta = temp.resolve("data").resolve("handbooks").resolve("handbook-seeds.en").resolve(".pack.properties");
        Files.write(meta, Files.readAllLines(meta).stream().filter(l -> !l.startsWith("editions")).toList());
        assertEquals(0, run("handbooks"));
        assertEquals(1, out().split("\n").length, out());
        assertEquals(0, run("--handbook", "handbook-seeds.en", "--language", "th", "chapters"), err());
        assertTrue(out().contains("\tยินดีต้อนรับ\t"), out());
    }
}
