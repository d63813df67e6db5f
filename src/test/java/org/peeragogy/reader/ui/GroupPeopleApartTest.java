package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.GroupPeopleStore;

/**
 * Notes → People merged without asking… (try17w F12): two people called Ana listed "Ana (since …)" twice, and
 * Participant10 came before Participant2. They are told apart as the Group view tells them (each with the start of
 * their id, whoever was known first: decision 0101), in natural order.
 */
class GroupPeopleApartTest {
    @Test
    void acceptedNamesakesAreToldApartByTheirIdsAndListedNaturally() {
        Instant since = Instant.parse("2026-11-30T15:00:00Z");
        String early = "urn:uuid:ffffffff-0000-4000-8000-000000000001";
        String late = "urn:uuid:00000000-0000-4000-8000-000000000002";
        List<GroupPeopleStore.Accepted> accepted = List.of(new GroupPeopleStore.Accepted(late, "Ana", since),
                new GroupPeopleStore.Accepted(early, "Ana", since),
                new GroupPeopleStore.Accepted("urn:uuid:p10", "Participant10", since),
                new GroupPeopleStore.Accepted("urn:uuid:p2", "Participant2", since));
        Map<String, AuthorStore.Author> known = new LinkedHashMap<>();
        for (GroupPeopleStore.Accepted a : accepted) {
            known.put(a.authorId(), new AuthorStore.Author(a.authorId(), a.name(), "", "#1b6ca8", true, false));
        }
        List<GroupPeopleStore.Accepted> shown = GroupPeopleViewModel.apart(accepted,
                List.of("urn:uuid:p10", early, "urn:uuid:p2", late), known);
        assertEquals(List.of("Ana (id 00000000)", "Ana (id ffffffff)", "Participant2", "Participant10"),
                shown.stream().map(GroupPeopleStore.Accepted::name).toList());
        assertEquals(late, shown.get(0).authorId(), "the Ana known later is not numbered after the other");
    }
}
