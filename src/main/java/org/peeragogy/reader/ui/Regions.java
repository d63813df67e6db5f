package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's regions for the keyboard (issue 14): F6 and Shift+F6 go to the next and previous region
 * that can be reached now (the contents, the chapter, the notes, the search, the toolbar, as in a browser's
 * F6), and Tab and Shift+Tab move only inside the region holding the focus, round and round, so a reader
 * never tabs out of the notes into the toolbar by surprise. The chapter's page keeps Tab for its own links
 * (reader.js). In a region marked {@code buttons} (the toolbar, whose buttons leave the focus where it is
 * when clicked) every enabled button is a stop, Left and Right move too, and Enter and Space press
 * the button; one that its own press disables hands the focus to the region's first enabled button. FX thread.
 */
final class Regions {
    /**
     * One region: {@code root} holds its controls (null until it is built); {@code enter} puts the focus in it
     * (opening it first when it needs to be, as the Search tab, or the drawer of a folded panel); it takes part
     * while {@code reachable} says so; {@code panel} is the side panel it stands in, which a narrow window folds
     * into a drawer over the text.
     */
    record Region(String name, java.util.function.Supplier<Node> root, Runnable enter, BooleanSupplier reachable,
                  Kind kind, Optional<PanelsViewModel.Panel> panel) {
        /** A region that never stands in a drawer. */
        Region(String name, java.util.function.Supplier<Node> root, Runnable enter, BooleanSupplier reachable,
               Kind kind) {
            this(name, root, enter, reachable, kind, Optional.empty());
        }

        boolean buttons() {
            return kind == Kind.BUTTONS;
        }
    }

    /** How Tab moves in a region: among its controls, among its buttons (the toolbar), or as its page says. */
    enum Kind {
        CONTROLS, BUTTONS, PAGE
    }

    private final List<Region> regions = new ArrayList<>();
    private Scene scene;
    private PanelsViewModel panels;

    void add(Region region) {
        regions.add(region);
    }

    /**
     * Tab, and the toolbar's keys, on {@code scene}; F6 and Shift+F6 close the drawer of {@code panels} that the
     * focus leaves for a region outside it (fresh tester 17a M1: it stayed open over the dimmed text).
     */
    void install(Scene scene, PanelsViewModel panels) {
        this.scene = scene;
        this.panels = panels;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The region holding the keyboard focus now, if any. */
    Optional<Region> current() {
        Node focus = scene == null ? null : scene.getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            for (Region r : regions) {
                if (r.root().get() == null) {
                    continue;
                }
                if (r.root().get() == n) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    void next() {
        move(1);
    }

    void previous() {
        move(-1);
    }

    private void move(int step) {
        int at = current().map(regions::indexOf).orElse(step > 0 ? -1 : 0);
        for (int i = 1; i <= regions.size(); i++) {
            Region r = regions.get(Math.floorMod(at + step * i, regions.size()));
            if (r.reachable().getAsBoolean()) {
                panels.drawerProperty().get().filter(p -> r.panel().filter(p::equals).isEmpty())
                        .ifPresent(p -> panels.closeDrawer());
                r.enter().run();
                return;
            }
        }
    }

    private void key(KeyEvent e) {
        Optional<Region> here = current();
        if (here.isEmpty() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        Region r = here.get();
        boolean tab = e.getCode() == KeyCode.TAB;
        boolean arrow = r.buttons() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT);
        if (r.buttons() && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE)
                && scene.getFocusOwner() instanceof ButtonBase b) {
            b.fire();
            e.consume();
            // A button that its own action disables (Back at the start of the history) loses the focus to
            // whatever JavaFX picks; it goes to the region's next button instead.
            javafx.application.Platform.runLater(() -> {
                if (b.isDisabled()) {
                    List<Node> stops = stops(r);
                    if (!stops.isEmpty()) {
                        stops.get(0).requestFocus();
                    }
                }
            });
        } else if ((tab || arrow) && r.kind() != Kind.PAGE) {
            List<Node> stops = stops(r);
            if (!stops.isEmpty()) {
                int i = indexOfFocus(stops);
                boolean back = tab ? e.isShiftDown() : e.getCode() == KeyCode.LEFT;
                int to = i < 0 ? (back ? stops.size() - 1 : 0) : Math.floorMod(i + (back ? -1 : 1), stops.size());
                stops.get(to).requestFocus();
            }
            e.consume();
        }
    }

    private int indexOfFocus(List<Node> stops) {
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            int i = stops.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The region's focus stops in the scene graph's order: shown, enabled, and taking focus by Tab (or buttons). */
    private static List<Node> stops(Region r) {
        List<Node> out = new ArrayList<>();
        collect(r.root().get(), r.buttons(), out);
        return out;
    }

    private static void collect(Node n, boolean buttons, List<Node> out) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n instanceof javafx.scene.control.TitledPane t && t.isFocusTraversable()) {
            // Its title is a stop, and what it holds when open (the notes panel's Hotspots list was skipped: fresh
            // tester 18a's NEW-1).
            out.add(t);
            if (t.isExpanded() && t.getContent() != null) {
                collect(t.getContent(), buttons, out);
            }
            return;
        }
        if (n.isFocusTraversable() || buttons && n instanceof ButtonBase) {
            out.add(n);
            return; // a control's own parts (a list's cells, a field's skin) are not stops of their own
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, buttons, out);
            }
        }
    }

    /** True when {@code n} and all its parents are visible and it is in a window (a region can be entered). */
    static boolean shown(Node n) {
        if (n == null || n.getScene() == null || n.getScene().getWindow() == null || !n.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
