package org.peeragogy.reader.ui;

import java.util.function.Consumer;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

/**
 * What the windows and lists that open a place have in common (All notes, Group, Hotspots), and Esc in every list,
 * table and tree of the windows. FX thread.
 */
final class ListWindows {
    private ListWindows() {
    }

    /**
     * Esc closes the window (issue 14: Esc closes what it opened), from its lists too ({@link #escLeavesLists}); an
     * open list of a filter takes its own Esc first.
     */
    static void closeOnEsc(Stage stage) {
        escLeavesLists(stage.getScene());
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                e.consume();
            }
        });
    }

    /**
     * Esc pressed in a list, a table or a tree of {@code scene} that is not editing goes on to what holds it (the
     * window that closes, the drawer that closes), as Esc does from a button there. The toolkit's lists, tables and
     * trees take every Esc for "cancel editing", editing or not, so Esc from them used to do nothing: the notes
     * list in a drawer, Notes → Group's threads, All notes, the shortcuts (issue 15's try-out). It is taken from the
     * list before the list sees it and fired again at the list's parent, so every Esc handler above runs as it
     * would for a button. Install once per scene.
     */
    static void escLeavesLists(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && e.getTarget() instanceof Control list && notEditing(list)
                    && list.getParent() != null) {
                e.consume();
                Parent holder = list.getParent();
                Event.fireEvent(holder, e.copyFor(holder, holder));
            }
        });
    }

    /**
     * Page Down and Page Up in {@code table} move a page from the row the keyboard is on when no row is chosen yet:
     * JavaFX's table pages only from a chosen row, and Tab into a table chooses none, so both keys did nothing (fresh
     * tester 17a F7, in the keyboard shortcuts). The row the keyboard is on (else the first) is chosen first.
     */
    static void pagesFromTheKeyboardsRow(TableView<?> table) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP) && !e.isShortcutDown()
                    && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                int at = table.getFocusModel().getFocusedIndex();
                table.getSelectionModel().select(at < 0 || at >= table.getItems().size() ? 0 : at);
            }
        });
    }

    /** A list, table or tree that is not editing a cell; false for any other control. */
    private static boolean notEditing(Control c) {
        if (c instanceof ListView<?> l) {
            return l.getEditingIndex() < 0;
        }
        if (c instanceof TableView<?> t) {
            return t.getEditingCell() == null;
        }
        if (c instanceof TreeView<?> t) {
            return t.getEditingItem() == null;
        }
        return false;
    }

    /** Enter on the chosen line, or a double click, opens it. */
    static <T> void opensChosen(ListView<T> list, Consumer<T> open) {
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }
}
