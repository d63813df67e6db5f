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

    /**
     * Notes → People… says two people of one name as the Group view and the digest do, "Ana (id 0835edf4)" (it was
     * "Ana · id 0835edf4"), or with the nickname the reader gave one; a name no one else has stays as it is.
     */
    @Test
    void thePeopleWindowTellsNamesakesApartInTheSameWords() {
        AuthorStore.Author one = new AuthorStore.Author("urn:uuid:0835edf4-1111-4000-8000-000000000001", "Ana", "",
                "#1b6ca8", true, false);
        AuthorStore.Author two = new AuthorStore.Author("urn:uuid:6ff2ef44-2222-4000-8000-000000000002", "Ana",
                "Ana from Lisbon", "#1b6ca8", true, false);
        AuthorStore.Author ben = new AuthorStore.Author("urn:uuid:bbbbbbbb-3333-4000-8000-000000000003", "Ben", "",
                "#1b6ca8", true, false);
        List<AuthorStore.Author> all = List.of(one, two, ben);
        Texts texts = Texts.of(java.util.Locale.ENGLISH);
        assertEquals("Ana (id 0835edf4)", plain(PeopleViewModel.label(texts, one, all)));
        assertEquals("Ana (Ana from Lisbon)", plain(PeopleViewModel.label(texts, two, all)));
        assertEquals("Ben", plain(PeopleViewModel.label(texts, ben, all)));
    }

    private static String plain(String said) {
        return said.replaceAll("[\\u2066-\\u2069]", "");
    }
}
