package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The contents, the text and the notes side by side ({@code #panels}, a split pane), with the panels that
 * {@link PanelsViewModel} folds away opened over the text as drawers ({@code #drawer}, on a dimmed
 * {@code #drawer-scrim} that closes it when clicked). Talks to {@link PanelsViewModel} only. FX thread.
 */
final class PanelsView {
    private final PanelsViewModel vm;
    private final Node contents;
    private final Node middle;
    private final Node notes;
    private final SplitPane split = new SplitPane();
    private final Region scrim = new Region();
    private final StackPane drawerHost = new StackPane();
    private final StackPane root;
    private String shownLayout = "";
    /** Whether the divider positions were set for a known width since the panels last changed. */
    private boolean dividersSet;

    PanelsView(PanelsViewModel vm, Node contents, Node middle, Node notes) {
        this.vm = vm;
        this.contents = contents;
        this.middle = middle;
        this.notes = notes;
        split.setId("panels");
        SplitPane.setResizableWithParent(contents, false);
        SplitPane.setResizableWithParent(notes, false);
        scrim.setId("drawer-scrim");
        scrim.getStyleClass().add("drawer-scrim");
        scrim.setOnMouseClicked(e -> vm.closeDrawer());
        drawerHost.setId("drawer");
        drawerHost.getStyleClass().add("drawer");
        drawerHost.setMaxWidth(Region.USE_PREF_SIZE);
        root = new StackPane(split, scrim, drawerHost);
        root.widthProperty().addListener((o, was, now) -> {
            if (!dividersSet) {
                setDividers();
            }
            vm.windowWidth(now.doubleValue());
        });
        vm.contentsDockedProperty().addListener((o, was, now) -> layout());
        vm.notesDockedProperty().addListener((o, was, now) -> layout());
        vm.drawerProperty().addListener((o, was, now) -> layout());
        layout();
    }

    Node node() {
        return root;
    }

    /**
     * Esc closes a drawer, else leaves focus mode. What has the keyboard takes its own Esc first (a dialog, the find
     * bar, a filter's open list); a list's, a table's or the contents' goes on to here ({@link ListWindows#escLeavesLists}).
     * The keyboard going to the text (Enter on a chapter, a result or a note, F6, the find bar's close) closes the
     * drawer too: it was left open over the dimmed text the reader was now typing in (fresh tester 17a M1).
     */
    void closeOnEscOrText(Scene scene) {
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (now != null && vm.drawerProperty().get().isPresent() && isInside(now, middle)) {
                vm.closeDrawer();
            }
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && (vm.drawerProperty().get().isPresent() || vm.focusProperty().get())) {
                if (vm.drawerProperty().get().isPresent()) {
                    vm.closeDrawer();
                } else {
                    vm.leaveFocus();
                }
                e.consume();
            }
        });
    }

    /** Takes the docked panels' widths (the reader may have moved a divider) into the model. */
    void rememberWidths() {
        if (split.getItems().contains(contents) && contents instanceof Region r && r.getWidth() > 0) {
            vm.resized(PanelsViewModel.Panel.CONTENTS, r.getWidth());
        }
        if (split.getItems().contains(notes) && notes instanceof Region r && r.getWidth() > 0) {
            vm.resized(PanelsViewModel.Panel.NOTES, r.getWidth());
        }
    }

    private void layout() {
        boolean c = vm.contentsDockedProperty().get();
        boolean n = vm.notesDockedProperty().get();
        Optional<PanelsViewModel.Panel> drawer = vm.drawerProperty().get();
        String layout = c + "," + n + "," + drawer;
        if (layout.equals(shownLayout)) {
            return;
        }
        shownLayout = layout;
        // A drawer that closes with the keyboard in it gives the keyboard to the text, not to whatever the scene
        // picks next (the side's tabs, where Ctrl+Page Down switches tabs instead of chapters).
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean focusInDrawer = drawer.isEmpty() && focus != null && isInside(focus, drawerHost);
        // Another panel in the drawer counts as opened: the focus was in the one that left the scene.
        Node was = drawerHost.isVisible() && !drawerHost.getChildren().isEmpty() ? drawerHost.getChildren().get(0) : null;
        boolean drawerOpened = drawer.isPresent()
                && was != (drawer.get() == PanelsViewModel.Panel.CONTENTS ? contents : notes);
        // A node has one parent: out of the drawer first, then into the split pane, then the drawer's own.
        drawerHost.getChildren().clear();
        List<Node> items = new ArrayList<>();
        if (c) {
            items.add(contents);
        }
        items.add(middle);
        if (n) {
            items.add(notes);
        }
        // Only a change of what stands beside the text moves the dividers: a drawer opened or closed over the text
        // leaves it exactly as wide as it was (setting the same items again rounds the dividers anew).
        if (!split.getItems().equals(items)) {
            rememberWidths();
            split.getItems().setAll(items);
            setDividers();
        }
        double width = root.getWidth();
        drawer.ifPresent(p -> {
            Node panel = p == PanelsViewModel.Panel.CONTENTS ? contents : notes;
            drawerHost.getChildren().setAll(panel);
            StackPane.setAlignment(drawerHost, p == PanelsViewModel.Panel.CONTENTS ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
            double most = width > 0 ? width * 0.85 : vm.width(p);
            drawerHost.setPrefWidth(Math.min(vm.width(p), most));
        });
        scrim.setVisible(drawer.isPresent());
        drawerHost.setVisible(drawer.isPresent());
        Node text = focusInDrawer ? middle.lookup(".web-view") : null;
        if (text != null) {
            text.requestFocus();
        }
        if (drawerOpened) {
            // A drawer opened (Ctrl+Shift+N, Ctrl+Shift+C, the menu) takes the keyboard: its list, else its first
            // control. It used to stay in the chapter under the scrim (fresh tester 14b m8).
            // Skinned now: a panel never shown before has no controls inside its tabs yet to take the keyboard.
            drawerHost.applyCss();
            drawerHost.layout();
            firstStop(drawerHost).ifPresent(Node::requestFocus);
        }
    }

    /** The list or tree of {@code n} that takes focus, else its first control that does; in the scene's order. */
    private static Optional<Node> firstStop(Node n) {
        List<Node> all = new ArrayList<>();
        collect(n, all);
        return all.stream().filter(c -> c instanceof javafx.scene.control.ListView<?>
                        || c instanceof javafx.scene.control.TreeView<?>).findFirst()
                .or(() -> all.stream().filter(c -> c instanceof javafx.scene.control.Control).findFirst());
    }

    private static void collect(Node n, List<Node> into) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n.isFocusTraversable()) {
            into.add(n);
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
        }
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == parent) {
                return true;
            }
        }
        return false;
    }

    /** Puts the dividers where the panels get their remembered widths, once the width is known. */
    private void setDividers() {
        double width = root.getWidth();
        dividersSet = width > 0;
        if (!dividersSet) {
            return;
        }
        boolean c = split.getItems().contains(contents);
        boolean n = split.getItems().contains(notes);
        double left = vm.width(PanelsViewModel.Panel.CONTENTS) / width;
        double right = 1 - vm.width(PanelsViewModel.Panel.NOTES) / width;
        if (c && n) {
            split.setDividerPositions(left, right);
        } else if (c) {
            split.setDividerPositions(left);
        } else if (n) {
            split.setDividerPositions(right);
        }
    }
}
