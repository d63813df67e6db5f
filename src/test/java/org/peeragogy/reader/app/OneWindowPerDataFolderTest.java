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
     * Fresh tester t35's F9: the dialog of a second start was titled "Message", JavaFX's word. It has a title of its
     * own, in the window's language; read as the display has it (a real second process, its window found by name).
     */
    @Test
    void theAlreadyOpenDialogHasATitleOfItsOwn() throws Exception {
        Path data = Files.createDirectories(temp.resolve("ana"));
        DataDirLock lock = assertInstanceOf(DataDirLock.Taken.class, DataDirLock.take(data)).lock();
        Process second = WindowProcess.open(java.util.Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8"),
                TestHandbooks.fixture(), data, temp.resolve("err.txt"), "-Duser.language=en");
        try {
            String title = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH).get("start.alreadyOpenTitle");
            assertEquals("Peeragogy Reader: already open", title);
            long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            String found = "";
            while (found.isEmpty() && System.nanoTime() < end && second.isAlive()) {
                Process search = new ProcessBuilder("xdotool", "search", "--name", "already open")
                        .redirectErrorStream(true).start();
                found = new String(search.getInputStream().readAllBytes()).strip();
                search.waitFor();
                if (found.isEmpty()) {
                    Thread.sleep(200); // a bounded poll of the display for the window
                }
            }
            assertTrue(!found.isEmpty(), "no window titled '" + title + "': " + Files.readString(temp.resolve("err.txt")));
            Process name = new ProcessBuilder("xdotool", "getwindowname", found.lines().findFirst().orElseThrow())
                    .redirectErrorStream(true).start();
            assertEquals(title, new String(name.getInputStream().readAllBytes()).strip());
        } finally {
            second.destroy();
            second.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
            lock.close();
        }
    }

    /**
     * {@code group-folder sync} writes the reader's file through the data folder's staging file, as the window does,
     * so it is refused while a window holds the data folder (as every command that changes the notes is, decision 0052).
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

    /**
     * try17w F9 (decision 0052): {@code vote} and {@code highlight} ran behind an open window, which went on showing
     * the vote withdrawn and no new highlight, while {@code group-folder sync} was refused. Every command that changes
     * the notes is refused alike while a window holds the data folder, says why and changes nothing; the commands
     * that only read still run.
     */
    @Test
    void everyCommandThatChangesTheNotesIsRefusedWhileAWindowHoldsTheDataFolder() throws Exception {
        Path data = temp.resolve("ana");
        CommandRun ana = new CommandRun(data);
        assertEquals(0, ana.run("ask", "gardens", "--note", "Who decides?"), ana.err());
        String q = ana.out().strip();
        assertEquals(0, ana.run("reply", q, "--note", "The group"), ana.err());
        String r = ana.out().strip();
        Path file = temp.resolve("ben.peeranotes");
        CommandRun ben = new CommandRun(temp.resolve("ben"));
        assertEquals(0, ben.run("highlight", "gardens", "--quote", "how deep to sow beans"), ben.err());
        assertEquals(0, ben.run("export", "--format", "notes", "--out", file.toString()), ben.err());
        Files.writeString(data.resolve(DataDirLock.FILE), ""); // a window ran here before
        DataDirLock lock = assertInstanceOf(DataDirLock.Taken.class, DataDirLock.take(data)).lock();
        try {
            for (String[] args : List.of(new String[] {"highlight", "gardens", "--quote", "how deep to sow beans"},
                    new String[] {"ask", "gardens", "--note", "Another?"}, new String[] {"reply", q, "--note", "More"},
                    new String[] {"vote", q}, new String[] {"answered", q, r}, new String[] {"import", file.toString()},
                    new String[] {"undo-import"})) {
                assertEquals(1, ana.run(args), String.join(" ", args));
                assertTrue(ana.err().startsWith(args[0] + ": Peeragogy Reader is open with this data folder (")
                        && ana.err().contains("its window would not know of the change")
                        && ana.err().strip().endsWith("Nothing was changed."), ana.err());
            }
            assertEquals(0, ana.run("notes"), "notes only reads: " + ana.err());
            assertEquals(0, ana.run("import", file.toString(), "--dry-run"), "a dry run only reads: " + ana.err());
        } finally {
            lock.close();
        }
        try (Database db = Database.open(data)) {
            assertEquals(2, db.annotations().everything().size(), "the question and its reply, nothing more");
            assertEquals(List.of(), db.conversation().of(TestHandbooks.FIXTURE_IDENTITY).votes(), "no vote");
            assertTrue(db.conversation().of(TestHandbooks.FIXTURE_IDENTITY).links().get(q).answeredBy().isEmpty());
        }
    }
}
