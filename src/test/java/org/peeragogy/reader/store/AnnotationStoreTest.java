package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;

class AnnotationStoreTest {
    @TempDir
    Path dir;
    private Database db;
    private AnnotationStore store;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
        store = db.annotations();
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    static TextAnchor anchor(String quote, int start) {
        return new TextAnchor(new TextQuoteSelector(quote, "before ", " after"),
                new TextPositionSelector(start, start + quote.length()), "b3", "f1ng3rpr1nt");
    }

    private Annotation highlight(String chapter, String quote, String note, String... tags) throws StoreException {
        return store.create(new AnnotationStore.Draft("book-a", chapter, Annotation.Kind.HIGHLIGHT,
                Annotation.Colour.GREEN, note, List.of(tags), "Ana", Optional.of(anchor(quote, 10))));
    }

    @Test
    void createdHighlightReadsBackWithEveryField() throws Exception {
        Annotation a = highlight("wiki", "learning together", "line one\nline two", "practice", "wiki");
        Annotation back = store.find(a.id()).orElseThrow();
        assertEquals(a, back);
        assertEquals("line one\nline two", back.note());
        assertEquals(List.of("practice", "wiki"), back.tags());
        assertEquals(36, a.id().length());
    }

    /**
     * Found by a fresh tester: edit read the note before its transaction, so a change another connection
     * committed while the edit waited for the write lock (an import moving the note) was overwritten.
     */
    @Test
    void anEditWaitingForAnotherWritersLockBuildsOnWhatThatWriterCommitted() throws Exception {
        Annotation a = highlight("wiki", "learning together", "first");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("reader.db"));
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE annotation SET chapter_id = 'forums' WHERE id = '" + a.id() + "'");
            java.util.concurrent.CompletableFuture<Annotation> edit = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return store.edit(a.id(), Annotation.Colour.BLUE, "second", List.of());
                } catch (StoreException e) {
                    throw new IllegalStateException(e);
                }
            });
            // The edit is now waiting for the lock (bounded: it never gets it before the commit below).
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.TimeoutException.class,
                    () -> edit.get(300, java.util.concurrent.TimeUnit.MILLISECONDS));
            s.execute("COMMIT");
            Annotation edited = edit.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("forums", edited.chapterId(), "built on the committed move");
        }
        Annotation back = store.find(a.id()).orElseThrow();
        assertEquals("forums", back.chapterId());
        assertEquals("second", back.note());
        assertEquals(Annotation.Colour.BLUE, back.colour());
    }

    @Test
    void chapterNoteHasNoAnchor() throws Exception {
        Annotation a = store.create(new AnnotationStore.Draft("book-a", "wiki", Annotation.Kind.CHAPTER_NOTE,
                Annotation.Colour.YELLOW, "About the whole chapter", List.of(), "Ana", Optional.empty()));
        assertEquals(Optional.empty(), store.find(a.id()).orElseThrow().anchor());
    }

    @Test
    void notesSurviveReopeningTheDatabase() throws Exception {
        Annotation a = highlight("wiki", "learning together", "kept");
        db.close();
        db = Database.open(dir);
        assertEquals(a, db.annotations().find(a.id()).orElseThrow());
    }

    @Test
    void editChangesColourNoteAndTagsAndTheUpdateTime() throws Exception {
        Annotation a = highlight("wiki", "learning together", "first", "old");
        Annotation e = store.edit(a.id(), Annotation.Colour.PINK, "second", List.of(" new ", "new", ""));
        assertEquals(Annotation.Colour.PINK, e.colour());
        assertEquals("second", e.note());
        assertEquals(List.of("new"), store.find(a.id()).orElseThrow().tags());
        assertEquals(a.created(), e.created());
        assertFalse(e.updated().isBefore(a.updated()));
    }

    @Test
    void deleteLeavesATombstoneWithNoTextInIt() throws Exception {
        Annotation a = highlight("wiki", "secret words", "a private thought", "tag");
        store.delete(a.id());
        Annotation t = store.find(a.id()).orElseThrow();
        assertTrue(t.isDeleted());
        assertEquals("", t.note());
        assertEquals(Optional.empty(), t.anchor());
        assertEquals(List.of(), t.tags());
        assertEquals(List.of(), store.chapter("book-a", "wiki"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM annotation WHERE note LIKE '%private%'"
                     + " OR quote_exact LIKE '%secret%'")) {
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void restoreUndoesADelete() throws Exception {
        Annotation a = highlight("wiki", "learning together", "keep me", "t");
        Annotation before = store.delete(a.id());
        store.restore(before);
        Annotation back = store.find(a.id()).orElseThrow();
        assertFalse(back.isDeleted());
        assertEquals("keep me", back.note());
        assertEquals(List.of("t"), back.tags());
        assertEquals(a.anchor(), back.anchor());
    }

    /** Issue 14 (fresh tester): a note brought back by Undo took the Undo's time; it comes back as it was. */
    @Test
    void restoreKeepsTheNotesOwnDates() throws Exception {
        SteppingClock clock = new SteppingClock(java.time.Instant.parse("2026-11-30T08:39:30Z"));
        db.useClock(clock);
        Annotation a = highlight("wiki", "learning together", "keep my date", "t");
        clock.advance(java.time.Duration.ofSeconds(30));
        Annotation before = store.delete(a.id());
        clock.advance(java.time.Duration.ofSeconds(14));
        Annotation back = store.restore(before);
        Annotation found = store.find(a.id()).orElseThrow();
        assertEquals(a.created(), found.created());
        assertEquals(a.updated(), found.updated());
        assertEquals(back, found);
    }

    @Test
    void deletingTwiceSaysItIsGone() throws Exception {
        Annotation a = highlight("wiki", "x y", "");
        store.delete(a.id());
        StoreException e = assertThrows(StoreException.class, () -> store.delete(a.id()));
        assertTrue(e.getMessage().contains("already deleted"));
    }

    @Test
    void chapterListsOnlyThatChaptersLiveNotes() throws Exception {
        highlight("wiki", "one", "");
        highlight("forums", "two", "");
        Annotation gone = highlight("wiki", "three", "");
        store.delete(gone.id());
        assertEquals(List.of("one"), store.chapter("book-a", "wiki").stream().map(Annotation::quote).toList());
        assertEquals(2, store.book("book-a").size());
        assertEquals(3, store.everything().size());
    }

    @Test
    void reattachMovesAnOrphanToNewText() throws Exception {
        Annotation a = highlight("wiki", "old words", "note");
        store.reattach(a.id(), anchor("new words", 99));
        assertEquals("new words", store.find(a.id()).orElseThrow().quote());
        assertEquals(99, store.find(a.id()).orElseThrow().anchor().orElseThrow().position().start());
    }

    @Test
    void timesComeFromTheDatabasesClockToTheMillisecond() throws Exception {
        SteppingClock clock = new SteppingClock(java.time.Instant.parse("2026-11-01T10:00:00.123456Z"));
        db.useClock(clock);
        store = db.annotations();
        Annotation a = highlight("wiki", "a quote", "first");
        assertEquals(java.time.Instant.parse("2026-11-01T10:00:00.123Z"), a.created());
        clock.advance(java.time.Duration.ofSeconds(5));
        Annotation edited = store.edit(a.id(), Annotation.Colour.BLUE, "second", List.of());
        assertEquals(a.created(), edited.created());
        assertEquals(java.time.Instant.parse("2026-11-01T10:00:05.123Z"), edited.updated());
        clock.advance(java.time.Duration.ofSeconds(5));
        store.delete(a.id());
        assertEquals(Optional.of(java.time.Instant.parse("2026-11-01T10:00:10.123Z")),
                store.find(a.id()).orElseThrow().deleted());
    }
}
