package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.MergeRecords;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.SteppingClock;

/** The merge matrix: new, updated, deleted and conflicting notes on each side; three participants into one. */
class ShareMergeTest {
    @TempDir
    Path tmp;
    private final String book = ShareFixture.HANDBOOK.book().identity();

    private Path export(Database db, String name) throws Exception {
        Path f = tmp.resolve(name + ".peeranotes");
        ShareFixture.sharing(db).export(NoteSharing.Format.NOTES, f, ExportFilter.ALL);
        return f;
    }

    private MergeRecords.Counts importInto(Database db, Path f) throws Exception {
        return ShareFixture.sharing(db).apply(ShareFixture.sharing(db).preview(f)).plan().counts();
    }

    /** One clock for every participant's database, so that "newer" is decided by the test, not by waiting. */
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-01T10:00:00Z"));

    private Database open(String name) throws Exception {
        Database db = Database.open(tmp.resolve(name));
        db.useClock(clock);
        return db;
    }

    private void tick() {
        clock.advance(Duration.ofMinutes(1)); // each edit after this is strictly newer
    }

    @Test
    void mergeMatrixNewUpdatedDeletedAndConflictingOnEachSide() throws Exception {
        try (Database a = open("a"); Database b = open("b")) {
            Annotation edited = ShareFixture.highlight(a, "pattern-wrapper", 0, "Ana", Annotation.Colour.GREEN, "v1");
            Annotation deleted = ShareFixture.highlight(a, "pattern-wrapper", 2, "Ana", Annotation.Colour.GREEN, "gone soon");
            Annotation both = ShareFixture.highlight(a, "pattern-wrapper", 4, "Ana", Annotation.Colour.GREEN, "base");
            Annotation bEdits = ShareFixture.highlight(a, "pattern-wrapper", 6, "Ana", Annotation.Colour.GREEN, "b will edit");
            assertEquals(4, importInto(b, export(a, "a1")).added());
            tick();
            // A: edits one, deletes one, edits the shared one, adds one. B: edits the shared one and another.
            a.annotations().edit(edited.id(), Annotation.Colour.BLUE, "v2", List.of("t"));
            a.annotations().delete(deleted.id());
            a.annotations().edit(both.id(), Annotation.Colour.GREEN, "A's version", List.of());
            ShareFixture.highlight(a, "action", 1, "Ana", Annotation.Colour.PINK, "new from A");
            tick();
            b.annotations().edit(both.id(), Annotation.Colour.GREEN, "B's version", List.of());
            b.annotations().edit(bEdits.id(), Annotation.Colour.PURPLE, "edited by B", List.of());

            MergeRecords.Counts c = importInto(b, export(a, "a2"));
            assertEquals(1, c.added(), c.summary());
            assertEquals(1, c.updated(), c.summary());
            assertEquals(1, c.deleted(), c.summary());
            assertEquals(1, c.conflicts(), c.summary());
            assertEquals(1, c.unchanged(), c.summary()); // B's newer edit is not replaced by A's older version
            assertEquals("v2", b.annotations().find(edited.id()).orElseThrow().note());
            assertTrue(b.annotations().find(deleted.id()).orElseThrow().isDeleted());
            assertEquals("B's version", b.annotations().find(both.id()).orElseThrow().note());
            assertEquals("edited by B", b.annotations().find(bEdits.id()).orElseThrow().note());
            List<ShareStore.Conflict> conflicts = b.sharedNotes().conflicts(book);
            assertEquals(1, conflicts.size());
            assertEquals("A's version", conflicts.get(0).copy().note());
            assertEquals(both.id(), conflicts.get(0).original().id());

            // Back the other way: B's file changes A's own notes, which a file other than A's does only if A takes it
            // (decision 0069: the preview names them, left out); taken, B's edit still does not change A's note (only
            // A changes A's notes, decision 0017): it arrives beside it as a second version, and the preview says so.
            NoteSharing.Preview backPreview = ShareFixture.sharing(a).preview(export(b, "b1"));
            assertTrue(backPreview.remarks().stream().anyMatch(r -> r.startsWith("2 changes to your own notes are"
                    + " left out: ") && r.contains("your highlight \u201Cb will edit\u201D given a second version,"
                    + " re-worded")), backPreview.remarks().toString());
            assertEquals(0, backPreview.counts().conflicts(), backPreview.counts().summary());
            backPreview = ShareFixture.sharing(a).previewByHand(backPreview.file(), true).preview();
            assertTrue(backPreview.remarks().stream().anyMatch(r -> r.contains("of your notes are changed in this file")),
                    backPreview.remarks().toString());
            MergeRecords.Counts back = ShareFixture.sharing(a).apply(backPreview).plan().counts();
            assertEquals("b will edit", a.annotations().find(bEdits.id()).orElseThrow().note(), back.summary());
            assertTrue(a.sharedNotes().conflicts(book).stream().anyMatch(x -> x.original().id().equals(bEdits.id())
                    && x.copy().note().equals("edited by B")), "B's version is kept beside A's note");
            assertTrue(a.annotations().find(deleted.id()).orElseThrow().isDeleted(), "a tombstone is never revived");
            // Importing the same file twice changes nothing.
            Path again = export(b, "b2");
            importInto(a, again);
            assertTrue(importInto(a, again).changesNothing());
        }
    }

