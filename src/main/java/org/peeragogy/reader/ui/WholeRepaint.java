package org.peeragogy.reader.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

/**
 * Paints a whole window again at the next frame after the items of a list in it change: the mend for fresh testers'
 * F14 and 14c's M3 (the notes panel showed its "Select text…" placeholder over a chapter's notes after a restart or
 * a language switch; decision 0047).
 *
 * <p>What was measured: the list held its notes, its cells were laid out, and the scene graph was right, yet the
 * screen kept the placeholder. JavaFX 21.0.12's Prism computed no dirty region over the list for that frame (its
 * pulse log shows a zero-height region at the panel's foot), and a window left alone makes no more frames, since the
 * caret rests (decision 0034). Marking the list itself dirty did not help; painting the whole scene without dirty
 * regions did (and so did {@code -Dprism.dirtyopts=false}, for every frame, which costs too much with the software
 * renderer). So the scene's fill is set to a new, equal colour: Prism then repaints the entire scene
 * ({@code FILL_DIRTY}), once, and nothing on screen changes colour.
 *
 * <p>FX thread. Each change costs one whole-window frame (about 0.1–0.4 s of the software renderer on a 2-core
 * machine at 1280×800; a GPU pipeline paints it in a few ms); lists change when a chapter opens or a note is saved.
 */
final class WholeRepaint {
    private WholeRepaint() {
    }

    /** After each change of {@code items}, the window holding {@code shown} (if any) is painted whole once. */
    static void afterChanges(Node shown, ObservableList<?> items) {
        items.addListener((ListChangeListener<Object>) c -> of(shown.getScene()));
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
