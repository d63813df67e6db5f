package org.peeragogy.reader.app;

import org.peeragogy.reader.share.group.Arrival;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Threads;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.SteppingClock;

/**
 * Issue 15's conversations where issue 16's and issue 11's rules meet: a sync tool's conflict copy of a
 * reply (merged "alongside", as a group folder does) stays in its thread as a second version, and that
 * second version is never passed on (decision 0021), nor is a vote on it, in any format. Real SQLite files.
 */
class WorkshopInAGroupFolderTest {
    @TempDir
    Path tmp;

    private final String book = ShareFixture.HANDBOOK.book().identity();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-01T10:00:00Z"));
    private int files;

    private Database open(String name) throws Exception {
        Database db = Database.open(tmp.resolve(name));
        db.useClock(clock);
        return db;
    }

    private Path export(Database db, NoteSharing.Format format, ExportFilter filter) throws Exception {
        Path f = tmp.resolve("file" + ++files + format.extension());
        ShareFixture.sharing(db).export(format, f, filter);
        return f;
    }

    private static ExportFilter own(Database db) throws Exception {
        return new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of(db.settings().readerId()));
    }

    private static ShareStore.Applied importInto(Database db, Path f) throws Exception {
        NoteSharing s = ShareFixture.sharing(db);
        return s.apply(s.preview(f));
    }

    /**
     * Fresh tester 16c's F1: after Ana merged Cy's file, her own file carried Cy's +1 on her note, so Bo's reader
     * found "notes by other people" in it and never merged it without asking again. A file filtered to people
     * carries only their votes: Ana's own +1 on Cy's note goes, Cy's on hers does not.
     */
    @Test
    void aReadersOwnFileCarriesTheirVotesButNotOthersVotesOnTheirNotes() throws Exception {
        try (Database ana = open("ana"); Database cy = open("cy")) {
            ana.settings().putReaderName("Ana");
            cy.settings().putReaderName("Cy");
            Annotation anas = ana.annotations().create(new AnnotationStore.Draft(book, "wiki",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "Ana's note", List.of(), "Ana",
                    Optional.empty()));
            Annotation cys = cy.annotations().create(new AnnotationStore.Draft(book, "wiki",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "Cy's note", List.of(), "Cy",
                    Optional.empty()));
            importInto(cy, export(ana, NoteSharing.Format.NOTES, own(ana)));
            importInto(ana, export(cy, NoteSharing.Format.NOTES, own(cy)));
            cy.conversation().vote(anas.id(), true, "Cy");
            ana.conversation().vote(cys.id(), true, "Ana");
            importInto(ana, export(cy, NoteSharing.Format.NOTES, own(cy)));
            assertEquals(2, ana.conversation().of(book).votes().size(), "Ana's reader has both votes");

            Path anasOwn = export(ana, NoteSharing.Format.NOTES, own(ana));
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + anasOwn);
                 java.sql.ResultSet r = c.createStatement().executeQuery("SELECT annotation_id, voter_id FROM vote")) {
                List<String> votes = new java.util.ArrayList<>();
                while (r.next()) {
                    votes.add(r.getString(1) + " by " + r.getString(2));
                }
                assertEquals(List.of(cys.id() + " by " + ana.settings().readerId()), votes);
            }
            Path all = export(ana, NoteSharing.Format.NOTES, ExportFilter.ALL);
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + all);
                 java.sql.ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM vote")) {
                assertEquals(2, r.getInt(1), "an export of everything still carries every vote");
            }
        }
    }

    @Test
    void aConflictCopyOfAReplyStaysInItsThreadAndNeitherItNorAVoteOnItIsEverExported() throws Exception {
        try (Database ana = open("ana"); Database bo = open("bo"); Database fay = open("facilitator")) {
            Annotation q = ana.conversation().ask(new AnnotationStore.Draft(book, "wiki",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "Why peers?", List.of(), "Ana",
                    Optional.empty()));
            importInto(bo, export(ana, NoteSharing.Format.NOTES, own(ana)));
            clock.advance(Duration.ofMinutes(1));
            Annotation r = bo.conversation().reply(q.id(), "Because we learn together", "Bo");
            importInto(ana, export(bo, NoteSharing.Format.NOTES, own(bo)));
            clock.advance(Duration.ofMinutes(1));
            bo.annotations().edit(r.id(), r.colour(), "Because we learn together, and faster", r.tags());

            // Bo's changed file arrives as a sync tool's conflict copy: merged alongside, his new words are
            // a second version of the reply, and that version is in the same thread.
            NoteSharing anas = ShareFixture.sharing(ana);
            ShareStore.Applied alongside = anas.applyAlongside(anas.previewAlongside(
                    export(bo, NoteSharing.Format.NOTES, own(bo))));
            assertEquals(1, alongside.plan().counts().conflicts(), alongside.plan().counts().summary());
            String copy = ana.sharedNotes().conflictCopies(book).keySet().iterator().next();
            Conversation c = ana.conversation().of(book);
            List<Annotation> notes = ana.annotations().everything().stream().filter(a -> a.book().equals(book)).toList();
            Threads.Node thread = Threads.build(notes, c.links(), c.votes()).stream()
                    .filter(n -> n.id().equals(q.id())).findFirst().orElseThrow();
            assertEquals(Set.of(r.id(), copy), Set.copyOf(thread.replies().stream().map(Threads.Node::id).toList()));

            // Ana gives both versions her +1, then passes her notes on in every format.
            ana.conversation().vote(r.id(), true, "Ana");
            ana.conversation().vote(copy, true, "Ana");
            Path ownFile = export(ana, NoteSharing.Format.NOTES, own(ana));
            Path allFile = export(ana, NoteSharing.Format.NOTES, ExportFilter.ALL);
            Path w3c = export(ana, NoteSharing.Format.W3C, ExportFilter.ALL);
            assertFalse(Files.readString(w3c).contains(copy), "the W3C file names no second version");

            // The facilitator gets the question, Bo's reply and Ana's vote on it; never the copy or its vote.
            importInto(fay, ownFile);
            importInto(fay, allFile);
            importInto(fay, w3c);
            assertTrue(fay.annotations().find(copy).isEmpty(), "the second version stays home");
            List<String> votedOn = fay.conversation().of(book).votes().stream().filter(Vote::given)
                    .map(Vote::noteId).toList();
            assertEquals(List.of(r.id()), votedOn, "only the vote on the reply itself travels");
            assertEquals(Optional.of(q.id()), fay.conversation().of(book).links().get(r.id()).parentId());
        }
    }

    @Test
    void aFileInTheGroupFolderWhoseOnlyNewsIsAVoteIsOfferedAndMergedWithIt() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("group"));
        try (GroupMember ana = GroupMember.join(tmp, "Ana", group); GroupMember ben = GroupMember.join(tmp, "Ben", group)) {
            Annotation q = ana.db.conversation().ask(new AnnotationStore.Draft(ana.handbook.book().identity(),
                    "gardens", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "Why gardens?", List.of(),
                    "Ana", Optional.empty()));
            ana.writeOwn();
            ben.folder.merge(ben.db, ben.sharing, ben.scan().arrivals().get(0), true);
            ben.writeOwn();
            assertTrue(ana.scan().arrivals().isEmpty(), "Ben's file brings Ana nothing yet");

            // Ben's only change is his +1 on Ana's question: his file has news for her all the same.
            ben.db.conversation().vote(q.id(), true, "Ben");
            ben.writeOwn();
            List<org.peeragogy.reader.share.group.Arrival> arrivals = ana.scan().arrivals();
            assertEquals(1, arrivals.size(), "a vote alone is something to merge");
            assertEquals("Ben updated their notes (1 vote new or changed)", arrivals.get(0).describe());
            ShareStore.Applied merged = ana.folder.merge(ana.db, ana.sharing, arrivals.get(0), false);
            assertTrue(merged.batchId().isPresent(), "one undoable import");
            assertEquals(List.of(ben.id()), ana.db.conversation().of(ana.handbook.book().identity()).votes().stream()
                    .filter(Vote::given).map(Vote::voterId).toList());
        }
    }
}
