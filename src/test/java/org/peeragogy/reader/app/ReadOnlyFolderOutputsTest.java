package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.NotesFixture;
import org.peeragogy.reader.ReadOnlyFolders;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.share.group.GroupFolder;

/**
 * A folder that cannot be written to (fresh tester t31's F10), made really read-only ({@link ReadOnlyFolders}: chattr
 * +i for root): {@code group-folder set} refuses it at once, and an export into it says the folder is read-only, not
 * "the file cannot be created there … check that the disk is not full".
 */
class ReadOnlyFolderOutputsTest {
    @TempDir
    Path temp;
    private Path data;
    private Path locked;
    private final ReadOnlyFolders readOnly = new ReadOnlyFolders();

    @BeforeEach
    void notesAndALockedFolder() throws Exception {
        data = temp.resolve("data");
        try (Handbook h = Handbooks.open(TestHandbooks.fixture())) {
            NotesFixture.write(data, h.book().identity(), "gardens", 3);
        }
        locked = Files.createDirectory(temp.resolve("locked stick"));
        readOnly.protect(locked);
    }

    @AfterEach
    void writableAgain() {
        readOnly.close();
    }

    @Test
    void groupFolderSetRefusesAReadOnlyFolderAtOnceSayingWhatToDo() throws Exception {
        CommandRun ana = new CommandRun(data);
        assertEquals(1, ana.run("group-folder", "set", locked.toString()));
        assertEquals("The folder " + locked + " cannot be written to (it is read-only), and the reader writes your notes"
                + " there for the group. Make it writable (a stick's lock switch on its side, the shared folder's"
                + " permissions), or choose another folder. Then run group-folder set again.\n", ana.err());
        try (Database db = Database.open(data)) {
            assertTrue(db.settings().get(GroupFolder.FOLDER_SETTING).isEmpty(), "nothing was set");
        }
    }

    @Test
    void anExportIntoAReadOnlyFolderSaysTheFolderIsReadOnlyNotThatTheDiskMayBeFull() throws Exception {
        CommandRun ana = new CommandRun(data);
        for (String format : new String[] {"notes", "w3c", "markdown"}) {
            Path out = locked.resolve("mine." + format);
            assertEquals(1, ana.run("export", "--format", format, "--out", out.toString()), format);
            assertEquals("Cannot write " + out + ": the folder " + locked + " cannot be written to (it is read-only),"
                    + " so no file can be made there. Nothing was written. Choose a folder you can write to, or make"
                    + " this one writable.\n", ana.err(), format);
            assertFalse(ana.err().contains("disk"), ana.err());
        }
        try (var left = Files.list(locked)) {
            assertEquals(0, left.count(), "nothing was left in the folder");
        }
    }

    /** Fresh tester t32's F5: over a read-only file in a writable folder, the export blamed the disk. */
    @Test
    void anExportOverAReadOnlyFileSaysTheFileIsReadOnlyNotThatTheDiskMayBeFull() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("writable"));
        CommandRun ana = new CommandRun(data);
        for (String format : new String[] {"notes", "w3c", "markdown"}) {
            Path out = folder.resolve("old." + format);
            Files.writeString(out, "old");
            readOnly.protect(out);
            assertEquals(1, ana.run("export", "--format", format, "--out", out.toString()), format);
            assertEquals("Cannot write " + out + ": the file is read-only, so it cannot be replaced. Nothing was"
                    + " written. Choose another name, or make this file writable.\n", ana.err(), format);
            assertEquals("old", Files.readString(out), "the file is as it was");
        }
        try (var left = Files.list(folder)) {
            assertEquals(3, left.count(), "no temporary file was left");
        }
    }
}
