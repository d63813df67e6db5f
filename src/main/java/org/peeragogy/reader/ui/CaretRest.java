package org.peeragogy.reader.ui;

import java.time.Duration;
import java.util.Objects;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Stops the caret of a text box blinking once the reader has left it alone for {@link #BLINK_FOR}, as GTK's
 * desktops stop theirs ({@code gtk-cursor-blink-timeout}, 10 s by default); it blinks again at the next key,
 * click or change of focus. Why (issue 17, idle CPU): JavaFX blinks a caret with a {@code Timeline}, and a
 * running animation asks for a pulse 60 times a second, so a window left with the caret in the search box or a
 * note used about ten times the CPU of one without (5.3 % of a core against 0.7 %, docs/performance.md).
 *
 * <p>Unlike GTK's, the resting caret is not drawn: JavaFX's only way to stop the blink,
 * {@link TextInputControlSkin#setCaretAnimating}{@code (false)}, also hides it (as when the window loses
 * focus), and nothing public draws it steadily. The box keeps the keyboard and its caret position; the first
 * key shows the caret where it was (decision 0034).
 *
 * <p>The wait runs on one {@link BackgroundTasks} thread at a time, never as an animation (which would ask for
 * pulses itself); it reads the time of the last input and sleeps until it is that old. FX thread for
 * everything but that wait.
 */
final class CaretRest {
    /** How long a caret blinks after the last input: GTK's default blink timeout. */
    static final Duration BLINK_FOR = Duration.ofSeconds(10);

    private final Scene scene;
    private final BackgroundTasks tasks;
    private final long blinkNanos;
    /** System.nanoTime() of the last key, click or focus change; read by the waiting thread. */
    private volatile long lastInput = System.nanoTime();
    /** Whether a wait is under way (FX thread). */
    private boolean waiting;
    /** The text box whose caret was stopped, or null (FX thread). */
    private TextInputControl resting;
    /** The text box that had the keyboard last, focused or not now, or null (FX thread). */
    private TextInputControl last;

    private CaretRest(Scene scene, BackgroundTasks tasks, Duration blinkFor) {
        this.scene = Objects.requireNonNull(scene);
        this.tasks = Objects.requireNonNull(tasks);
        this.blinkNanos = blinkFor.toNanos();
    }

    /** Watches {@code scene}'s input and focus; after {@code blinkFor} without any, the focused caret rests. */
    static CaretRest install(Scene scene, BackgroundTasks tasks, Duration blinkFor) {
        CaretRest rest = new CaretRest(scene, tasks, blinkFor);
        if (scene.getFocusOwner() instanceof TextInputControl box) {
            rest.last = box;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, rest::input);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, rest::input);
        scene.addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, rest::input);
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (now instanceof TextInputControl box) {
                rest.last = box;
                caret(box).ifPresent(s -> s.setCaretAnimating(true)); // a box given the keyboard blinks
            }
            rest.input(null);
        });
        rest.input(null);
        return rest;
    }

    /** Whether the focused text box's caret was stopped (for tests). */
    boolean resting() {
        return resting != null;
    }

    private void input(Event e) {
        lastInput = System.nanoTime();
        if (resting != null) {
            // A key in the box starts the blinking itself (its behaviour does), a click may not: start it here,
            // as it was before the caret rested; a box that no longer has the keyboard is left at rest.
            if (resting.isFocused()) {
                caret(resting).ifPresent(s -> s.setCaretAnimating(true));
            }
            resting = null;
        }
        arm();
    }

    /** Starts the wait for the last input to be {@link #BLINK_FOR} old, unless one is under way. */
    private void arm() {
        if (!waiting) {
            waiting = true;
            tasks.run("caret-rest", progress -> {
                long left;
                while ((left = lastInput + blinkNanos - System.nanoTime()) > 0) {
                    Thread.sleep(Math.max(1, left / 1_000_000));
                }
                return null;
            }, done -> rest(), failed -> waiting = false); // interrupted: the window is closing
        }
    }

    /** The wait is over: the caret of a focused text box rests, unless input came in the meantime. */
    private void rest() {
        waiting = false;
        if (System.nanoTime() - lastInput < blinkNanos) {
            arm(); // input came after the wait ended: wait for the remainder
            return;
        }
        // The box that had the keyboard last, even if it has lost it since (the page took it): a blink left
        // running in a box without the keyboard would ask for pulses as well.
        if (last != null && caret(last).isPresent()) {
            caret(last).get().setCaretAnimating(false); // no blinking, so no pulses; the caret is not drawn
            resting = last;
        }
    }

    private static java.util.Optional<TextInputControlSkin<?>> caret(TextInputControl box) {
        return box.getSkin() instanceof TextInputControlSkin<?> skin ? java.util.Optional.of(skin) : java.util.Optional.empty();
    }
}
