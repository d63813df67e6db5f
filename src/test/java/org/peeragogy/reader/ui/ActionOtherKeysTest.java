package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** An action's other keys (Ctrl+= beside Ctrl+plus) do nothing while the action is disabled, as its menu key. */
class ActionOtherKeysTest {
    @Test
    void anOtherKeyRunsTheActionOnlyWhileItIsEnabled() {
        AtomicInteger ran = new AtomicInteger();
        SimpleBooleanProperty working = new SimpleBooleanProperty(true);
        Action install = Action.of("add-handbook", "Add a handbook…", null, ran::incrementAndGet).disabledWhen(working);
        Runnable key = WindowActions.guarded(install);
        key.run();
        assertEquals(0, ran.get(), "disabled while its work runs");
        working.set(false);
        key.run();
        assertEquals(1, ran.get());
        WindowActions.guarded(Action.of("zoom-in", "Zoom in", null, ran::incrementAndGet)).run();
        assertEquals(2, ran.get(), "an action that is never disabled always runs");
    }
}
