package org.peeragogy.reader.ui;

import java.util.List;
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
 * named by that text already; any other gets its name (and help) from its id (the {@code access.*} texts), else from its prompt
 * text or tooltip. Walked when the window is built and again whenever the focus moves, so parts built later
 * (the Search tab, the notes' cells) are named before a screen reader reaches them. FX thread.
 */
final class AccessibleNames {
    private final Texts texts;
    /** Names and, where there is one, help by control id, in the window's language. */
    private final Map<String, List<String>> names;
    private javafx.collections.ListChangeListener<javafx.stage.Window> opened;

    AccessibleNames(Texts texts) {
        this.texts = texts;
        this.names = Map.ofEntries(
                Map.entry("contents", List.of(texts.get("access.contents"), texts.get("access.contentsHelp"))),
                Map.entry("side", List.of(texts.get("access.side"))),
                Map.entry("search-field", List.of(texts.get("access.searchField"), texts.get("access.searchFieldHelp"))),
                Map.entry("search-results", List.of(texts.get("access.searchResults"),
                        texts.get("access.searchResultsHelp"))),
                Map.entry("notes-list", List.of(texts.get("access.notesList"), texts.get("access.notesListHelp"))),
                Map.entry("orphans-list", List.of(texts.get("access.orphansList"))),
                Map.entry("all-notes-list", List.of(texts.get("access.allNotesList"))),
                Map.entry("find-field", List.of(texts.get("access.findField"), texts.get("access.findFieldHelp"))),
                Map.entry("filter-text", List.of(texts.get("access.filterText"))),
                Map.entry("filter-tag", List.of(texts.get("access.filterTag"))),
                Map.entry("filter-chapter", List.of(texts.get("access.filterChapter"))),
                Map.entry("filter-author", List.of(texts.get("access.filterAuthor"))),
                Map.entry("shortcuts-search", List.of(texts.get("access.shortcutsSearch"))),
                Map.entry("shortcuts-list", List.of(texts.get("access.shortcutsList"))),
                Map.entry("guide-chapters", List.of(texts.get("access.guideChapters"))),
                Map.entry("note-text", List.of(texts.get("access.noteText"), texts.get("access.noteTextHelp"))),
                Map.entry("note-tags", List.of(texts.get("access.noteTags"), texts.get("access.noteTagsHelp"))),
                Map.entry("installing", List.of(texts.get("access.installing"))));
    }

    /**
     * Names the controls under {@code root} now, and again each time the focus moves in its scene; and the same
     * for every window opened from its window from now on (dialogs, All notes, Keyboard shortcuts), until
     * {@link #close}.
     */
    void name(Parent root) {
        walk(root);
        root.sceneProperty().addListener((o, was, scene) -> watch(scene));
        watch(root.getScene());
        opened = c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w.getScene() != null && openedFrom(w, root)) {
                        walk(w.getScene().getRoot());
                        watch(w.getScene());
                    }
                }
            }
        };
        javafx.stage.Window.getWindows().addListener(opened);
    }

    /**
     * Whether {@code w} is the window of {@code root} or was opened from it (its owner, or its owner's owner): another
     * window's dialogs are named by that window, in its language, and a name once given is kept
     * ({@link #named}).
     */
    private static boolean openedFrom(javafx.stage.Window w, Parent root) {
        javafx.stage.Window mine = root.getScene() == null ? null : root.getScene().getWindow();
        for (javafx.stage.Window at = w; at != null; at = at instanceof javafx.stage.Stage s ? s.getOwner()
                : at instanceof javafx.stage.PopupWindow p ? p.getOwnerWindow() : null) {
            if (at == mine) {
                return true;
            }
        }
        return false;
    }

    /** Stops naming the windows opened from now on (the window closes; another may name them in its language). */
    void close() {
        if (opened != null) {
            javafx.stage.Window.getWindows().removeListener(opened);
        }
    }

    private void watch(Scene scene) {
        if (scene != null && !Boolean.TRUE.equals(scene.getProperties().get(AccessibleNames.class))) {
            scene.getProperties().put(AccessibleNames.class, true);
            scene.focusOwnerProperty().addListener((o, was, now) -> walk(scene.getRoot()));
        }
    }

    /** Gives every unnamed control under {@code n} its name, role and help. */
    void walk(Node n) {
        if (n instanceof Control c && !named(c)) {
            List<String> entry = c.getId() == null ? null : names.get(c.getId());
            if (entry == null && c instanceof TextInputControl t && t.getPromptText() != null
                    && !t.getPromptText().isBlank()) {
                entry = List.of(t.getPromptText());
            }
            Tooltip tip = c.getTooltip();
            if (entry == null && tip != null && tip.getText() != null && !tip.getText().isBlank()) {
                entry = List.of(tip.getText());
            }
            if (entry == null) {
                entry = byType(c);
            }
            if (entry != null) {
                c.setAccessibleText(entry.get(0));
                if (entry.size() > 1 && c.getAccessibleHelp() == null) {
                    c.setAccessibleHelp(entry.get(1));
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
    private List<String> byType(Control c) {
        if (c instanceof javafx.scene.control.MenuBar) {
            return List.of(texts.get("access.menus"), texts.get("access.menusHelp"));
        } else if (c instanceof javafx.scene.control.ToolBar) {
            return List.of(texts.get("access.toolbar"), texts.get("access.toolbarHelp"));
        } else if (c instanceof javafx.scene.control.SplitPane) {
            return List.of(texts.get("access.panels"), texts.get("access.panelsHelp"));
        } else if (c instanceof javafx.scene.control.ButtonBar) {
            return List.of(texts.get("access.dialogButtons"));
        } else if (c instanceof javafx.scene.control.TabPane) {
            return List.of(texts.get("access.tabs"));
        } else if (c instanceof ListView<?> || c instanceof TreeView<?>) {
            return List.of(texts.get("access.list"));
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