    @Test
    void deletedNotesDoNotComeBackFromAnotherParticipantsOlderFile() throws Exception {
        try (Database a = open("a"); Database b = open("b");
             Database c = open("c")) {
            Annotation n = ShareFixture.highlight(a, "wiki", 0, "Ana", Annotation.Colour.YELLOW, "x");
            Path old = export(a, "old");
            importInto(b, old);
            tick();
            a.annotations().delete(n.id());
            importInto(c, export(a, "deleted"));
            MergeRecords.Counts counts = importInto(c, export(b, "b"));
            assertEquals(0, counts.added(), counts.summary());
            assertTrue(c.annotations().find(n.id()).orElseThrow().isDeleted());
        }
    }

    @Test
    void threeParticipantsMergeIntoTheFacilitatorsProfileAsLayers() throws Exception {
        Path[] files = new Path[3];
        String[] people = {"Ana", "Bo", "Chen"};
        for (int p = 0; p < 3; p++) {
            try (Database d = open(people[p])) {
                for (int i = 0; i < 4; i++) {
                    ShareFixture.highlight(d, p == 0 ? "pattern-wrapper" : p == 1 ? "action" : "wiki", i * 2,
                            people[p], Annotation.Colour.values()[i], people[p] + " note " + i, "week" + p);
                }
                files[p] = export(d, people[p]);
            }
        }
        try (Database f = open("facilitator")) {
            ShareFixture.highlight(f, "pattern-wrapper", 9, "Facilitator", Annotation.Colour.YELLOW, "mine");
            for (Path file : files) {
                assertEquals(4, importInto(f, file).added());
            }
            List<AuthorStore.Author> layers = f.authors().list();
            assertEquals(Set.of("Ana", "Bo", "Chen", "Facilitator"),
                    layers.stream().map(AuthorStore.Author::name).collect(Collectors.toSet()));
            assertEquals(4, layers.stream().map(AuthorStore.Author::colour).distinct().count(), "a colour per layer");
            java.util.Map<String, String> ids = layers.stream()
                    .collect(Collectors.toMap(AuthorStore.Author::name, AuthorStore.Author::id));
            assertEquals(4, ids.values().stream().filter(id -> id.startsWith("urn:uuid:")).count(),
                    "each participant comes with their own reader's id: " + ids);
            assertEquals(4, f.annotations().byAuthors(book, List.of(ids.get("Bo"))).size());
            f.authors().setVisible(ids.get("Bo"), false);
            assertEquals(13 - 4, f.annotations().visible(book).size());
            assertTrue(f.authors().list().stream().anyMatch(x -> x.name().equals("Bo") && !x.visible()));
            // One undo reverts the last participant's import only.
            long last = f.sharing().batches().get(0).id();
            f.sharing().undoImport(last);
            assertEquals(0, f.annotations().byAuthors(book, List.of(ids.get("Chen"))).size());
            assertEquals(4, f.annotations().byAuthors(book, List.of(ids.get("Ana"))).size());
        }
    }
}
