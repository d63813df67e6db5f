package org.peeragogy.reader.app;

import org.peeragogy.reader.share.group.Arrival;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.ui.GroupFigures;

/**
 * Two people with one name in a group folder (try17w F12), over real data folders and a real folder: the person the
 * facilitator knew first keeps "Ana", the newcomer is "Ana (2)" in the notice (which says it is a new person sharing
 * a name) and in the Group view, whichever of their ids sorts first; people are listed in natural order.
 */
class NamesakesTest {
    @TempDir
    Path tmp;

    @Test
    void thePersonKnownFirstKeepsThePlainNameAndTheNewcomerIsNumberedAndSaidToBeNew() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group);
             GroupMember one = GroupMember.join(tmp.resolve("1"), "Ana", group);
             GroupMember two = GroupMember.join(tmp.resolve("2"), "Ana", group)) {
            // The one known first has the id that sorts last: the id's order must not decide (it did).
            GroupMember first = one.id().compareTo(two.id()) > 0 ? one : two;
            GroupMember later = first == one ? two : one;
            first.note("gardens", "I was here all session");
            first.writeOwn();
            fay.folder.mergeAll(fay.db, fay.sharing, fay.scan().arrivals(), true);

            later.note("gardens", "I am the other Ana");
            later.writeOwn();
            List<Arrival> arrivals = fay.scan().arrivals();
            assertEquals(1, arrivals.size());
            Arrival newcomer = arrivals.get(0);
            assertEquals("Ana (2)", newcomer.person());
            assertTrue(newcomer.newNamesake());
            assertTrue(newcomer.describe().startsWith("Ana (2) updated their notes (1 new): a new person who shares a"
                    + " name with someone you know"), newcomer.describe());
            fay.folder.mergeAll(fay.db, fay.sharing, arrivals, true);

            Conversation talk = fay.db.conversation().of(fay.handbook.book().identity());
            GroupFigures figures = GroupFigures.build(fay.handbook.book(), fay.db.annotations().everything(),
                    talk.links(), talk.votes(), c -> false, fay.db.authors().firstKnown());
            Map<String, String> people = figures.people().stream()
                    .collect(Collectors.toMap(GroupFigures.Person::id, GroupFigures.Person::name));
            assertEquals("Ana", people.get(first.id()));
            assertEquals("Ana (2)", people.get(later.id()));
            Map<String, String> by = figures.threads().stream()
                    .collect(Collectors.toMap(GroupFigures.ThreadRow::text, GroupFigures.ThreadRow::by));
            assertEquals("Ana", by.get("I was here all session"), "her threads keep her name");
            assertEquals("Ana (2)", by.get("I am the other Ana"));
        }
    }

    @Test
    void namesAreListedInNaturalOrder() {
        List<String> names = new java.util.ArrayList<>(List.of("Participant10", "participant2", "Participant1",
                "Ana", "Participant16", "Ben"));
        names.sort(AuthorNames.NATURAL);
        assertEquals(List.of("Ana", "Ben", "Participant1", "participant2", "Participant10", "Participant16"), names);
        assertFalse(AuthorNames.NATURAL.compare("a2", "a10") > 0);
    }
}
