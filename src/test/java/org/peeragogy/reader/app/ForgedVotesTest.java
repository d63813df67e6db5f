package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * Issue 15, tester's F11 and F12: a notes file carries the votes of the people it names (its writers and voters,
 * with their names). A vote it holds under a third person's id (Cy's file withdrawing Bo's vote) or under invented
 * ids (fifty voters stuffing Cy's note) is left out and the preview says so; a known person is never renamed by a
 * file that does not name them (Bo became "someone" everywhere).
 */
class ForgedVotesTest {
    @TempDir
    Path tmp;

    private static Database person(Path dir, String name) throws Exception {
        Database db = Database.open(dir);
        db.settings().putReaderName(name);
        return db;
    }

    private static Path export(Database db, Path file) throws Exception {
        ShareFixture.sharing(db).export(NoteSharing.Format.NOTES, file,
                new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of(db.settings().readerId())));
        return file;
    }

    private static void importInto(Database db, Path file) throws Exception {
        NoteSharing s = ShareFixture.sharing(db);
        s.apply(s.preview(file));
    }

    private static List<Vote> votesOn(Database db, String noteId) throws Exception {
        return db.conversation().of(ShareFixture.HANDBOOK.book().identity()).votes().stream()
                .filter(v -> v.noteId().equals(noteId)).toList();
    }

    @Test
    void votesUnderIdsTheFileDoesNotNameAreLeftOutSaidAndRenameNobody() throws Exception {
        String book = ShareFixture.HANDBOOK.book().identity();
        try (Database ana = person(tmp.resolve("ana"), "Ana");
             Database bo = person(tmp.resolve("bo"), "Bo");
             Database cy = person(tmp.resolve("cy"), "Cy");
             Database fac = person(tmp.resolve("fac"), "Fac")) {
            Annotation q = ana.conversation().ask(new AnnotationStore.Draft(book, "wiki",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "Why a wiki?", List.of(), "Ana",
                    Optional.empty()));
            Path a = export(ana, tmp.resolve("ana.peeranotes"));
            importInto(bo, a);
            bo.conversation().vote(q.id(), true, "Bo");
            Path b = export(bo, tmp.resolve("bo.peeranotes"));
            importInto(fac, a);
            importInto(fac, b);
            String boId = bo.settings().readerId();
            assertEquals(1, votesOn(fac, q.id()).stream().filter(v -> v.voterId().equals(boId) && v.given()).count());

            // A question, so that Cy's file is of the format with a vote table.
            Annotation cyNote = cy.conversation().ask(new AnnotationStore.Draft(book, "wiki",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "Cy's own note", List.of(), "Cy",
                    Optional.empty()));
            Path forged = export(cy, tmp.resolve("cy.peeranotes"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + forged);
                 PreparedStatement ps = c.prepareStatement("INSERT INTO vote VALUES (?, ?, ?, ?)")) {
                ps.setString(1, q.id());
                ps.setString(2, boId); // Bo's vote withdrawn, by Cy's file
                ps.setInt(3, 0);
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
                for (int i = 0; i < 50; i++) { // fifty invented voters on Cy's own note
                    ps.setString(1, cyNote.id());
                    ps.setString(2, "urn:uuid:" + UUID.randomUUID());
                    ps.setInt(3, 1);
                    ps.setString(4, Instant.now().toString());
                    ps.executeUpdate();
                }
            }

            NoteSharing.Preview preview = ShareFixture.sharing(fac).preview(forged);
            assertTrue(preview.remarks().stream().anyMatch(r -> r.startsWith("51 votes in this file are by people it"
                    + " does not name")), preview.remarks().toString());
            ShareFixture.sharing(fac).apply(preview);

            assertEquals(1, votesOn(fac, q.id()).stream().filter(v -> v.voterId().equals(boId) && v.given()).count(),
                    "Bo's vote stays given");
            assertEquals(List.of(), votesOn(fac, cyNote.id()), "no invented voter counts");
            assertEquals("Bo", fac.authors().byId().get(boId).name(), "Bo keeps his name");
            assertTrue(fac.annotations().book(book).stream().anyMatch(n -> n.note().equals("Cy's own note")),
                    "the rest of the file is imported");
        }
    }
}
