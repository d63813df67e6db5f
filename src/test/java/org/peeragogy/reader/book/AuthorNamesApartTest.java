package org.peeragogy.reader.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fresh tester's note: two people called Ann were "Ann" and "Ann (2)" in the Group view and the digest, with no hint
 * of which Ann was which, numbered in the order of import (so one reader's "Ann (2)" could be another's "Ann"). People
 * who share a name are shown with the start of their ids, as the command line's {@code notes} prints them, the same
 * words whatever the order in which the reader met them (decision 0101).
 */
class AuthorNamesApartTest {
    private static final String ANN_1 = "urn:uuid:0835edf4-1111-4000-8000-000000000001";
    private static final String ANN_2 = "urn:uuid:6ff2ef44-2222-4000-8000-000000000002";
    private static final String ANN_3 = "urn:uuid:9a0b1c2d-3333-4000-8000-000000000003";
    private static final String BEN = "urn:uuid:bbbbbbbb-4444-4000-8000-000000000004";

    private static Map<String, String> people(String... idThenName) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < idThenName.length; i += 2) {
            m.put(idThenName[i], idThenName[i + 1]);
        }
        return m;
    }

    @Test
    void twoPeopleWithOneNameAreShownWithTheirShortIdsWhateverTheOrderTheReaderMetThem() {
        Map<String, String> expected = Map.of(ANN_1, "Ann (id 0835edf4)", ANN_2, "Ann (id 6ff2ef44)", BEN, "Ben");
        assertEquals(expected, AuthorNames.apart(people(ANN_1, "Ann", ANN_2, "Ann", BEN, "Ben")));
        assertEquals(expected, AuthorNames.apart(people(ANN_2, "Ann", BEN, "Ben", ANN_1, "Ann")));
        assertEquals(expected, AuthorNames.apart(people(ANN_1, "Ann", ANN_2, "Ann", BEN, "Ben"), List.of(ANN_2, ANN_1)));
        assertEquals(expected, AuthorNames.apart(people(ANN_1, "Ann", ANN_2, "Ann", BEN, "Ben"), List.of(ANN_1, ANN_2)));
        // Names that only look alike ("Ann" + ZWSP, another case) are one name, as everywhere else.
        assertEquals(Map.of(ANN_1, "Ann (id 0835edf4)", ANN_2, "ann (id 6ff2ef44)"),
                AuthorNames.apart(people(ANN_2, "ann", ANN_1, "Ann\u200B")));
    }

    @Test
    void threeNamesakesEachCarryTheirOwnId() {
        Map<String, String> shown = AuthorNames.apart(people(ANN_3, "Ann", ANN_1, "Ann", BEN, "Ben", ANN_2, "Ann"),
                List.of(ANN_3, ANN_2, ANN_1));
        assertEquals(Map.of(ANN_1, "Ann (id 0835edf4)", ANN_2, "Ann (id 6ff2ef44)", ANN_3, "Ann (id 9a0b1c2d)",
                BEN, "Ben"), shown);
    }

    @Test
    void aNameNoOneElseHasIsShownAsItIsWithoutAnId() {
        assertEquals(Map.of(ANN_1, "Ann", BEN, "Ben", "acct:cleo@hypothes.is", "Cleo"),
                AuthorNames.apart(people(ANN_1, "Ann", BEN, "Ben", "acct:cleo@hypothes.is", "Cleo")));
    }

    @Test
    void namesakesWhoseIdsShowAlikeAreNumberedInTheOrderOfTheirIds() {
        String lower = AuthorIds.fromName("ana");
        String upper = AuthorIds.fromName("Ana");
        Map<String, String> expected = Map.of(upper, "Ana (by name only)", lower, "ana (by name only, 2)");
        assertEquals(expected, AuthorNames.apart(people(lower, "ana", upper, "Ana")));
        assertEquals(expected, AuthorNames.apart(people(upper, "Ana", lower, "ana")));
    }

    @Test
    void anonymousAskersAreStillNumberedNotShownWithTheirIds() {
        assertEquals(List.of("Anonymous", "Anonymous (2)"),
                List.copyOf(AuthorNames.apart(people(ANN_1, "Anonymous", ANN_2, "Anonymous")).values()));
    }
}
