package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;

/** Upgrading a database from before search: the notes already there become searchable. */
class SearchUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void notesWrittenBeforeSearchExistedAreFoundAfterTheUpgradeButNotTheDeletedOnes() throws Exception {
        String kept;
        try (Database old = Database.open(dir, Database.MIGRATIONS.subList(0, 2))) {
            kept = create(old, "remember the pelican", "birds").id();
            String gone = create(old, "forget the pelican", "birds").id();
            try (var ps = old.connection().prepareStatement(
                    "UPDATE annotation SET note = '', deleted_at = updated_at WHERE id = ?")) {
                ps.setString(1, gone);
                ps.executeUpdate();
            }
        }
        try (Database db = Database.open(dir)) {
            List<SearchHit> hits = db.search().search("book-a", "pelican", 10);
            assertEquals(1, hits.size());
            assertEquals(Optional.of(kept), hits.get(0).annotationId());
            assertEquals(1, db.search().search("book-a", "birds", 10).size(), "tags too");
        }
    }

    /** Writes the annotation rows the way schema 2 did (no search tables yet). */
    private static Annotation create(Database db, String note, String tag) throws Exception {
        Annotation a = new Annotation(java.util.UUID.randomUUID().toString(), "book-a", "wiki",
                Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, note, List.of(tag), "Ana", "",
                java.time.Instant.now(), java.time.Instant.now(), Optional.empty(), Optional.empty());
        try (var ps = db.connection().prepareStatement("INSERT INTO annotation (id, book_identity, chapter_id, kind,"
                + " colour, note, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.book());
            ps.setString(3, a.chapterId());
            ps.setString(4, a.kind().code());
            ps.setString(5, a.colour().code());
            ps.setString(6, a.note());
            ps.setString(7, a.author());
            ps.setString(8, a.created().toString());
            ps.setString(9, a.updated().toString());
            ps.executeUpdate();
        }
        try (var ps = db.connection().prepareStatement("INSERT INTO annotation_tag VALUES (?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, tag);
            ps.executeUpdate();
        }
        return a;
    }
}
