package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Threads;
import org.peeragogy.reader.book.Vote;

/**
 * Replies, questions and votes in a real SQLite file (issue 15), and the schema 7 upgrade that adds them (after
 * the group folder's schema 6, issue 16: a file of either earlier schema upgrades through both).
 */
class ConversationStoreTest {
    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-01T10:00:00Z"));

    private Database open() throws StoreException {
        Database db = Database.open(dir);
        db.useClock(clock);
        return db;
    }

    private Annotation chapterNote(Database db, String text) throws StoreException {
        return db.annotations().create(new AnnotationStore.Draft("book", "wiki", Annotation.Kind.CHAPTER_NOTE,
                Annotation.Colour.GREEN, text, List.of("t"), "Ana", Optional.empty()));
    }

    /**
     * A note of another person's (Bo's), as an import leaves one: the reader's +1 goes only on others' notes
     * (decision 0080), so the votes below are given on these.
     */
    private Annotation othersNote(Database db, String text) throws Exception {
        Annotation mine = chapterNote(db, text);
        try (var ps = db.connection().prepareStatement("UPDATE annotation SET author_id = ?, author = 'Bo' WHERE id = ?")) {
            ps.setString(1, "urn:uuid:00000000-0000-4000-8000-0000000000b0");
            ps.setString(2, mine.id());
            ps.executeUpdate();
        }
        return db.annotations().find(mine.id()).orElseThrow();
    }

