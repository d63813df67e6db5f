package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.Damage;
import org.peeragogy.reader.NotesFixture;
import org.peeragogy.reader.ReadOnlyFolders;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.IndexSource;
import org.peeragogy.reader.book.IndexedUnit;

/**
 * A notes file in a folder that cannot be written, on a full disk, or that fails to open: the reader
 * still reads, searches and exports; only saving is refused, with the real cause named.
 */
class NotesFileAccessTest {
    @TempDir
    Path dir;
    private final ReadOnlyFolders readOnly = new ReadOnlyFolders();

    @AfterEach
    void writableAgain() {
        readOnly.close();
    }

    private Path file() {
        return dir.resolve(Database.FILE_NAME);
    }

    private static final IndexSource SOURCE = new IndexSource() {
        @Override
        public List<IndexedUnit> units(org.peeragogy.reader.book.Chapter chapter) {
            return SearchIndexTest.UNITS.get(chapter.id());
        }

        @Override
        public String version() {
            return "test";
        }
    };

    @Test
    void aReadOnlyFolderStillReadsAndSearchesButEverySaveSaysTheFolderIsReadOnly() throws Exception {
        List<Annotation> notes = NotesFixture.write(dir, "tiny-book", "intro", 12);
        String before = Damage.hash(file());
        readOnly.protect(dir);

        try (Database db = Database.open(dir)) {
            assertTrue(db.readOnly());
            String expected = "This folder is read-only: " + dir.toAbsolutePath()
                    + ". Your notes can be read and exported but not saved.";
            assertEquals(Optional.of(expected), db.readOnlyReason().map(org.peeragogy.reader.book.Reason::english));
            assertEquals(java.util.Set.copyOf(notes), java.util.Set.copyOf(db.annotations().book("tiny-book")));
            // The handbook's index is not in the file yet: it is built in a private copy, and searched there.
            db.search().ensureIndexed(SearchIndexTest.book("f1"), SOURCE, SearchIndex.Progress.NONE);
            assertFalse(db.search().search("tiny-book", "wrapper", 10).isEmpty());
            assertFalse(db.search().search("tiny-book", "learned", 10).isEmpty(), "notes are searched too");

            StoreException e = assertThrows(StoreException.class, () -> NotesFixture.add(db, "tiny-book", "intro", 1, "x"));
            assertEquals("Saving your note failed. " + expected, e.getMessage());
            e = assertThrows(StoreException.class, () -> db.settings().put("view.theme", "dark"));
            assertEquals("Saving the setting 'view.theme' failed. " + expected, e.getMessage());
            // The window's second connection (its ordered writer, exports) is opened the same way.
            try (Database other = db.another()) {
                assertEquals(Optional.of(expected), other.readOnlyReason().map(org.peeragogy.reader.book.Reason::english));
                assertEquals(12, other.annotations().book("tiny-book").size());
            }
        }
        assertEquals(before, Damage.hash(file()));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file()), files.toList(), "nothing was made beside the notes file");
        }
    }

    @Test
    void aReadOnlyNotesFileInAWritableFolderIsReadOnlyToo() throws Exception {
        NotesFixture.write(dir, "book-a", "wiki", 3);
        readOnly.protect(file());
        try (Database db = Database.open(dir)) {
            assertTrue(db.readOnly());
            assertEquals(3, db.annotations().book("book-a").size());
            StoreException e = assertThrows(StoreException.class,
                    () -> db.authors().setVisible("Ana", false));
            assertEquals("Saving the author layer failed. Your notes file is read-only: " + file().toAbsolutePath()
                    + ". Your notes can be read and exported but not saved.", e.getMessage());
            // The place, saved after every page turn, is quietly not remembered: the reader was told once.
            db.readingPositions().put("book-a", new ReadingPositions.Position("wiki", 0.5));
            assertEquals(Optional.empty(), db.readingPositions().get("book-a"));
        }
    }

    @Test
    void aReadOnlyFolderWithoutANotesFileSaysSoAndSuggestsAnotherFolder() throws Exception {
        readOnly.protect(dir);
        OpenFailure e = assertThrows(OpenFailure.class, () -> Database.open(dir));
        assertEquals(OpenFailure.Kind.READ_ONLY_FOLDER, e.kind());
        assertFalse(e.damaged());
        assertTrue(e.getMessage().startsWith("This folder is read-only: " + dir.toAbsolutePath()), e.getMessage());
        assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
    }

    /**
     * A full disk, the way SQLite meets it: max_page_count stops the file growing with SQLITE_FULL, the
     * very error a full file system gives (a real one needs a mount, which tests cannot make).
     */
    @Test
    void aFullDiskRefusesTheSaveSayingTheDiskIsFullAndChangesNothing() throws Exception {
        try (Database db = Database.open(dir)) {
            NotesFixture.add(db, "book-a", "wiki", 3, "before");
            try (Statement s = db.connection().createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                s.execute("PRAGMA max_page_count=" + s.executeQuery("PRAGMA page_count").getInt(1));
            }
            // Notes are saved one by one until the file cannot grow; the one that failed is not half there.
            int saved = 0;
            StoreException e = null;
            while (e == null && saved < 1000) {
                try {
                    NotesFixture.add(db, "book-a", "wiki", 1, "more " + saved);
                    saved++;
                } catch (StoreException full) {
                    e = full;
                }
            }
            assertTrue(e != null, "the file never filled up");
            assertTrue(e.getMessage().contains(" failed. The disk is full: " + dir.toAbsolutePath()
                    + ". Free some space and try again; your notes can still be read and exported."), e.getMessage());
            assertEquals(3 + saved, db.annotations().book("book-a").size());
            assertEquals(List.of(), Sqlite.quickCheck(db.connection()));
        }
    }

    /** Issue 10: whatever fails once SQLite has the file open, the connection (and its file) is closed. */
    @Test
    void aFailedOpenLeavesNoConnectionToTheFile() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        Assumptions.assumeTrue(Files.isDirectory(fds), "needs Linux's /proc to see open files");
        NotesFixture.write(dir, "book-a", "wiki", 300);
        // The first page's b-tree header (just after the 100-byte file header): SQLite opens the file and
        // reads user_version, then the first statement that reads the schema fails (before issue 10 was
        // fixed, PRAGMA journal_mode=WAL threw here and the connection stayed open).
        byte[] b = Files.readAllBytes(file());
        for (int i = 100; i < 108; i++) {
            b[i] = (byte) 0xff;
        }
        Files.write(file(), b);
        for (int round = 0; round < 3; round++) {
            OpenFailure e = assertThrows(OpenFailure.class, () -> Database.open(dir));
            assertEquals(OpenFailure.Kind.CORRUPT, e.kind(), e.getMessage());
        }
        assertEquals(0, openHandlesTo(fds, file()));
        Damage.FLIPPED_MIDDLE.apply(file());
        assertThrows(OpenFailure.class, () -> Database.open(dir));
        assertEquals(0, openHandlesTo(fds, file()));
    }

    private static long openHandlesTo(Path fds, Path file) throws IOException {
        Path real = file.toRealPath();
        try (var list = Files.list(fds)) {
            return list.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException | UnsupportedOperationException e) {
                    return false; // closed meanwhile, or not a link
                }
            }).count();
        }
    }
}
