package org.peeragogy.reader.app;

import org.peeragogy.reader.share.group.Arrival;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.AnnotationStore;

/**
 * Whose "Anonymous" a group file may carry as its owner's (issue 16's second hostile retest, B1; decisions 0031 and
 * 0035), over real data folders, a real folder and files forged with SQL as the tester forged them: never the
 * reader's own anonymous id, never an id the reader merged from someone else's file; and a file's tombstone or edit
 * of the reader's own anonymous question never deletes or replaces it, even merged by hand.
 */
class GroupFolderAnonymousTest {
    @TempDir
    Path tmp;

    private static String uuid(GroupMember m) throws Exception {
        return m.id().substring("urn:uuid:".length());
    }

    private static Annotation askAnonymously(GroupMember m, String text) throws Exception {
        m.db.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true"); // decision 0080
        return m.db.conversation().ask(new AnnotationStore.Draft(m.handbook.book().identity(), "gardens",
                Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, text, List.of(), m.name(), Optional.empty()), true);
    }

    /** {@code sql} run on a copy of {@code from} placed as {@code to}: a forgery made as the tester made his. */
    private static void forge(Path from, Path to, String sql, String... args) throws Exception {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + to); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < args.length; k++) {
                ps.setString(k + 1, args[k]);
            }
            assertEquals(1, ps.executeUpdate(), sql);
        }
    }

    /** Fay merges Ben's file by hand: Ben is accepted. */
    private static void acceptBen(GroupMember fay, GroupMember ben) throws Exception {
        ben.note("gardens", "Ben's note");
        ben.writeOwn();
        fay.folder.mergeAll(fay.db, fay.sharing, fay.scan().arrivals(), true);
        assertTrue(fay.db.groupFolder().people().accepted(ben.id()));
    }

    /**
     * (c) Fay's own anonymous question, edited in a file named after accepted Ben: her anonymous id is hers, never
     * Ben's, so the file asks and names "Anonymous" (before: merged without asking, her question's words replaced).
     */
    @Test
    void theReadersOwnAnonymousIdInSomeoneElsesFileIsNeverTheirsAndAsks() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember ben = GroupMember.join(tmp, "Ben", group)) {
            acceptBen(fay, ben);
            Annotation q = askAnonymously(fay, "Fay's own anonymous question");
            Path faysFile = fay.writeOwn();
            Path forged = group.resolve("Ben-9_" + uuid(ben) + ".peeranotes");
            forge(faysFile, forged, "UPDATE annotation SET note = 'forged words', updated_at = ? WHERE id = ?",
                    java.time.Instant.now().toString(), q.id());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + forged)) {
                c.createStatement().executeUpdate("DELETE FROM annotation WHERE author_id = '" + fay.id() + "'");
            }

            Arrival next = fay.scan().arrivals().get(0);

            assertEquals(forged.getFileName().toString(), next.fileName());
            assertEquals("", next.seen().authorId(), "no one's file");
            assertFalse(fay.folder.accepted(fay.db, next), "never merged without asking");
            // Her own question to her (try17w F15), never counted as Ben's.
            assertTrue(next.preview().remarks().get(0).startsWith("This file holds your own notes (1 note)."),
                    next.preview().remarks().toString());
            fay.folder.merge(fay.db, fay.sharing, next, true);
            assertEquals(1, fay.notesSaying("Fay's own anonymous question").size(),
                    "merged by hand, her question keeps her words (the other is a second version)");
        }
    }

    /** (c) A tombstone of Fay's own anonymous question never deletes it, even merged by hand ("never delete yours"). */
    @Test
    void aTombstoneOfTheReadersOwnAnonymousQuestionNeverDeletesIt() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember ben = GroupMember.join(tmp, "Ben", group)) {
            acceptBen(fay, ben);
            Annotation q = askAnonymously(fay, "Fay's own anonymous question");
            Path faysFile = fay.writeOwn();
            String now = java.time.Instant.now().toString();
            Path forged = group.resolve("Ben-9_" + uuid(ben) + ".peeranotes");
            forge(faysFile, forged, "UPDATE annotation SET note = '', deleted_at = ?, updated_at = ? WHERE id = ?",
                    now, now, q.id());

            List<Arrival> offered = fay.scan().arrivals();
            fay.folder.mergeAll(fay.db, fay.sharing, offered, true); // whatever is offered, merged by hand

            assertEquals(1, fay.notesSaying("Fay's own anonymous question").size(), "yours are never deleted by a file");
            assertEquals(List.of(), offered, "a deletion of yours changes nothing, so nothing is offered");
        }
    }

    /**
     * (a) The tester's attack: a tombstone of Ana's anonymous question, under her anonymous id named "Anonymous", in
     * a file named after accepted Ben: it asks (a deletion is never an owner's anonymous question) and deletes nothing
     * without asking.
     */
    @Test
    void aTombstoneOfSomeonesAnonymousQuestionInAnAcceptedPersonsFileAsks() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path anasOwn = Files.createDirectories(tmp.resolve("anas-own"));
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember ben = GroupMember.join(tmp, "Ben", group);
             GroupMember ana = GroupMember.join(tmp, "Ana", anasOwn)) {
            acceptBen(fay, ben);
            Annotation q = askAnonymously(ana, "Anonymous question from Ana");
            Path anas = Files.copy(ana.writeOwn(), group.resolve("Ana_" + uuid(ana) + ".peeranotes"));
            fay.folder.mergeAll(fay.db, fay.sharing, fay.scan().arrivals(), true);
            assertEquals(1, fay.notesSaying("Anonymous question from Ana").size());
            String now = java.time.Instant.now().toString();
            forge(anas, group.resolve("Ben-8_" + uuid(ben) + ".peeranotes"),
                    "UPDATE annotation SET note = '', deleted_at = ?, updated_at = ? WHERE id = ?", now, now, q.id());

            Arrival forged = fay.scan().arrivals().get(0);

            assertEquals("", forged.seen().authorId(), "no one's file");
            assertFalse(fay.folder.accepted(fay.db, forged), "never merged without asking");
            assertTrue(forged.preview().remarks().get(0).startsWith("This file holds notes by other people: Anonymous"
                    + " (1 deletion)"), forged.preview().remarks().toString());
            assertEquals(1, fay.notesSaying("Anonymous question from Ana").size());
        }
    }

    /**
     * Ana's anonymous id, merged from Ana's own file, then carrying a new question in a file named after accepted
     * Ben: an id seen in another person's file is not Ben's "Anonymous", so it asks; Ben's own anonymous id, merged
     * from his file once, still passes in his next file.
     */
    @Test
    void anAnonymousIdSeenInAnotherPersonsFileIsNotTheOwnersButTheOwnersOwnStillPasses() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path anasOwn = Files.createDirectories(tmp.resolve("anas-own"));
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember ben = GroupMember.join(tmp, "Ben", group);
             GroupMember ana = GroupMember.join(tmp, "Ana", anasOwn)) {
            acceptBen(fay, ben);
            askAnonymously(ana, "Ana's first anonymous question");
            Files.copy(ana.writeOwn(), group.resolve("Ana_" + uuid(ana) + ".peeranotes"));
            askAnonymously(ben, "Ben's first anonymous question");
            ben.writeOwn();
            fay.folder.mergeAll(fay.db, fay.sharing, fay.scan().arrivals(), true);
            assertEquals(1, fay.notesSaying("Ana's first anonymous question").size());

            askAnonymously(ana, "Ana's second anonymous question");
            Path anas = ana.writeOwn();
            Path forged = group.resolve("Ben-9_" + uuid(ben) + ".peeranotes");
            Files.copy(anas, forged);
            askAnonymously(ben, "Ben's second anonymous question");
            ben.writeOwn();

            List<Arrival> arrivals = fay.scan().arrivals();
            Arrival bens = arrivals.stream().filter(a -> a.fileName().startsWith("Ben_")).findFirst().orElseThrow();
            Arrival fake = arrivals.stream().filter(a -> a.fileName().startsWith("Ben-9_")).findFirst().orElseThrow();

            assertEquals("", fake.seen().authorId(), "Ana's anonymous id is not Ben's");
            assertFalse(fay.folder.accepted(fay.db, fake));
            assertEquals(ben.id(), bens.seen().authorId(), "Ben's own anonymous id, merged from his file, is his");
            assertTrue(fay.folder.accepted(fay.db, bens));
        }
    }
}
