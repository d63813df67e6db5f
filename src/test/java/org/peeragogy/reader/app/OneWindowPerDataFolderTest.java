package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * One reader per data folder (issue 16's try-out, W3: a second start on one profile raced the first on the group
 * folder's staging file and left three of the reader's files in the group). A real second process started while
 * the data folder is held is refused in words, with its own exit code, and touches nothing; once the lock is given
 * back the same start opens.
 */
@Tag("ui")
class OneWindowPerDataFolderTest {
    @TempDir
    Path temp;

    @Test
    void aSecondStartOnADataFolderInUseSaysSoAndTouchesNothing() throws Exception {
        Path data = Files.createDirectories(temp.resolve("ana"));
        DataDirLock.Outcome first = DataDirLock.take(data);
        DataDirLock lock = assertInstanceOf(DataDirLock.Taken.class, first).lock();
        try {
            WindowProcess.Ended second = WindowProcess.smoke(TestHandbooks.fixture(), data, "gardens", temp);
            assertTrue(second.exited(), second.err());
            assertEquals(Gui.ALREADY_OPEN, second.code(), second.err());
            assertTrue(second.err().contains("Peeragogy Reader is already open with this data folder (" + data
                    .toAbsolutePath() + ")"), second.err());
            assertFalse(Files.exists(data.resolve("reader.db")), "the notes file is not opened, let alone made");
        } finally {
            lock.close();
        }
        assertFalse(lock.held());
        WindowProcess.Ended again = WindowProcess.smoke(TestHandbooks.fixture(), data, "gardens", temp);
        assertEquals(0, again.code(), again.err());
        assertInstanceOf(DataDirLock.Taken.class, DataDirLock.take(data), "given back when the process ended")
                .lock().close();
    }

    /**
     * {@code group-folder sync} writes the reader's file through the data folder's staging file, as the window does,
     * so it is refused while a window holds the data folder (the notes commands rely on SQLite's own locking).
     */
    @Test
    void groupFolderSyncIsRefusedWhileAWindowHoldsTheDataFolder() throws Exception {
        Path data = temp.resolve("ana");
        Path stick = Files.createDirectories(temp.resolve("stick"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.util.function.Function<String[], Integer> cli = args -> {
            try {
                String[] all = new String[args.length + 4];
                all[0] = "--handbook";
                all[1] = TestHandbooks.fixture().toString();
                all[2] = "--data-dir";
                all[3] = data.toString();
                System.arraycopy(args, 0, all, 4, args.length);
                err.reset();
                return Main.runCommand(Options.parse(all), new java.io.PrintStream(out, true),
                        new java.io.PrintStream(err, true));
            } catch (Options.UsageException e) {
                throw new AssertionError(e);
            }
        };
        assertEquals(0, cli.apply(new String[] {"group-folder", "set", stick.toString()}), err.toString());
        DataDirLock lock = assertInstanceOf(DataDirLock.Taken.class, DataDirLock.take(data)).lock();
        try {
            assertEquals(1, cli.apply(new String[] {"group-folder", "sync"}));
            assertTrue(err.toString().startsWith("group-folder sync: Peeragogy Reader is open with this data folder"),
                    err.toString());
            try (java.util.stream.Stream<Path> files = Files.list(stick)) {
                assertEquals(0, files.count(), "nothing written into the group folder");
            }
            // Fresh tester 16c's F8: these ran behind the window, which went on writing to the folder it had.
            Path other = Files.createDirectories(temp.resolve("other"));
            for (String[] args : List.of(new String[] {"group-folder", "set", other.toString()},
                    new String[] {"undo-import"})) {
                assertEquals(1, cli.apply(args), String.join(" ", args));
                assertTrue(err.toString().contains("Peeragogy Reader is open with this data folder")
                        && err.toString().contains("Nothing was changed."), err.toString());
            }
            assertEquals(0, cli.apply(new String[] {"group-folder", "status"}), "status only reads: " + err);
            try (Database db = Database.open(data)) {
                assertEquals(Optional.of(stick.toString()), db.settings().get(GroupFolder.FOLDER_SETTING),
                        "the group folder the window writes to is still the setting");
            }
        } finally {
            lock.close();
        }
    }
}
