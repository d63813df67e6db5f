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
 * Two people with one name in a group folder (try17w F12), over real data folders and a real folder: each is shown
 * with the start of their id ("Ana (id 0835edf4)"), in the notice (which says the newcomer is a new person sharing a
 * name) and in the Group view, whichever was known first and whichever id sorts first (a fresh tester's note: "Ana
 * (2)" told no one which Ana it was, and followed the order of import; decision 0101); people are listed in natural
 * order.
 */
class NamesakesTest {
    @TempDir
    Path tmp;

    @Test
    void bothPeopleOfOneNameCarryTheStartOfTheirIdsAndTheNewcomerIsSaidToBeNew() throws Exception {
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
            String firstAna = "Ana (id " + first.id().substring(9, 17) + ")";
            String laterAna = "Ana (id " + later.id().substring(9, 17) + ")";
            assertEquals(laterAna, newcomer.person());
            assertTrue(newcomer.newNamesake());
            assertTrue(newcomer.describe().startsWith(laterAna + " updated their notes (1 new): a new person who shares a"
                    + " name with someone you know"), newcomer.describe());
            fay.folder.mergeAll(fay.db, fay.sharing, arrivals, true);

            Conversation talk = fay.db.conversation().of(fay.handbook.book().identity());
            GroupFigures figures = GroupFigures.build(fay.handbook.book(), fay.db.annotations().everything(),
                    talk.links(), talk.votes(), c -> false, fay.db.authors().firstKnown());
            Map<String, String> people = figures.people().stream()
                    .collect(Collectors.toMap(GroupFigures.Person::id, GroupFigures.Person::name));
            assertEquals(firstAna, people.get(first.id()));
            assertEquals(laterAna, people.get(later.id()));
            Map<String, String> by = figures.threads().stream()
                    .collect(Collectors.toMap(GroupFigures.ThreadRow::text, GroupFigures.ThreadRow::by));
            assertEquals(firstAna, by.get("I was here all session"), "her threads say who she is");
            assertEquals(laterAna, by.get("I am the other Ana"));
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
