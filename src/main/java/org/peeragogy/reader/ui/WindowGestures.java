package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;

/**
 * The window's mouse gestures, apart from its layout ({@link ReaderWindow}): the mouse's back and forward buttons,
 * Ctrl+wheel over the text for its size, and a notes file dropped on the window. FX thread.
 */
final class WindowGestures {
    private WindowGestures() {
    }

    /**
     * @param text   the chapter's node, where Ctrl+wheel changes the text size
     * @param dropped imports a file dropped on the window (with its preview first), each of several in its turn
     */
    static void install(Scene scene, Node text, ReaderViewModel vm, Consumer<Path> dropped) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                vm.back();
                e.consume();
            } else if (e.getButton() == MouseButton.FORWARD) {
                vm.forward();
                e.consume();
            }
        });
        // Ctrl+wheel over the text changes its size, as in browsers and e-book readers: a step per notch of the
        // wheel (a touchpad's small deltas add up to a notch first), the place kept as with the keys.
        double[] wheel = {0};
        text.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                double notch = e.getMultiplierY() > 0 ? e.getMultiplierY() : 40;
                wheel[0] = Math.signum(wheel[0]) == Math.signum(e.getDeltaY()) ? wheel[0] + e.getDeltaY() : e.getDeltaY();
                for (; wheel[0] >= notch; wheel[0] -= notch) {
                    vm.look().largerText();
                }
                for (; wheel[0] <= -notch; wheel[0] += notch) {
                    vm.look().smallerText();
                }
                e.consume();
            }
        });
        // A notes file dropped on the window is imported (with the preview first).
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                // Every file dropped, each in its turn, handed in one turn of the FX thread (so those that cannot be
                // imported are told together); the first only was taken before.
                java.util.List<Path> files = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                Platform.runLater(() -> files.forEach(dropped));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
