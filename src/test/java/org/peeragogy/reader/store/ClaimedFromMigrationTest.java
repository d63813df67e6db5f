package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;

/**
 * A profile of schema 7 (before decision 0032) opened by this version: every note stays exactly as it was, the
 * file is copied first, and the notes an earlier import added under the reader's own id, not undone and not saved
 * by the reader since, are marked with the file that brought them; nothing else is. The earlier import can still be
 * undone whole after the upgrade.
 */
class ClaimedFromMigrationTest {
    @TempDir
    Path dir;

    private static final String MINE = "11111111-1111-4111-8111-111111111111";
    private static final String RESTORED = "22222222-2222-4222-8222-222222222222";
    private static final String SAVED_SINCE = "33333333-3333-4333-8333-333333333333";
    private static final String BOS = "44444444-4444-4444-8444-444444444444";
    private static final String COPY = "55555555-5555-4555-8555-555555555555";
    private static final String DELETED = "66666666-6666-4666-8666-666666666666";
    private static final String IMPORTED_AT = "2026-11-20T10:00:00.500Z";

    /** What version 7 left: the reader's own note and an import of "ana-old.peeranotes" that added five. */
    private void writeSchemaSeven() throws Exception {
        try (Database db = Database.open(dir, Database.MIGRATIONS.subList(0, 7))) {
            assertEquals(7, db.schemaVersion());
            String me = db.settings().readerId();
            Connection c = db.connection();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO import_batch (id, source, format, imported_at, summary) VALUES"
                        + " (1, 'ana-old.peeranotes', 'notes', '" + IMPORTED_AT + "', '5 new')");
            }
            note(c, MINE, me, "made here", "2026-11-19T09:00:00Z", null);
            // Times written to the second, as other tools do, are compared as times with the import's, not as text
            // ("…10:00:00Z" sorts after "…10:00:00.500Z" as text, though it is half a second before it).
            note(c, RESTORED, me, "restored from my old export", "2026-11-20T10:00:00Z", null);
            note(c, SAVED_SINCE, me, "imported, then saved by the reader", "2026-11-20T10:00:01Z", null);
            note(c, BOS, "acct:bo@hypothes.is", "Bo's", "2026-11-18T09:00:00Z", null);
            note(c, COPY, me, "a second version of my note", "2026-11-18T09:00:00Z", null);
            note(c, DELETED, me, "", "2026-11-18T09:00:00Z", "2026-11-21T09:00:00Z");
            try (PreparedStatement before = c.prepareStatement("INSERT INTO import_before (batch_id, annotation_id,"
                    + " existed, had_share) VALUES (1, ?, 0, 0)");
                 PreparedStatement share = c.prepareStatement("INSERT INTO annotation_share (annotation_id,"
                         + " base_updated, conflict_of) VALUES (?, '2026-11-18T09:00:00Z', ?)")) {
                for (String id : List.of(RESTORED, SAVED_SINCE, BOS, COPY, DELETED)) {
                    before.setString(1, id);
                    before.executeUpdate();
                    share.setString(1, id);
                    share.setString(2, id.equals(COPY) ? MINE : null);
                    share.executeUpdate();
                }
            }
        }
    }

    private static void note(Connection c, String id, String authorId, String text, String updated, String deleted)
            throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation (id, book_identity, chapter_id, kind,"
                + " colour, note, author, created_at, updated_at, deleted_at, author_id) VALUES (?, 'book-a', 'wiki',"
                + " 'chapter-note', 'yellow', ?, 'Ana', '2026-11-01T00:00:00Z', ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, text);
            ps.setString(3, updated);
            ps.setString(4, deleted);
            ps.setString(5, authorId);
            ps.executeUpdate();
        }
    }

    @Test
    void everyNoteStaysAsItWasAndOnlyTheReadersNotesAnImportAddedAreMarkedWithItsFile() throws Exception {
        writeSchemaSeven();
        List<String> notes;
        List<String> tags;
        try (Database old = Database.open(dir, Database.MIGRATIONS.subList(0, 7))) {
            notes = ConversationStoreTest.rows(old, "annotation");
            tags = ConversationStoreTest.rows(old, "annotation_tag");
        }
        try (Database db = Database.open(dir)) {
            assertEquals(Database.MIGRATIONS.size(), db.schemaVersion(), "upgraded to the newest schema");
            assertEquals(notes, ConversationStoreTest.rows(db, "annotation"), "no note is read differently or changed");
            assertEquals(tags, ConversationStoreTest.rows(db, "annotation_tag"));
            assertEquals(Map.of(RESTORED, "ana-old.peeranotes"), db.sharedNotes().claimed("book-a"),
                    "not the reader's own, not one saved since, not another person's, not a copy, not a deletion");

            // Saved by the reader: theirs to pass on.
            db.annotations().edit(RESTORED, Annotation.Colour.GREEN, "restored from my old export", List.of());
            assertEquals(Map.of(), db.sharedNotes().claimed("book-a"));

            // The earlier import is still undone whole: what it added goes, the reader's own note stays.
            db.sharing().undoImport(1);
            assertEquals(List.of(MINE), db.annotations().everything().stream().map(Annotation::id)
                    .collect(Collectors.toList()));
        }
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith("reader-v7-")),
                    "the upgrade copies the file first");
        }
    }
}
