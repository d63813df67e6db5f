package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window names the controls of the windows opened from it, in its own language, and never another window's: two
 * reader windows open in one process (as in a run of the window tests, where a window's close may not have run yet)
 * named every dialog in the language of whichever had named it first. Found by PseudoLocaleWindowTest, whose
 * Keyboard shortcuts window was named in English after an English window of an earlier test.
 */
@Tag("ui")
class AccessibleNamesOwnerTest {
    private final List<Stage> opened = new CopyOnWriteArrayList<>();
    private final List<AccessibleNames> names = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWhatWasOpened() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            names.forEach(AccessibleNames::close);
            opened.forEach(Stage::close);
        }).get(30, TimeUnit.SECONDS);
    }

    private Stage window(Locale language) {
        Stage stage = new Stage();
        StackPane root = new StackPane();
        stage.setScene(new Scene(root, 200, 100));
        AccessibleNames n = new AccessibleNames(Texts.of(language));
        n.name(root);
        names.add(n);
        opened.add(stage);
        stage.show();
        return stage;
    }

    /** The accessible text given to a search field of the Keyboard shortcuts window opened from {@code owner}. */
    private String nameOfAFieldOpenedFrom(Stage owner) {
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        TextField field = new TextField();
        field.setId("shortcuts-search");
        dialog.setScene(new Scene(new StackPane(field), 200, 100));
        opened.add(dialog);
        dialog.show();
        return field.getAccessibleText();
    }

    @Test
    void aWindowOpenedFromTheSecondIsNamedInTheSecondsLanguageNotTheFirsts() throws Exception {
        List<String> said = WaitForAsyncUtils.asyncFx(() -> {
            Stage english = window(Locale.ENGLISH);
            Stage pseudo = window(Texts.PSEUDO);
            return List.of(nameOfAFieldOpenedFrom(pseudo), nameOfAFieldOpenedFrom(english));
        }).get(30, TimeUnit.SECONDS);
        assertEquals(Texts.of(Texts.PSEUDO).get("access.shortcutsSearch"), said.get(0),
                "opened from the pseudo-locale's window");
        assertEquals(Texts.of(Locale.ENGLISH).get("access.shortcutsSearch"), said.get(1), "opened from the English window");
    }
}
