package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.IndexSource;
import org.peeragogy.reader.book.IndexedUnit;

/**
 * Issue 10: a write that fails in any way, also with an unchecked exception from inside its work, leaves
 * the user's file byte for byte as it was, at every place that writes in a transaction.
 */
class WholeOrNothingTest {
    @TempDir
    Path dir;

    /** The file's bytes (and its write-ahead log's, if any) and every row of every table, read afresh. */
    record FileState(String sha256, List<String> rows) {
    }

    /** Read after the reader closed the database, with a connection of its own. */
    private FileState state() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(Files.readAllBytes(file));
        Path wal = dir.resolve(Database.FILE_NAME + "-wal");
        if (Files.exists(wal)) {
            sha.update(Files.readAllBytes(wal));
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(t);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.append('|').append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : v);
                        }
                        rows.add(row.toString());
                    }
                }
            }
            rows.add("user_version|" + s.executeQuery("PRAGMA user_version").getInt(1));
        }
        rows.sort(null);
        return new FileState(hash, rows);
    }

    private static final Instant T = Instant.parse("2026-03-04T05:06:07.008Z");

    private static Annotation note(String name, String text) {
        String id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        return new Annotation(id, "book-a", "wiki", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, text,
                List.of("tag-" + name), "Bo", "", T, T, Optional.empty(), Optional.empty());
    }

    private static List<MergeRecords.Incoming> incoming(String... names) {
        List<MergeRecords.Incoming> out = new ArrayList<>();
        for (String n : names) {
            out.add(new MergeRecords.Incoming(note(n, "note " + n), Optional.empty(), Optional.empty()));
        }
        return out;
    }

    private static AnnotationStore.Draft draft(String text) {
        return new AnnotationStore.Draft("book-a", "wiki", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.GREEN,
                text, List.of("one", "two"), "Ana", Optional.empty());
    }

    /** Indexes as the reader does, but throws {@code failure} on call number {@code failAt}. */
    private static SearchIndex.NoteIndexer failingAt(int failAt, RuntimeException failure) {
        AtomicInteger calls = new AtomicInteger();
        return (rows, a) -> {
            if (calls.incrementAndGet() == failAt) {
                throw failure;
            }
            rows.index(a);
        };
    }

    @Test
    void aNoteWhoseSearchRowFailsIsNotSavedAndTheFileIsUnchanged() throws Exception {
        Annotation kept;
        try (Database db = Database.open(dir)) {
            kept = db.annotations().create(draft("kept"));
        }
        FileState before = state();
        IllegalStateException broke = new IllegalStateException("the search row could not be made");
        try (Database db = Database.open(dir)) {
            // The row and its tags are written, then indexing throws: all of it must go.
            AnnotationStore failing = new AnnotationStore(db, failingAt(1, broke));
            assertSame(broke, assertThrows(IllegalStateException.class, () -> failing.create(draft("lost"))));
            AnnotationStore failingAgain = new AnnotationStore(db, failingAt(1, broke));
            assertSame(broke, assertThrows(IllegalStateException.class,
                    () -> failingAgain.edit(kept.id(), Annotation.Colour.PINK, "changed", List.of("changed"))));
            assertEquals(List.of(kept), db.annotations().everything());
        }
        assertEquals(before, state());
    }

    @Test
    void aLayerChangeThatFailsAfterMakingTheLayerLeavesTheFileUnchanged() throws Exception {
        String ana = "urn:uuid:11111111-1111-4111-8111-111111111111";
        try (Database db = Database.open(dir)) {
            db.annotations().create(draft("kept"));
            // The layer's row is made first; then the change itself is refused, as a full disk would.
            try (java.sql.Statement st = db.connection().createStatement()) {
                st.execute("CREATE TRIGGER no_hiding BEFORE UPDATE OF visible ON author"
                        + " BEGIN SELECT RAISE(ABORT, 'disk full'); END");
            }
        }
        FileState before = state();
        try (Database db = Database.open(dir)) {
            assertThrows(StoreException.class, () -> db.authors().setVisible(ana, false));
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT count(*) FROM author WHERE id = ?")) {
                ps.setString(1, ana);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(0, rs.getInt(1), "the layer made for the change went with it");
                }
            }
        }
        assertEquals(before, state());
    }

    @Test
    void afterAFailedSaveTheNextSaveIsCommittedAtOnce() throws Exception {
        try (Database db = Database.open(dir)) {
            AnnotationStore failing = new AnnotationStore(db, failingAt(1, new IllegalStateException("broke")));
            assertThrows(IllegalStateException.class, () -> failing.create(draft("lost")));
            Annotation saved = db.annotations().create(draft("saved"));
            // Another connection sees it while the reader is still open: no transaction was left open.
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file());
                 PreparedStatement ps = other.prepareStatement("SELECT note FROM annotation")) {
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(saved.note(), rs.getString(1));
                    assertFalse(rs.next(), "the failed note is not there");
                }
            }
        }
    }

    @Test
    void anImportThatFailsHalfwayLeavesTheFileUnchanged() throws Exception {
        try (Database db = Database.open(dir)) {
            db.annotations().create(draft("mine"));
        }
        FileState before = state();
        IllegalStateException broke = new IllegalStateException("broke on the second note");
        try (Database db = Database.open(dir)) {
            // The batch, the first note (row, tags, search row, base, author) are written before it throws.
            ShareStore failing = new ShareStore(db, failingAt(2, broke));
            assertSame(broke, assertThrows(IllegalStateException.class, () -> failing.apply(incoming("a", "b", "c"),
                    a -> true, "theirs.peeranotes", "notes", Map.of("Bo", "#123456"))));
            assertTrue(db.sharing().batches().isEmpty());
        }
        assertEquals(before, state());
    }

    @Test
    void anUndoThatFailsHalfwayLeavesTheImportInPlace() throws Exception {
        long batch;
        try (Database db = Database.open(dir)) {
            batch = db.sharing().apply(incoming("a", "b", "c"), a -> true, "theirs.peeranotes", "notes", Map.of())
                    .batchId().orElseThrow();
        }
        FileState before = state();
        IllegalStateException broke = new IllegalStateException("broke on the second note");
        try (Database db = Database.open(dir)) {
            ShareStore failing = new ShareStore(db, failingAt(2, broke));
            assertSame(broke, assertThrows(IllegalStateException.class, () -> failing.undoImport(batch)));
        }
        assertEquals(before, state());
        try (Database db = Database.open(dir)) {
            db.sharing().undoImport(batch);
            assertTrue(db.annotations().everything().isEmpty(), "the import can still be undone whole");
        }
    }

    @Test
    void anIndexBuildThatFailsHalfwayKeepsTheOldIndexAndTheFileUnchanged() throws Exception {
        try (Database db = Database.open(dir)) {
            db.search().ensureIndexed(SearchIndexTest.book("fp-1"), new SearchIndexTest.CountingSource(),
                    SearchIndex.Progress.NONE);
        }
        FileState before = state();
        // A source with a hole in its units: the old index is deleted and half the new one written
        // before the hole is reached.
        IndexSource holed = new IndexSource() {
            @Override
            public List<IndexedUnit> units(Chapter chapter) {
                List<IndexedUnit> units = new ArrayList<>(SearchIndexTest.UNITS.get(chapter.id()));
                if (chapter.id().equals("roles")) {
                    units.add(1, null);
                }
                return units;
            }

            @Override
            public String version() {
                return "test-1";
            }
        };
        try (Database db = Database.open(dir)) {
            assertThrows(NullPointerException.class,
                    () -> db.search().ensureIndexed(SearchIndexTest.book("fp-2"), holed, SearchIndex.Progress.NONE));
            assertTrue(db.search().isIndexed(SearchIndexTest.book("fp-1")));
            assertEquals("intro", db.search().search("tiny-book", "peeragogia", 5).get(0).chapterId());
        }
        assertEquals(before, state());
    }

    @Test
    void anUpgradeThatFailsWithAnUncheckedExceptionLeavesTheOldSchema() throws Exception {
        try (Database db = Database.open(dir, Database.MIGRATIONS.subList(0, 1))) {
            db.settings().put("view.theme", "sepia");
        }
        FileState before = state();
        IllegalStateException broke = new IllegalStateException("the last step could not be read");
        // The migrations as a list whose last step throws: the steps before it have run by then.
        List<String> failingLast = new AbstractList<>() {
            @Override
            public String get(int i) {
                if (i == size() - 1) {
                    throw broke;
                }
                return Database.MIGRATIONS.get(i);
            }

            @Override
            public int size() {
                return Database.MIGRATIONS.size();
            }
        };
        assertSame(broke, assertThrows(IllegalStateException.class, () -> Database.open(dir, failingLast)));
        assertEquals(before, state());
        try (Database db = Database.open(dir)) {
            assertEquals(Database.MIGRATIONS.size(), db.schemaVersion());
            assertEquals(Optional.of("sepia"), db.settings().get("view.theme"));
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable t) throws E {
        throw (E) t;
    }

    @Test
    void anyThrowableRollsBackAndIsRethrownUnchanged() throws Exception {
        List<Throwable> failures = List.of(new SQLException("sql"), new StoreException(org.peeragogy.reader.book.Reason.of(
                org.peeragogy.reader.book.Reason.General.OTHER, "store"), null),
                new IllegalArgumentException("unchecked"), new StackOverflowError("error"), new IOException("sneaky"));
        try (Database db = Database.open(dir)) {
            for (Throwable failure : failures) {
                Throwable thrown = assertThrows(Throwable.class, () -> Transaction.run(db.connection(), "a test", c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("INSERT INTO setting (key, value) VALUES ('half', 'done')");
                    }
                    sneakyThrow(failure);
                    return null;
                }));
                assertSame(failure, thrown);
                assertEquals(0, thrown.getSuppressed().length, "the rollback worked");
                assertEquals(Optional.empty(), db.settings().get("half"), failure.toString());
            }
            assertEquals("done", Transaction.run(db.connection(), "a test", c -> "done"));
        }
    }

    @Test
    void aTransactionInsideATransactionIsRefusedAndNothingIsWritten() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThrows(SQLException.class, () -> Transaction.run(db.connection(), "outer", c -> {
                db.settings().put("outer", "written");
                return Transaction.run(c, "inner", inner -> null);
            }));
            assertEquals(Optional.empty(), db.settings().get("outer"));
            db.settings().put("after", "saved");
            assertNotEquals(Optional.empty(), db.settings().get("after"));
        }
    }
}
