package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.Damage;
import org.peeragogy.reader.NotesFixture;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Backups;
import org.peeragogy.reader.store.Database;

/** The command line with a damaged notes file: every command says why and how to go on; recover does it. */
class RecoveryCommandsTest {
    @TempDir
    Path temp;
    private Path data;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private List<Annotation> backedUp;
    private Path file;

    private int run(String... args) throws Options.UsageException {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--handbook", TestHandbooks.fixture().toString(),
                "--data-dir", data.toString()));
        all.addAll(List.of(args));
        return Main.runCommand(Options.parse(all.toArray(String[]::new)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Twenty notes on the fixture handbook, backed up yesterday; two more since; then the header is overwritten. */
    @BeforeEach
    void damagedNotesWithABackup() throws Exception {
        data = temp.resolve("data");
        file = data.resolve("reader.db");
        String identity;
        try (Handbook h = Handbooks.open(TestHandbooks.fixture())) {
            identity = h.book().identity();
        }
        try (Database db = Database.open(data)) {
            backedUp = NotesFixture.add(db, identity, "gardens", 20, "mine");
            new Backups(data).takeIfDue(db, LocalDate.now().minusDays(1));
            NotesFixture.add(db, identity, "gardens", 2, "after the backup");
        }
        Damage.BAD_HEADER.apply(file);
    }

    private void assertSaysWhyAndHowToGoOn(int code) {
        assertEquals(RecoverCommand.DAMAGED, code, err());
        String[] lines = err().split("\n");
        assertEquals("Your notes file " + file + " is damaged (it is not a notes file). Nothing has been changed.",
                lines[0]);
        assertTrue(err().contains("peeragogy-reader --data-dir " + data + " recover --restore-backup   restore the backup of "
                + LocalDate.now().minusDays(1) + " (20 notes)"), err());
        assertTrue(err().contains("peeragogy-reader --data-dir " + data + " recover --start-fresh "), err());
        assertFalse(err().contains("Exception") || err().contains("\tat ") || err().contains("full")
                || err().contains("another copy"), err());
    }

    @Test
    void everyCommandThatNeedsTheNotesSaysWhyAndHowToGoOnAndChangesNothing() throws Exception {
        String before = Damage.hash(file);
        Path export = temp.resolve("out.jsonld");
        assertSaysWhyAndHowToGoOn(run("notes"));
        assertSaysWhyAndHowToGoOn(run("export", "--format", "w3c", "--out", export.toString()));
        assertSaysWhyAndHowToGoOn(run("highlight", "gardens", "--quote", "how deep to sow beans"));
        assertSaysWhyAndHowToGoOn(run("undo-import"));
        assertSaysWhyAndHowToGoOn(run("recover"));
        assertFalse(Files.exists(export));
        assertEquals(before, Damage.hash(file));
        try (var files = Files.list(data)) {
            assertEquals(List.of("backups", "reader.db"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void commandsThatReadOnlyTheHandbookStillWorkAndSayTheNotesAreDamaged() throws Exception {
        assertEquals(0, run("chapters"));
        assertTrue(out().contains("\tgardens\tLearning in a shared garden\t"), out());
        assertEquals(0, run("render", "gardens"));
        assertTrue(out().startsWith("<!DOCTYPE html>"));

        assertEquals(0, run("search", "harvest"));
        assertTrue(out().startsWith("chapter\tgardens\t"), out());
        assertTrue(err().startsWith("Your notes are not searched: Your notes file " + file + " is damaged"), err());
        assertEquals(0, run("--handbook", TestHandbooks.fixture().toString(), "chapters"));
    }

    @Test
    void restoreBackupPutsThatDaysNotesBackAndKeepsTheDamagedFileAside() throws Exception {
        String damaged = Damage.hash(file);

        assertEquals(0, run("recover", "--restore-backup"));

        assertTrue(out().startsWith("Restored your notes from the backup of " + LocalDate.now().minusDays(1)
                + " (20 notes); changes made since are not in it. The damaged file is kept as "
                + data.resolve("reader.db.damaged-")), out());
        Path aside = setAside();
        assertEquals(damaged, Damage.hash(aside));
        assertEquals(0, run("notes", "--json"));
        for (Annotation a : backedUp) {
            assertTrue(out().contains(a.id()), a.id());
        }
        assertFalse(out().contains("after the backup"));
        assertEquals(0, run("recover"));
        assertTrue(out().contains("there is nothing to recover"), out());
    }

    @Test
    void startFreshSavesEveryReadableNoteToAFileThatImportBringsBack() throws Exception {
        String damaged = Damage.hash(file);

        assertEquals(0, run("recover", "--start-fresh"));

        String[] lines = out().split("\n");
        assertTrue(lines[0].startsWith("Started a new, empty notes file. The 22 notes that could still be read are"
                + " saved in " + data.resolve("salvaged-notes-")), lines[0]);
        Path salvaged = Path.of(lines[0].replaceFirst(".* are saved in (.*?\\.peeranotes)\\..*", "$1"));
        assertTrue(Files.isRegularFile(salvaged), salvaged.toString());
        assertEquals("Import them with: peeragogy-reader --data-dir " + data + " import " + salvaged, lines[1]);
        assertEquals(damaged, Damage.hash(setAside()));

        assertEquals(0, run("notes"));
        assertEquals("", out());
        assertEquals(0, run("import", salvaged.toString()));
        assertTrue(out().startsWith("Imported: 22 new"), out());
        assertEquals(0, run("notes"));
        assertEquals(22, out().split("\n").length);
    }

    @Test
    void recoverOnANotesFileThatIsNotDamagedChangesNothing() throws Exception {
        Files.delete(file);
        NotesFixture.write(data, "book-a", "wiki", 1);
        String before = Damage.hash(file);
        assertEquals(1, run("recover", "--start-fresh"));
        assertTrue(out().contains("there is nothing to recover. Nothing was changed."), out());
        assertEquals(1, run("recover", "--restore-backup"));
        assertEquals(before, Damage.hash(file));
    }

    private Path setAside() throws Exception {
        try (var files = Files.list(data)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("reader.db.damaged-")).toList();
            assertEquals(1, aside.size(), aside.toString());
            return aside.get(0);
        }
    }
}
