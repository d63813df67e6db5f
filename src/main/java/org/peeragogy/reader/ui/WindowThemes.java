package org.peeragogy.reader.ui;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives the main window and every window it owns — dialogs, the all-notes window, the selection bar —
 * the reader's style sheet and the chosen theme's class (issue 12: only the main window used to be
 * dark), and keeps each of those it owns on the main window's screen, whole ({@link OnScreen}). A window is styled when it is shown (JavaFX's list of showing windows tells), and all of them
 * again when the theme changes. Windows of other owners are left alone. FX thread only.
 */
final class WindowThemes {
    /** The window style sheet (reader-window.css), as a URL string. */
    static final String STYLESHEET = Objects.requireNonNull(
            WindowThemes.class.getResource("reader-window.css")).toExternalForm();

    private final Window main;
    /** Held here and registered weakly, so a closed reader window's themes can be collected. */
    private final ListChangeListener<Window> shown;
    private Theme theme = Theme.LIGHT;
    /** The reading settings' "avoid italics", which the windows' quotes follow too (class reading-upright). */
    private boolean upright;

    /** Follows the windows {@code main} owns from now on; call {@link #apply} with the theme. */
    WindowThemes(Window main) {
        this.main = Objects.requireNonNull(main);
        this.shown = change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (ownedByMain(w)) {
                        style(w);
                        if (w != main) {
                            OnScreen.keep(w, main); // on the main window's screen, whole (issue 14)
                        }
                        if (w instanceof javafx.scene.control.ContextMenu menu) {
                            RestingPointer.watch(menu); // not steered by a pointer it opened under (17a F16)
                        }
                    }
                }
            }
        };
        Window.getWindows().addListener(new WeakListChangeListener<>(shown));
    }

    /** Makes {@code theme} the theme of the main window and of every window it owns that is showing. */
    void apply(Theme theme) {
        this.theme = Objects.requireNonNull(theme);
        style(main);
        for (Window w : Window.getWindows()) {
            if (ownedByMain(w)) {
                style(w);
            }
        }
    }

    /** Makes the quotes of every window upright ({@code true}) or italic again (issue 14). FX thread. */
    void upright(boolean on) {
        this.upright = on;
        apply(theme);
    }

    /** Hides every window the main window owns (not the main window itself). FX thread. */
    void hideOwned() {
        for (Window w : java.util.List.copyOf(Window.getWindows())) {
            if (w != main && ownedByMain(w)) {
                w.hide();
            }
        }
    }

    /** Whether {@code w} is the main window or owned by it, directly or through other windows. */
    boolean ownedByMain(Window w) {
        for (Window at = w; at != null; at = ownerOf(at)) {
            if (at == main) {
                return true;
            }
        }
        return false;
    }

    private static Window ownerOf(Window w) {
        if (w instanceof Stage s) {
            return s.getOwner();
        }
        if (w instanceof PopupWindow p) {
            return p.getOwnerWindow();
        }
        return null;
    }

    private void style(Window w) {
        Scene scene = w.getScene();
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        Parent root = scene.getRoot();
        for (Theme t : Theme.values()) {
            root.getStyleClass().remove("theme-" + t.cssName());
        }
        root.getStyleClass().add("theme-" + theme.cssName());
        root.getStyleClass().remove("reading-upright");
        if (upright) {
            root.getStyleClass().add("reading-upright");
        }
    }
}
