package org.peeragogy.reader.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;

/**
 * Accessible names for the window's controls that show no words of their own (issue 14): a list, a tree, a
 * field, the page, a colour swatch. A control whose text says what it is (a button, a label, a menu) is
 * named by that text already; any other gets its name from {@link #NAMES} by its id, else from its prompt
 * text or tooltip. Walked when the window is built and again whenever the focus moves, so parts built later
 * (the Search tab, the notes' cells) are named before a screen reader reaches them. FX thread.
 */
final class AccessibleNames {
    /** Names (and, after a "|", help) by control id. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("contents", "Contents|Chapters of the handbook; Enter opens one and goes to its text"),
            Map.entry("side", "Contents and search"),
            Map.entry("search-field", "Search the handbook and your notes|Results appear as you type; Down goes to them"),
            Map.entry("search-results", "Search results|Enter opens a result at its place in the text"),
            Map.entry("notes-list", "Notes in this chapter|Enter goes to the note in the text; the Edit button changes it"),
            Map.entry("orphans-list", "Notes that could not be placed"),
            Map.entry("all-notes-list", "All notes"),
            Map.entry("find-field", "Find in chapter|Enter: next match; Shift+Enter: previous; Esc closes"),
            Map.entry("filter-text", "Filter notes by words"),
            Map.entry("filter-tag", "Filter notes by tag"),
            Map.entry("filter-chapter", "Filter notes by chapter"),
            Map.entry("filter-author", "Filter notes by person"),
            Map.entry("shortcuts-search", "Search the keyboard shortcuts"),
            Map.entry("shortcuts-list", "Keyboard shortcuts"),
            Map.entry("guide-chapters", "Chapters of the reader's guide"),
            Map.entry("note-text", "Note|Ctrl+Enter saves; Tab goes to the tags; Esc cancels"),
            Map.entry("note-tags", "Tags|Enter adds the tag typed"),
            Map.entry("installing", "Installing a handbook"));

    private AccessibleNames() {
    }

    /**
     * Names the controls under {@code root} now, and again each time the focus moves in its scene; and the same
     * for every window the application opens from now on (dialogs, All notes, Keyboard shortcuts).
     */
    static void name(Parent root) {
        walk(root);
        root.sceneProperty().addListener((o, was, scene) -> watch(scene));
        watch(root.getScene());
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w.getScene() != null) {
                        walk(w.getScene().getRoot());
                        watch(w.getScene());
                    }
                }
            }
        });
    }

    private static void watch(Scene scene) {
        if (scene != null && !Boolean.TRUE.equals(scene.getProperties().get(AccessibleNames.class))) {
            scene.getProperties().put(AccessibleNames.class, true);
            scene.focusOwnerProperty().addListener((o, was, now) -> walk(scene.getRoot()));
        }
    }

    /** Gives every unnamed control under {@code n} its name, role and help. */
    static void walk(Node n) {
        if (n instanceof Control c && !named(c)) {
            String entry = c.getId() == null ? null : NAMES.get(c.getId());
            if (entry == null && c instanceof TextInputControl t && t.getPromptText() != null
                    && !t.getPromptText().isBlank()) {
                entry = t.getPromptText();
            }
            Tooltip tip = c.getTooltip();
            if (entry == null && tip != null && tip.getText() != null && !tip.getText().isBlank()) {
                entry = tip.getText();
            }
            if (entry == null) {
                entry = byType(c);
            }
            if (entry != null) {
                int bar = entry.indexOf('|');
                c.setAccessibleText(bar < 0 ? entry : entry.substring(0, bar));
                if (bar >= 0 && c.getAccessibleHelp() == null) {
                    c.setAccessibleHelp(entry.substring(bar + 1));
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child);
            }
        }
    }

    /** A name for a control that holds others and says nothing itself. */
    private static String byType(Control c) {
        if (c instanceof javafx.scene.control.MenuBar) {
            return "Menus|Alt and a menu's underlined letter opens it";
        } else if (c instanceof javafx.scene.control.ToolBar) {
            return "Toolbar|F6 reaches it; Left and Right move between its buttons";
        } else if (c instanceof javafx.scene.control.SplitPane) {
            return "Contents, chapter and notes|F6 moves between them";
        } else if (c instanceof javafx.scene.control.ButtonBar) {
            return "Dialog buttons";
        } else if (c instanceof javafx.scene.control.TabPane) {
            return "Tabs";
        } else if (c instanceof ListView<?> || c instanceof TreeView<?>) {
            return "List";
        }
        return null;
    }

    /** True when a screen reader has a name for {@code c}: its accessible text, or words it shows. */
    static boolean named(Control c) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return true;
        }
        return c instanceof Labeled l && l.getText() != null && !l.getText().isBlank();
    }

    /** Controls that are another control's parts, named by their owner (a scroll bar of a list). */
    static boolean part(Node n) {
        return n instanceof ScrollBar;
    }
}
