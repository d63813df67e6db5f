package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 (idle CPU): a focused text box blinks its caret with an animation that asks for a pulse 60 times a
 * second; left alone past the blink time, the caret rests and the window asks for none, until the next key.
 * Pulses are counted with the scene's own post-layout listener, which asks for none itself.
 */
@Tag("ui")
class CaretRestTest {
    private static int pulsesDuring(Scene scene, long millis) throws Exception {
        AtomicInteger pulses = new AtomicInteger();
        Runnable count = pulses::incrementAndGet;
        WaitForAsyncUtils.asyncFx(() -> scene.addPostLayoutPulseListener(count)).get();
        Thread.sleep(millis); // counting over a span of time is the measurement itself, not a wait for a result
        WaitForAsyncUtils.asyncFx(() -> scene.removePostLayoutPulseListener(count)).get();
        return pulses.get();
    }

    @Test
    void aCaretLeftAloneStopsBlinkingAndAsksForNoPulsesUntilTheNextKey() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (BackgroundTasks tasks = new BackgroundTasks(Platform::runLater)) {
            TextField field = new TextField();
            Scene scene = WaitForAsyncUtils.asyncFx(() -> {
                Stage stage = new Stage();
                Scene s = new Scene(new VBox(field, new TextField()), 300, 100);
                stage.setScene(s);
                stage.show();
                field.requestFocus();
                return s;
            }).get();
            CaretRest rest = WaitForAsyncUtils.asyncFx(() -> CaretRest.install(scene, tasks, Duration.ofMillis(1500)))
                    .get();
            assertTrue(pulsesDuring(scene, 600) >= 5, "the caret blinks: pulse after pulse");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, rest::resting);
            WaitForAsyncUtils.waitForFxEvents();
            int resting = pulsesDuring(scene, 1000);
            assertTrue(resting <= 2, "at rest the window asks for no pulses: " + resting);
            assertTrue(WaitForAsyncUtils.asyncFx(field::isFocused).get(), "the caret is still in the box");

            WaitForAsyncUtils.asyncFx(() -> field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.SHIFT,
                    true, false, false, false))).get();
            assertFalse(WaitForAsyncUtils.asyncFx(rest::resting).get(), "a key wakes the caret");
            assertTrue(pulsesDuring(scene, 600) >= 5, "and it blinks again");
            WaitForAsyncUtils.asyncFx(() -> scene.getWindow().hide()).get();
        }
    }
}