    /** Every row of the notes' own tables, as text, in a fixed order. */
    static List<String> rows(Database db, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    b.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void aProfileOfTheSchemaBeforeConversationsUpgradesWithEveryNoteAsItWasAndACopyKept() throws Exception {
        List<String> notes;
        List<String> tags;
        List<String> authors;
        // A real file of schema 5 (before the group folder's 6 and the conversations' 7), with notes, tags and a
        // tombstone, as that version left it: it upgrades through both migrations.
        try (Database old = Database.open(dir, Database.MIGRATIONS.subList(0, 5))) {
            old.useClock(clock);
            Annotation kept = chapterNote(old, "a note from before workshops");
            Annotation gone = chapterNote(old, "deleted before the upgrade");
            old.annotations().delete(gone.id());
            assertEquals(5, old.schemaVersion());
            notes = rows(old, "annotation");
            tags = rows(old, "annotation_tag");
            authors = rows(old, "author");
            assertTrue(notes.stream().anyMatch(r -> r.contains(kept.id())));
        }
        try (Database db = open()) {
            assertEquals(12, Database.MIGRATIONS.size(), "6 is the group folder's, 7 the conversations', 8 where"
                    + " claimed notes came from (decision 0032), 9 the group folder's own files and undone merges"
                    + " (decision 0035), 10 and 11 whose anonymous ids and every own file written (decision 0042), 12"
                    + " the files each import merged (t15b's F5)");
            assertEquals(Database.MIGRATIONS.size(), db.schemaVersion());
            assertEquals(notes, rows(db, "annotation"), "no saved note is changed");
            assertTrue(db.groupFolder().seen("/any").isEmpty(), "the group folder's tables (6) are there too");
            assertEquals(tags, rows(db, "annotation_tag"));
            assertEquals(authors, rows(db, "author"));
            assertTrue(db.conversation().of("book").isEmpty());
            // The new tables work on the upgraded file.
            Annotation q = db.annotations().book("book").get(0);
            db.conversation().vote(q.id(), false, "Ana"); // the reader's own note: a row, withdrawn (decision 0080)
            assertEquals(1, db.conversation().of("book").votes().size());
        }
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith("reader-v5-")),
                    "the upgrade copies the file first");
        }
    }

    @Test
    void aProfileOfTheGroupFolderSchemaUpgradesToConversationsKeepingWhatItSawInTheFolder() throws Exception {
        List<String> notes;
        List<String> files;
        List<String> people;
        // A real file of schema 6 (the group folder's, issue 16), with a note, a file seen and a person accepted.
        try (Database old = Database.open(dir, Database.MIGRATIONS.subList(0, 6))) {
            old.useClock(clock);
            chapterNote(old, "a note from before workshops");
            old.groupFolder().record(new GroupFolderStore.SeenFile("/stick/group", "Ben_x.peeranotes", 42,
                    Instant.parse("2026-10-31T09:00:00Z"), "ab".repeat(32), GroupFolderStore.State.MERGED,
                    "urn:uuid:b", "Ben", Optional.empty(), Instant.parse("2026-10-31T09:00:01Z"), "1 new"));
            old.groupFolder().people().accept("urn:uuid:b", "Ben");
            assertEquals(6, old.schemaVersion());
            notes = rows(old, "annotation");
            files = rows(old, "group_file");
            people = rows(old, "group_person");
        }
        try (Database db = open()) {
            assertEquals(Database.MIGRATIONS.size(), db.schemaVersion());
            assertEquals(notes, rows(db, "annotation"), "no saved note is changed");
            assertEquals(files, rows(db, "group_file"), "what the folder showed is remembered as it was");
            assertEquals(people, rows(db, "group_person"));
            assertTrue(db.groupFolder().people().accepted("urn:uuid:b"));
            Annotation q = db.annotations().book("book").get(0);
            db.conversation().vote(q.id(), false, "Ana"); // the reader's own note: a row, withdrawn (decision 0080)
            assertEquals(1, db.conversation().of("book").votes().size());
        }
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith("reader-v6-")),
                    "the upgrade copies the file first");
        }
    }

    @Test
    void aReplyIsANoteOnItsParentsChapterAndAQuestionIsAnsweredOnlyByItsAskerWithAReplyInItsThread()
            throws Exception {
        try (Database db = open()) {
            Annotation q = db.conversation().ask(new AnnotationStore.Draft("book", "wiki", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, "Why peers?", List.of(), "Ana", Optional.empty()));
            clock.advance(Duration.ofMinutes(1));
            Annotation r1 = db.conversation().reply(q.id(), "Because we learn together", "Ana");
            Annotation r2 = db.conversation().reply(r1.id(), "Agreed", "Ana");
            Annotation other = chapterNote(db, "unrelated");
            assertEquals("wiki", r1.chapterId());
            assertEquals(Annotation.Kind.CHAPTER_NOTE, r1.kind());
            Conversation conv = db.conversation().of("book");
            assertEquals(NoteLink.question(q.id()), conv.links().get(q.id()));
            assertEquals(NoteLink.reply(r2.id(), r1.id()), conv.links().get(r2.id()));

            StoreException notInThread = assertThrows(StoreException.class,
                    () -> db.conversation().markAnswered(q.id(), other.id()));
            assertTrue(notInThread.getMessage().contains("not a reply in this question's thread"), notInThread.getMessage());
            StoreException notAQuestion = assertThrows(StoreException.class,
                    () -> db.conversation().markAnswered(r1.id(), r2.id()));
            assertTrue(notAQuestion.getMessage().contains("is not a question"), notAQuestion.getMessage());

            clock.advance(Duration.ofMinutes(1));
            Annotation answered = db.conversation().markAnswered(q.id(), r2.id());
            assertTrue(answered.updated().isAfter(q.updated()), "an answer is an edit of the question: it travels");
            assertEquals(Optional.of(r2.id()), db.conversation().of("book").links().get(q.id()).answeredBy());

            // Someone else's question cannot be marked by the reader.
            Annotation theirs = db.annotations().create(new AnnotationStore.Draft("book", "wiki",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "Bo asks", List.of(), "Bo", Optional.empty(),
                    "urn:uuid:00000000-0000-4000-8000-00000000000b"));
            try (Statement s = db.connection().createStatement()) {
                s.execute("INSERT INTO note_link VALUES ('" + theirs.id() + "', NULL, 1, NULL)");
            }
            Annotation onTheirs = db.conversation().reply(theirs.id(), "my reply", "Ana");
            StoreException notMine = assertThrows(StoreException.class,
                    () -> db.conversation().markAnswered(theirs.id(), onTheirs.id()));
            assertTrue(notMine.getMessage().contains("Only whoever asked"), notMine.getMessage());

            StoreException empty = assertThrows(StoreException.class, () -> db.conversation().reply(q.id(), "  ", "Ana"));
            assertTrue(empty.getMessage().contains("needs some text"));
            db.annotations().delete(other.id());
            StoreException deleted = assertThrows(StoreException.class,
                    () -> db.conversation().reply(other.id(), "late", "Ana"));
            assertTrue(deleted.getMessage().contains("to reply to"), deleted.getMessage());

            List<Threads.Node> threads = Threads.build(db.annotations().everything(), conv.links(), conv.votes());
            assertEquals(List.of(q.id(), r1.id(), r2.id()), threads.get(0).flatten().stream().map(Threads.Node::id).toList());
        }
    }

    @Test
    void aVoteIsWithdrawnAndGivenAgainAsOneRowThatSurvivesReopening() throws Exception {
        String id;
        try (Database db = open()) {
            id = othersNote(db, "vote on me").id();
            Vote given = db.conversation().vote(id, true, "Ana");
            clock.advance(Duration.ofSeconds(5));
            Vote withdrawn = db.conversation().vote(id, false, "Ana");
            assertEquals(0, withdrawn.value());
            assertTrue(withdrawn.updated().isAfter(given.updated()));
            clock.advance(Duration.ofSeconds(5));
            db.conversation().vote(id, true, "Ana");
        }
        try (Database db = open()) {
            List<Vote> votes = db.conversation().of("book").votes();
            assertEquals(1, votes.size(), "one vote per person and note, never a second row");
            assertEquals(1, votes.get(0).value());
            assertEquals("Ana", votes.get(0).voter());
            assertEquals(db.settings().readerId(), votes.get(0).voterId());
        }
    }

    @Test
    void aFileNeverChangesTheReadersOwnVoteButTakesAnotherPersonsLatestAndUndoPutsItBack() throws Exception {
        try (Database db = open()) {
            Annotation n = othersNote(db, "vote on me");
            String me = db.settings().readerId();
            db.conversation().vote(n.id(), true, "Ana");
            String bo = "acct:bo@hypothes.is";
            Instant later = clock.instant().plusSeconds(600);
            // A forged file: the reader's own vote withdrawn (newer than theirs), and Bo's +1.
            Conversation file = new Conversation(java.util.Map.of(), List.of(
                    new Vote(n.id(), "book", me, "Ana", 0, later), new Vote(n.id(), "book", bo, "Bo", 1, later)));
            // The file names Bo among its people, as files name their voters (decision 0043: votes of people a
            // file does not name are not taken).
            java.util.Map<String, AuthorStore.Person> people = java.util.Map.of(bo, new AuthorStore.Person(bo, "Bo",
                    "", ""));
            MergeRecords.Plan plan = db.sharing().plan(List.of(), file, people, a -> true);
            assertTrue(plan.remarks().stream().map(org.peeragogy.reader.book.Reason::english)
                    .anyMatch(r -> r.contains("says it is yours") && r.contains("yours stay")), plan.remarks().toString());
            ShareStore.Applied done = db.sharing().apply(List.of(), file, a -> true, "forged", "notes",
                    people, null);
            List<Vote> votes = db.conversation().of("book").votes();
            assertEquals(1, votes.stream().filter(v -> v.voterId().equals(me) && v.given()).count(), "still given");
            assertEquals(1, votes.stream().filter(v -> v.voterId().equals(bo) && v.given()).count());
            assertEquals("Bo", votes.stream().filter(v -> v.voterId().equals(bo)).findFirst().orElseThrow().voter(),
                    "the voter gets a layer with their name");
            db.sharing().undoImport(done.batchId().getAsLong());
            assertEquals(List.of(me), db.conversation().of("book").votes().stream().map(Vote::voterId).toList());
        }
    }
}
