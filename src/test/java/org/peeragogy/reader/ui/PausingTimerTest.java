package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, decision 0095: JavaFX's pulse timer, replaced on Linux by {@link PausingTimer}, stops while nothing
 * animates (its thread runs nothing) and starts again for an animation and for input. This test JVM's toolkit is
 * JavaFX's on GTK, as the reader's is; the timer is put in place as the reader's window does it.
 */
@Tag("ui")
class PausingTimerTest {
    /** Nothing animates in this JVM's windows for long once a test has settled: the timer pauses within this. */
    private static final long PAUSE_SECONDS = 30;

    private Stage stage;

    @BeforeEach
    void timer() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(PulseTimerSwap::install).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        }
    }

    /** The timer, once it has paused (bounded wait). */
    private static PausingTimer paused() throws Exception {
        PausingTimer timer = PulseTimerSwap.installed().orElseThrow(
                () -> new AssertionError("JavaFX's pulse timer was not replaced by one that pauses"));
        WaitForAsyncUtils.waitFor(PAUSE_SECONDS, TimeUnit.SECONDS, timer::paused);
        return timer;
    }

    @Test
    void aTimerLeftAloneRunsNothingAndAnAnimationStartsItAgain() throws Exception {
        PausingTimer timer = paused();
        long runs = timer.runs();
        Thread.sleep(1000); // the span watched is the measurement itself
        assertEquals(runs, timer.runs(), "the paused timer ran while nothing animated");

        CountDownLatch finished = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            PauseTransition pause = new PauseTransition(Duration.millis(300));
            pause.setOnFinished(e -> finished.countDown());
            pause.play();
        }).get(10, TimeUnit.SECONDS);
        assertTrue(finished.await(10, TimeUnit.SECONDS), "an animation started with the timer paused never finished");
        assertTrue(timer.runs() > runs, "the animation ran without the timer");
        // And it pauses again once the animation is over.
        WaitForAsyncUtils.waitFor(PAUSE_SECONDS, TimeUnit.SECONDS, timer::paused);
    }

    @Test
    void aWindowLeftWithTheTimerPausedPaintsTheNextKeyAtOnce() throws Exception {
        // A button has the keyboard (a text box's caret would blink: an animation); the key is written on a label.
        Label typed = new Label("-");
        Button button = new Button("Elsewhere");
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            Scene s = new Scene(new VBox(button, typed), 300, 100);
            s.setOnKeyPressed(e -> typed.setText(e.getCode().getName()));
            stage.setScene(s);
            stage.show();
            stage.toFront();
            button.requestFocus();
            return s;
        }).get(10, TimeUnit.SECONDS);
        PausingTimer timer = paused();

        CountDownLatch pulsed = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> scene.addPostLayoutPulseListener(pulsed::countDown)).get(10, TimeUnit.SECONDS);
        new FxRobot().type(KeyCode.A);
        assertTrue(pulsed.await(5, TimeUnit.SECONDS), "no frame came for a key typed with the timer paused");
        assertEquals("A", WaitForAsyncUtils.asyncFx(typed::getText).get(10, TimeUnit.SECONDS));
    }
}
