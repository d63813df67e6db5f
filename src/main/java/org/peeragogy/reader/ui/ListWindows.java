package org.peeragogy.reader.ui;

import java.util.function.Consumer;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

/** What the windows and lists that open a place have in common (All notes, Group, Hotspots). FX thread. */
final class ListWindows {
    private ListWindows() {
    }

    /** Esc closes the window (issue 14: Esc closes what it opened); an open list of a filter takes its own Esc first. */
    static void closeOnEsc(Stage stage) {
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                e.consume();
            }
        });
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
