package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;

/**
 * The conversation's rules held by the store itself, whoever calls it (decision 0080; fresh testers t15c's N1 and N9,
 * t15d's N6): an anonymous question only where the group allows it, and no +1 on the reader's own notes, their
 * anonymous questions included; on a real SQLite file.
 */
class ConversationRulesTest {
    @TempDir
    Path dir;

    private static AnnotationStore.Draft question(String text) {
        return new AnnotationStore.Draft("book", "wiki", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, text,
                List.of(), "Gus", Optional.empty());
    }

    @Test
    void anAnonymousQuestionIsRefusedUntilTheGroupAllowsItAndNothingIsSaved() throws Exception {
        try (Database db = Database.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> db.conversation().ask(question("anon"), true));
            assertEquals(StoreReason.ANONYMOUS_NOT_ALLOWED, e.reason().code());
            assertNull(e.getCause(), "the request, not the disk");
            assertTrue(e.getMessage().contains("Ask under your name (without --anonymous)"), e.getMessage());
            assertEquals(List.of(), db.annotations().book("book"), "nothing saved");
            assertEquals(Optional.empty(), db.conversation().anonymousId(), "no anonymous id made");

            // In a group, the group's own choice counts (decision 0054), and the message names the group.
            db.settings().put(SettingsStore.ANONYMOUS_QUESTIONS, "true");
            db.settings().put(SettingsStore.GROUP_NAME, "Tuesday circle");
            db.settings().put(SettingsStore.workshopKey(SettingsStore.ANONYMOUS_QUESTIONS, "Tuesday circle"), "false");
            e = assertThrows(StoreException.class, () -> db.conversation().ask(question("anon"), true));
            assertEquals(StoreReason.ANONYMOUS_NOT_ALLOWED_IN_GROUP, e.reason().code());
            assertTrue(e.getMessage().contains("in the group Tuesday circle"), e.getMessage());

            db.settings().put(SettingsStore.workshopKey(SettingsStore.ANONYMOUS_QUESTIONS, "Tuesday circle"), "true");
            Annotation q = db.conversation().ask(question("anon"), true);
            assertEquals(ConversationStore.ANONYMOUS_NAME, q.author());
            assertEquals(db.conversation().anonymousId().orElseThrow(), q.authorId());
            // Under the reader's own name a question needs no option.
            db.settings().put(SettingsStore.workshopKey(SettingsStore.ANONYMOUS_QUESTIONS, "Tuesday circle"), "false");
            assertEquals("Gus", db.conversation().ask(question("named"), false).author());
        }
    }

    @Test
    void aPlusOneOnTheReadersOwnNoteOrAnonymousQuestionIsRefusedAndMayBeWithdrawn() throws Exception {
        try (Database db = Database.open(dir)) {
            db.settings().put(SettingsStore.ANONYMOUS_QUESTIONS, "true");
            Annotation mine = db.conversation().ask(question("mine"), false);
            Annotation anonymous = db.conversation().ask(question("asked anonymously"), true);
            for (Annotation a : List.of(mine, anonymous)) {
                StoreException e = assertThrows(StoreException.class, () -> db.conversation().vote(a.id(), true, "Gus"));
                assertEquals(StoreReason.VOTE_ON_OWN_NOTE, e.reason().code(), a.note());
                assertTrue(e.getMessage().startsWith("This note is yours"), e.getMessage());
            }
            assertEquals(List.of(), db.conversation().of("book").votes(), "no vote saved");
            // Withdrawing is always allowed: a +1 given before the rule can be taken back.
            assertEquals(0, db.conversation().vote(mine.id(), false, "Gus").value());
        }
    }
}
