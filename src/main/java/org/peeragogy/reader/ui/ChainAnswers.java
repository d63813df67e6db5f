package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The nearest note above one in its reply chain that passes a test (the reader's question a reply would answer),
 * remembered for every note passed on the way: asking it of every note of a chain follows each parent link once,
 * not once per note below it (fresh tester t15's F14: a chain 20,000 deep). Any thread; not thread-safe (the memo).
 */
final class ChainAnswers {
    private ChainAnswers() {
    }

    /**
     * The nearest note strictly above {@code id} that {@code wanted} accepts, following {@code parentOf} (null at the
     * top); empty when there is none, or when the links go round a cycle before one is found.
     *
     * @param memo answers found before, by note id, for the same links and test; filled with every note passed
     */
    static Optional<String> nearestAbove(String id, Function<String, String> parentOf, Predicate<String> wanted,
                                         Map<String, Optional<String>> memo) {
        Optional<String> known = memo.get(id);
        if (known != null) {
            return known;
        }
        List<String> passed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        passed.add(id);
        seen.add(id);
        Optional<String> found = Optional.empty();
        for (String at = parentOf.apply(id); at != null; at = parentOf.apply(at)) {
            if (wanted.test(at)) {
                found = Optional.of(at);
                break;
            }
            Optional<String> above = memo.get(at);
            if (above != null) {
                found = above;
                break;
            }
            if (!seen.add(at)) {
                break; // round a cycle with nothing wanted on it
            }
            passed.add(at);
        }
        for (String p : passed) {
            memo.put(p, found);
        }
        return found;
    }
}
