package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 (idle CPU): a focused text box blinks its caret with an animation, which asks for a pulse 60 times a
 * second; left alone past the blink time the caret rests (no longer blinking; JavaFX does not draw it then),
 * until the next key. The blinking is watched where it shows: the caret's shape (the box's {@link Path})
 * turning visible and invisible.
 */
@Tag("ui")
class CaretRestTest {
    /** How often the caret's shapes turned on or off during {@code millis}. */
    private static int blinksDuring(TextField field, long millis) throws Exception {
        AtomicInteger changes = new AtomicInteger();
        ChangeListener<Object> count = (o, was, now) -> changes.incrementAndGet();
        List<Node> carets = WaitForAsyncUtils.asyncFx(() -> {
            List<Node> shapes = field.lookupAll("Path").stream().filter(n -> n instanceof Path).toList();
            shapes.forEach(n -> {
                n.visibleProperty().addListener(count);
                n.opacityProperty().addListener(count);
            });
            return shapes;
        }).get();
        assertFalse(carets.isEmpty(), "the text box draws its caret as a shape");
        Thread.sleep(millis); // watching a span of time is the measurement itself, not a wait for a result
        WaitForAsyncUtils.asyncFx(() -> carets.forEach(n -> {
            n.visibleProperty().removeListener(count);
            n.opacityProperty().removeListener(count);
        })).get();
        return changes.get();
    }

    /** Whether the caret is drawn now. */
    private static boolean caretShown(TextField field) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> field.lookupAll("Path").stream()
                .anyMatch(n -> n.isVisible() && n.getOpacity() > 0 && !((Path) n).getElements().isEmpty())).get();
    }

    @Test
    void aCaretLeftAloneStopsBlinkingUntilTheNextKeyShowsItAgain() throws Exception {
        FxToolkit.registerPrimaryStage();
        Stage[] stage = new Stage[1];
        try (BackgroundTasks tasks = new BackgroundTasks(Platform::runLater)) {
            TextField field = new TextField();
            field.setAccessibleText("caret test");
            javafx.scene.control.Button button = new javafx.scene.control.Button("Elsewhere");
            Scene scene = WaitForAsyncUtils.asyncFx(() -> {
                stage[0] = new Stage();
                Scene s = new Scene(new VBox(field, button), 300, 100);
                stage[0].setScene(s);
                stage[0].show();
                field.requestFocus();
                return s;
            }).get();
            CaretRest rest = WaitForAsyncUtils.asyncFx(() -> CaretRest.install(scene, tasks, Duration.ofMillis(1500)))
                    .get();
            assertTrue(blinksDuring(field, 1200) >= 1, "the caret blinks");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, rest::resting);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(0, blinksDuring(field, 1500), "at rest the caret no longer blinks");
            assertTrue(WaitForAsyncUtils.asyncFx(field::isFocused).get(), "the box keeps the keyboard");

            WaitForAsyncUtils.asyncFx(() -> field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.SHIFT,
                    true, false, false, false))).get();
            assertFalse(WaitForAsyncUtils.asyncFx(rest::resting).get(), "a key wakes the caret");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> caretShown(field));
            assertTrue(blinksDuring(field, 1200) >= 1, "it shows and blinks again");

            // The keyboard goes elsewhere (a click in the page): the box's blink does not go on without it.
            WaitForAsyncUtils.asyncFx(button::requestFocus).get();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, rest::resting);
            assertEquals(0, blinksDuring(field, 1500), "no blink left running in a box without the keyboard");
        } finally {
            if (stage[0] != null) {
                WaitForAsyncUtils.asyncFx(stage[0]::hide).get(); // no window left for the next tests to see
            }
        }
    }
}
