package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;

/**
 * A profile from before author ids (schema 4) opened by this version: it is copied first, the reader gets
 * an id, their notes carry it (also those made under an earlier name), notes that came with an import keep
 * an id made from their author's name (even one called as the reader is), and the layers follow.
 */
class AuthorIdsMigrationTest {
    @TempDir
    Path dir;

    private static final String MINE = "11111111-1111-4111-8111-111111111111";
    private static final String MINE_EARLIER_NAME = "22222222-2222-4222-8222-222222222222";
    private static final String OTHER_ANA = "33333333-3333-4333-8333-333333333333";
    private static final String BO = "44444444-4444-4444-8444-444444444444";

    /** What version 4 of the reader left: the reader (Ana, once Annie), an imported Ana and an imported Bo. */
    private void writeSchemaFour() throws Exception {
        try (Database db = Database.open(dir, Database.MIGRATIONS.subList(0, 4))) {
            Connection c = db.connection();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO setting VALUES ('reader.name', 'Ana')");
                s.execute("INSERT INTO author VALUES ('Ana', '#c2410c', 0), ('Bo', '#15803d', 1)");
                s.execute("INSERT INTO import_batch (id, source, format, imported_at, summary)"
                        + " VALUES (1, 'theirs.peeranotes', 'notes', '2026-01-02T00:00:00Z', '2 new')");
            }
            note(c, MINE, "Ana", "mine");
            note(c, MINE_EARLIER_NAME, "Annie", "mine, before I changed my name");
            note(c, OTHER_ANA, "Ana", "another Ana's, imported");
            note(c, BO, "Bo", "Bo's, imported");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_before (batch_id, annotation_id,"
                    + " existed, had_share) VALUES (1, ?, 0, 0)")) {
                for (String id : List.of(OTHER_ANA, BO)) {
                    ps.setString(1, id);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void note(Connection c, String id, String author, String text) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation (id, book_identity, chapter_id, kind,"
                + " colour, note, author, created_at, updated_at) VALUES (?, 'book-a', 'wiki', 'chapter-note',"
                + " 'yellow', ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")) {
            ps.setString(1, id);
            ps.setString(2, text);
            ps.setString(3, author);
            ps.executeUpdate();
        }
    }

    @Test
    void theReadersNotesTakeTheirNewIdAndImportedOnesAnIdFromTheirName() throws Exception {
        writeSchemaFour();
        try (Database db = Database.open(dir)) {
            String me = db.settings().readerId();
            assertTrue(AuthorIds.isReaderId(me), me);
            Map<String, Annotation> notes = db.annotations().book("book-a").stream()
                    .collect(Collectors.toMap(Annotation::id, a -> a));
            assertEquals(me, notes.get(MINE).authorId());
            assertEquals(me, notes.get(MINE_EARLIER_NAME).authorId(), "made here under an earlier name: still the reader");
            assertEquals("Ana", notes.get(MINE_EARLIER_NAME).author(), "and it shows their present name");
            assertEquals(AuthorIds.fromName("Ana"), notes.get(OTHER_ANA).authorId(),
                    "an imported Ana is not taken for the reader");
            assertEquals(AuthorIds.fromName("Bo"), notes.get(BO).authorId());

            Map<String, AuthorStore.Author> layers = db.authors().byId();
            assertEquals(3, layers.size(), layers.toString());
            AuthorStore.Author mine = layers.get(me);
            assertEquals("Ana", mine.name());
            assertEquals("#c2410c", mine.colour(), "the reader's layer keeps the colour their name had");
            assertFalse(mine.visible(), "and whether it was shown");
            assertTrue(mine.mine());
            assertEquals("#15803d", layers.get(AuthorIds.fromName("Bo")).colour());
            assertNotEquals(mine.colour(), layers.get(AuthorIds.fromName("Ana")).colour());
        }
        try (Database again = Database.open(dir)) {
            assertEquals(Database.MIGRATIONS.size(), again.schemaVersion());
        }
    }

    @Test
    void theIdIsMadeOnceAndKeptAndEachProfileHasItsOwn() throws Exception {
        String first;
        try (Database db = Database.open(dir.resolve("one"))) {
            first = db.settings().readerId();
        }
        try (Database db = Database.open(dir.resolve("one"))) {
            assertEquals(first, db.settings().readerId());
        }
        try (Database db = Database.open(dir.resolve("two"))) {
            assertNotEquals(first, db.settings().readerId());
        }
    }

    @Test
    void theOldFileIsCopiedBeforeItChanges() throws Exception {
        writeSchemaFour();
        try (Database db = Database.open(dir)) {
            assertEquals(Database.MIGRATIONS.size(), db.schemaVersion());
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            Path backup = files.filter(p -> p.getFileName().toString().startsWith("reader-v4-")).findFirst().orElseThrow();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement()) {
                assertEquals(4, s.executeQuery("PRAGMA user_version").getInt(1));
                assertEquals(4, s.executeQuery("SELECT count(*) FROM annotation").getInt(1));
                assertEquals("Bo", s.executeQuery("SELECT author FROM annotation WHERE id = '" + BO + "'").getString(1));
            }
        }
    }

    @Test
    void aRenameCarriesToEveryNoteOfTheReaderAndToNoOneElses() throws Exception {
        writeSchemaFour();
        try (Database db = Database.open(dir)) {
            db.settings().putReaderName("Ana Maria");
            Map<String, String> names = db.annotations().book("book-a").stream()
                    .collect(Collectors.toMap(Annotation::id, Annotation::author));
            assertEquals("Ana Maria", names.get(MINE));
            assertEquals("Ana Maria", names.get(MINE_EARLIER_NAME));
            assertEquals("Ana", names.get(OTHER_ANA), "the other Ana is someone else");
            assertEquals(3, db.authors().list().size(), "one layer per person still");
        }
    }

    @Test
    void aNewEmptyProfileCanGoOnAsTheReaderOfASalvagedOneButNotOnceItHasNotes() throws Exception {
        String earlier = AuthorIds.newReaderId();
        try (Database db = Database.open(dir)) {
            assertTrue(db.settings().adoptReader(earlier, "Ana"));
            assertEquals(earlier, db.settings().readerId());
            assertEquals("Ana", db.settings().get(SettingsStore.READER_NAME).orElseThrow());
            assertFalse(db.settings().adoptReader("not a reader id", "X"));
            db.annotations().create(new AnnotationStore.Draft("book-a", "wiki", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, "a note", List.of(), "Ana", java.util.Optional.empty()));
            assertFalse(db.settings().adoptReader(AuthorIds.newReaderId(), "Someone"), "its notes carry its id");
            assertEquals(earlier, db.settings().readerId());
        }
    }
}
