package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.HBox;

/**
 * The window's parts for handbooks: the guide bar shown while the reader reads only its guide (Add the
 * handbook…, …or a zip file), the install progress bar in the status line ({@code #installing}), and
 * the File → Switch handbook menu. Binds to {@link HandbooksViewModel}; asks for the folder or zip
 * through {@link Dialogs}. FX thread.
 */
final class HandbooksView {
    private final Dialogs.Filter zip;
    private final HandbooksViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final HBox guideBar = new HBox();
    private final ProgressBar installing = new ProgressBar();
    private final Menu switchMenu;
    private List<SwitchHandbookViewModel.Choice> shown;

    HandbooksView(HandbooksViewModel vm, Dialogs dialogs, Texts texts) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.texts = texts;
        this.zip = new Dialogs.Filter(texts.get("handbooks.zipFiles"), List.of("*.zip"));
        this.switchMenu = new Menu(texts.get("handbooks.switch"));
        Button addHandbook = new Button(texts.get("handbooks.add"));
        addHandbook.setOnAction(e -> choose(false));
        addHandbook.disableProperty().bind(vm.workingProperty());
        Label guideText = new Label(texts.get("handbooks.guideOnly"));
        Button addZip = new Button(texts.get("handbooks.orZip"));
        addZip.setOnAction(e -> choose(true));
        addZip.disableProperty().bind(vm.workingProperty());
        guideBar.getChildren().addAll(guideText, addHandbook, addZip);
        guideBar.getStyleClass().add("guide-bar");
        guideBar.managedProperty().bind(guideBar.visibleProperty());

        installing.setId("installing");
        installing.visibleProperty().bind(vm.installingProperty());
        installing.managedProperty().bind(installing.visibleProperty());
        installing.progressProperty().bind(vm.progressProperty());

        switchMenu.setId("switch-handbook");
        switchMenu.disableProperty().bind(vm.workingProperty());
        vm.choicesProperty().addListener((o, was, now) -> showChoices(now));
    }

    /**
     * Switch handbook is also disabled while {@code busy} (a language switch replaces the handbook too; the
     * two raced, and the window showed one handbook while the other was remembered). FX thread.
     */
    void alsoDisabledWhile(javafx.beans.value.ObservableBooleanValue busy) {
        switchMenu.disableProperty().unbind();
        switchMenu.disableProperty().bind(vm.workingProperty().or(busy));
    }

    Node guideBar() {
        return guideBar;
    }

    Node progressBar() {
        return installing;
    }

    Menu switchMenu() {
        return switchMenu;
    }

    /** Shows the guide bar while the open handbook is the reader's guide. */
    void showGuideBar(boolean guide) {
        guideBar.setVisible(guide);
    }

    /** Asks for a handbook folder (or zip) and installs it. */
    void choose(boolean zip) {
        (zip ? dialogs.chooseFile(texts.get("handbooks.chooseZip"), List.of(this.zip))
                : dialogs.chooseFolder(texts.get("handbooks.chooseFolder"))).ifPresent(this::add);
    }

    void add(Path path) {
        vm.install(path);
    }

    /**
     * Puts the choices in the Switch handbook menu. The entries are rebuilt only when the choices changed,
     * so an open menu does not flicker or lose the entry under the mouse.
     */
    private void showChoices(List<SwitchHandbookViewModel.Choice> choices) {
        if (choices != null && !choices.equals(shown)) {
            shown = choices;
            switchMenu.getItems().clear();
            for (SwitchHandbookViewModel.Choice h : choices) {
                RadioMenuItem item = LiteralLabels.radioMenuItem(texts.format("handbooks.choice", h.title(), h.chapters()));
                item.setUserData(h.identity());
                item.setOnAction(e -> vm.switchTo(h));
                switchMenu.getItems().add(item);
            }
            if (choices.isEmpty()) {
                MenuItem none = new MenuItem(texts.get("handbooks.none"));
                none.setDisable(true);
                switchMenu.getItems().add(none);
            }
        }
        tick();
    }

    /** Ticks the handbook open now. */
    void tick() {
        String open = vm.openIdentity();
        for (MenuItem m : switchMenu.getItems()) {
            if (m instanceof RadioMenuItem r) {
                r.setSelected(open.equals(r.getUserData()));
            }
        }
    }
}
