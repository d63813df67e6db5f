package org.peeragogy.reader.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.Conversation;

/**
 * Format 3 of the notes file (issue 15, decision 0025): written only when there is a reply, question or vote,
 * refused by a reader of format 2 with its usual reason, read back exactly, and checked like the rest of a
 * file from a stranger.
 */
class NotesFileFormatThreeTest {
    @TempDir
    Path tmp;

    private static final Book BOOK = new Book("handbook-x", "X", "fp", List.of());
    private static final String ANA = "urn:uuid:0b6d4c8a-3f0e-4e4b-9d8e-5a6b7c8d9e0f";
    private static final String BO = "acct:bo@hypothes.is";
    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");
    private static final String Q = "6f1c2b8e-0c1d-4b5a-9e7f-1a2b3c4d5e6f";
    private static final String R = "7f1c2b8e-0c1d-4b5a-9e7f-1a2b3c4d5e6f";

    private static Annotation note(String id, String author, String authorId) {
        return new Annotation(id, "handbook-x", "wiki", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE,
                "note " + id, List.of(), author, authorId, T, T, Optional.empty(), Optional.empty());
    }

    private static final List<Annotation> NOTES = List.of(note(Q, "Ana", ANA), note(R, "Bo", BO));
    private static final Conversation CONV = new Conversation(
            Map.of(Q, NoteLink.question(Q).answered(R), R, NoteLink.reply(R, Q)),
            List.of(new Vote(Q, "handbook-x", BO, "Bo", 1, T.plusSeconds(60)),
                    new Vote(R, "handbook-x", ANA, "Ana", 0, T.plusSeconds(90))));

    private Path write(String name, Conversation conv) throws Exception {
        Path f = tmp.resolve(name + ".peeranotes");
        NotesFile.write(f, BOOK, NOTES, Map.of(), Map.of(), NotesFile.People.NONE, "t", T, conv);
        return f;
    }

    private static byte[] header(Path f) throws Exception {
        return Arrays.copyOf(Files.readAllBytes(f), 100);
    }

    @Test
    void aFileWithoutRepliesQuestionsOrVotesIsStillFormatTwoAndOneWithThemIsFormatThree() throws Exception {
        Path plain = write("plain", Conversation.NONE);
        Path workshop = write("workshop", CONV);
        assertEquals(2, NotesFileGate.checkHeader(header(plain), Files.size(plain), 2), "a format 2 reader reads it");
        assertEquals(3, NotesFileGate.checkHeader(header(workshop), Files.size(workshop)));
        assertEquals("2", NotesFile.read(plain).meta().get("format_version"));
        assertTrue(NotesFile.read(plain).conversation().isEmpty());
    }

    @Test
    void aReaderOfFormatTwoRefusesAFormatThreeFileSayingANewerVersionWroteIt() throws Exception {
        Path workshop = write("workshop", CONV);
        // The code path of the version before this one: it read formats up to 2.
        ShareException e = assertThrows(ShareException.class,
                () -> NotesFileGate.checkHeader(header(workshop), Files.size(workshop), 2));
        assertEquals("This notes file cannot be imported: it was written by a newer version of Peeragogy Reader"
                + " (format 3). Nothing was changed.", e.getMessage());
        // And this version refuses a format it does not know the same way.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workshop)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version=4");
            }
        }
        ShareException four = assertThrows(ShareException.class, () -> NotesFile.read(workshop));
        assertTrue(four.getMessage().contains("written by a newer version of Peeragogy Reader (format 4)"),
                four.getMessage());
    }

    @Test
    void formatThreeReadsBackEveryLinkAndVoteExactly() throws Exception {
        ImportFile read = NotesFile.read(write("workshop", CONV));
        assertEquals(CONV.links(), read.conversation().links());
        assertEquals(CONV.votes().stream().map(v -> v.noteId() + v.voterId() + v.value() + v.updated()).toList(),
                read.conversation().votes().stream().map(v -> v.noteId() + v.voterId() + v.value() + v.updated())
                        .toList());
        assertEquals("Bo", read.conversation().votes().get(0).voter(), "voters are among the file's people");
    }

    /** Changes a written format 3 file with {@code sql} and expects it refused, saying {@code why}. */
    private void refused(String sql, String why) throws Exception {
        Path f = write("bad" + Math.abs(sql.hashCode()), CONV);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        ShareException e = assertThrows(ShareException.class, () -> NotesFile.read(f), sql);
        assertTrue(e.getMessage().contains(why) && e.getMessage().endsWith("Nothing was changed."), e.getMessage());
    }

    @Test
    void malformedRepliesQuestionsAndVotesRefuseTheFileSayingWhat() throws Exception {
        refused("UPDATE vote SET value = 2", "values of the wrong type");
        refused("UPDATE vote SET value = 'one'", "values of the wrong type"); // '1' would be stored as 1 (column affinity)
        refused("UPDATE note_link SET question = 7", "values of the wrong type");
        refused("UPDATE note_link SET parent_id = 'not-a-uuid' WHERE annotation_id = '" + R + "'", "not a UUID");
        refused("UPDATE vote SET voter_id = 'no iri'", "not an IRI");
        refused("INSERT INTO note_link VALUES ('" + "8f1c2b8e-0c1d-4b5a-9e7f-1a2b3c4d5e6f" + "', NULL, 1, NULL)",
                "a note the file does not have");
        refused("UPDATE note_link SET answered_by = '" + Q + "' WHERE annotation_id = '" + R + "'", "no question");
        refused("CREATE TABLE vote_extra (x)", "something a notes file never has");
        refused("DROP TABLE vote", "tables a notes file needs are missing");
    }
}
