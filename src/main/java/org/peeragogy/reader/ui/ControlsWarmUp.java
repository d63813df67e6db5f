package org.peeragogy.reader.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;

/**
 * The window's kinds of controls styled and laid out once, off screen, while the JavaFX thread has nothing else to do
 * (issue 17, decision 0082): at start JavaFX is often up before the notes file and the handbook are open. Their
 * skins' classes are loaded and set up and the window's style sheet is read (JavaFX keeps a sheet once read), so the
 * window's first styling does only its own work. Nothing is shown. FX thread.
 */
public final class ControlsWarmUp {
    private ControlsWarmUp() {
    }

    /** Styles and lays out a scene of one control of each kind the window shows at start, then drops it. FX thread. */
    public static void run() {
        TreeItem<String> root = new TreeItem<>("");
        root.getChildren().add(new TreeItem<>(""));
        TreeView<String> tree = new TreeView<>(root);
        tree.setShowRoot(false);
        VBox box = new VBox(new MenuBar(new Menu("")), new ToolBar(new Button("")),
                new SplitPane(new TabPane(new Tab("", tree)), new VBox(new Label(""), new ListView<String>(),
                        new TitledPane("", null))));
        Scene scene = new Scene(box, 400, 300);
        scene.getStylesheets().add(WindowThemes.STYLESHEET);
        box.applyCss();
        box.layout();
    }
}
