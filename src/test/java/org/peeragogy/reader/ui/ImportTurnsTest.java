package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Files handed at once where nothing can be saved are refused together, told once; one handed while that is told
 * waits for it and is told after it, never over it. The FX thread is a queue this test runs.
 */
class ImportTurnsTest {
    private final Deque<Runnable> fx = new ArrayDeque<>();
    private final ImportTurns turns = new ImportTurns(() -> Optional.of("read-only"), fx::add);
    private final List<List<String>> told = new ArrayList<>();

    private void hand(String name) {
        assertFalse(turns.mayStart(false, name, () -> { }, this::tell));
    }

    private void tell(List<ImportTurns.Refused> refused) {
        told.add(refused.stream().map(r -> r.name() + ": " + r.why()).toList());
        if (told.size() == 1) {
            hand("Eve.peeranotes"); // handed while the first is told (a dialog's own loop runs the FX queue)
        }
    }

    @Test
    void filesHandedAtOnceAreToldOnceAndOneHandedMeanwhileAfterIt() {
        hand("Bo.peeranotes");
        hand("Cy.peeranotes");
        hand("Di.peeranotes");
        assertEquals(List.of(), told, "told after this turn, not during it");
        while (!fx.isEmpty()) {
            fx.poll().run();
        }
        assertEquals(List.of(List.of("Bo.peeranotes: read-only", "Cy.peeranotes: read-only", "Di.peeranotes: read-only"),
                List.of("Eve.peeranotes: read-only")), told);
    }
}
