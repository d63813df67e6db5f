package org.peeragogy.reader.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * Paints a whole window again at the next frame (search results: a moment later) after the items of a list in it
 * change: the mend for fresh testers' F14 and 14c's M3 (the notes panel showed its "Select text…" placeholder over a
 * chapter's notes after a restart or a language switch; decision 0047).
 *
 * <p>What was measured: the list held its notes, its cells were laid out, and the scene graph was right, yet the
 * screen kept the placeholder. JavaFX 21.0.12's Prism computed no dirty region over the list for that frame (its
 * pulse log shows a zero-height region at the panel's foot), and a window left alone makes no more frames, since the
 * caret rests (decision 0034). Marking the list itself dirty did not help; painting the whole scene without dirty
 * regions did (and so did {@code -Dprism.dirtyopts=false}, for every frame, which costs too much with the software
 * renderer). So the scene's fill is set to a new, equal colour: Prism then repaints the entire scene
 * ({@code FILL_DIRTY}), once, and nothing on screen changes colour.
 *
 * <p>FX thread. Each change costs one whole-window frame (about 60 ms, 26–198 ms, of the software renderer on a
 * 2-core machine at 1280×1024, from JavaFX's pulse log; a GPU pipeline paints it in a few ms); lists change when a chapter
 * opens, a note is saved or search results arrive. For search results that frame comes {@link #QUIET} after the last
 * change, not in the frame that shows them ({@link #soonAfterChanges}, decision 0083): painted in the same frame, it
 * made the results wait for the whole window, and a person typing a query paid for it at every key. The frame that
 * shows them paints only what changed, as every other frame does; the whole repaint after it changes no pixel unless
 * Prism had missed a region, and then mends it.
 */
final class WholeRepaint {
    /** Quiet time after a list's last change before the window is painted whole: past a typist's next key. */
    static final Duration QUIET = Duration.millis(250);
    /** The key, in a scene's properties, of its pending whole repaint. */
    private static final String PENDING = "peeragogy.wholeRepaint";

    private WholeRepaint() {
    }

    /** After each change of the list's items (or of the list they are), its window (if any) is painted whole once. */
    static void afterChanges(ListView<?> list) {
        follow(list, list.itemsProperty(), WholeRepaint::of);
    }

    /** As {@link #afterChanges(ListView)}, for a table. */
    static void afterChanges(TableView<?> table) {
        follow(table, table.itemsProperty(), WholeRepaint::of);
    }

    /**
     * As {@link #afterChanges(ListView)}, but {@link #QUIET} after the last of a run of changes, not in the frame that
     * shows the change: for search results (decision 0083), which arrive at every key and were always painted in
     * their own frame in every run measured. The notes panel keeps the immediate repaint: with it deferred, a
     * chapter's 500 notes reached the screen 100–360 ms after its highlights instead of 10–90 ms, as if Prism had
     * missed the list's region as decision 0047 describes.
     */
    static void soonAfterChanges(ListView<?> list) {
        follow(list, list.itemsProperty(), WholeRepaint::soon);
    }

    /**
     * Listens to the items the control holds, not to a list handed in: a view-model's read-only view of its list
     * listens weakly to it, so a listener on a view nobody else held was lost at the next collection (14c's m7).
     */
    private static <T> void follow(Node shown, ObjectProperty<ObservableList<T>> items,
                                   java.util.function.Consumer<Scene> paint) {
        ListChangeListener<T> repaint = c -> paint.accept(shown.getScene());
        if (items.get() != null) {
            items.get().addListener(repaint);
        }
        items.addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(repaint);
            }
            if (now != null) {
                now.addListener(repaint);
            }
            paint.accept(shown.getScene());
        });
    }

    /**
     * Paints {@code scene} whole once it has been left {@link #QUIET} after the last call; nothing when null. A
     * {@link PauseTransition} (one per scene), so that nothing runs once it has fired: an idle window asks for no
     * frames (decision 0058).
     */
    static void soon(Scene scene) {
        if (scene == null) {
            return;
        }
        PauseTransition wait;
        if (scene.getProperties().get(PENDING) instanceof PauseTransition pending) {
            wait = pending;
        } else {
            wait = new PauseTransition(QUIET);
            wait.setOnFinished(e -> of(scene));
            scene.getProperties().put(PENDING, wait);
        }
        wait.playFromStart();
    }

    /** Paints {@code scene} whole at its next frame; nothing when null or when its fill is not a colour. */
    static void of(Scene scene) {
        if (scene != null && scene.getFill() instanceof Color c) {
            // A new object equal to the fill: the property compares by identity, so it invalidates; the colour
            // is the same, so no pixel changes.
            scene.setFill(new Color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity()));
        }
    }
}
