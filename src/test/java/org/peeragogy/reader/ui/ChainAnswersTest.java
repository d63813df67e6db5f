package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reader's question above a reply (fresh tester t15's F14): in a chain 20,000 deep, asking it of every note
 * follows each parent link about once in all, whatever the order asked, rather than once per note below it.
 */
class ChainAnswersTest {
    private static final int DEPTH = 20_000;

    /** n0 ← n1 ← … ← n(DEPTH): each note's parent is the one before. */
    private static Map<String, String> chain() {
        Map<String, String> parent = new HashMap<>();
        for (int i = 1; i <= DEPTH; i++) {
            parent.put("n" + i, "n" + (i - 1));
        }
        return parent;
    }

    @Test
    void everyNoteOfADeepChainIsAnsweredFollowingEachLinkAboutOnce() {
        Map<String, String> parent = chain();
        Set<String> questions = Set.of("n0", "n12000");
        int[] steps = {0};
        Map<String, Optional<String>> memo = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i <= DEPTH; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(15));
        for (int i : order) {
            Optional<String> found = ChainAnswers.nearestAbove("n" + i, id -> {
                steps[0]++;
                return parent.get(id);
            }, questions::contains, memo);
            assertEquals(i == 0 ? Optional.empty() : Optional.of(i > 12000 ? "n12000" : "n0"), found, "n" + i);
        }
        // Each of the 20,001 notes' links followed at most once, plus one look-up per question asked.
        assertTrue(steps[0] <= 2 * (DEPTH + 1), "parent look-ups: " + steps[0]);
    }

    @Test
    void aCycleWithoutAQuestionAnswersNothingAndOneWithAQuestionAnswersIt() {
        Map<String, String> ring = Map.of("a", "b", "b", "c", "c", "a", "x", "a");
        assertEquals(Optional.empty(), ChainAnswers.nearestAbove("x", ring::get, id -> false, new HashMap<>()));
        Map<String, Optional<String>> memo = new HashMap<>();
        assertEquals(Optional.of("c"), ChainAnswers.nearestAbove("x", ring::get, "c"::equals, memo));
        assertEquals(Optional.of("c"), ChainAnswers.nearestAbove("c", ring::get, "c"::equals, memo), "round to itself");
        assertEquals(Optional.of("c"), ChainAnswers.nearestAbove("a", ring::get, "c"::equals, memo));
    }
}
