package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.Wcag;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Corners of the themes a fresh tester (14c) found Modena's own colours in: a disabled menu item the keyboard rests
 * on was light grey on the selection's yellow (about 1.3:1) in high contrast and grey on blue in the light theme
 * (m3), and the strip beside the Contents and Search tabs was white on the black window (m4).
 */
@Tag("ui")
class HighContrastEdgesWindowTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.close();
            window = null;
        }
    }

    private void open(String theme) throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800",
                java.util.Map.of(NotesViewModel.AUTHOR_KEY, "Ana", "view.theme", theme));
    }

    /** A disabled item the keyboard rests on (JavaFX lets it) reads at the theme's level: 7:1 or 4.5:1. */
    @ParameterizedTest
    @ValueSource(strings = {"light", "sepia", "dark", "contrast"})
    void aDisabledMenuItemWithTheKeyboardOnItIsReadable(String theme) throws Exception {
        open(theme);
        // With no group folder chosen, the group's digest cannot be opened.
        MenuItem digest = window.menuItem("menu-group-digest");
        assertTrue(OpenWindow.fx(digest::isDisable), "the digest item is disabled without a group folder");
        // The Notes menu itself (the digest's item is in its Group folder submenu): Undo delete is disabled there too.
        Menu notes = OpenWindow.fx(() -> digest.getParentMenu().getParentMenu() != null
                ? digest.getParentMenu().getParentMenu() : digest.getParentMenu());
        WaitForAsyncUtils.asyncFx(notes::show).get(10, TimeUnit.SECONDS);
        try {
            Window popup = awaitPopup();
            Node item = OpenWindow.fx(() -> popup.getScene().getRoot().lookupAll(".menu-item").stream()
                    .filter(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("disabled")))
                    .findFirst().orElseThrow());
            WaitForAsyncUtils.asyncFx(item::requestFocus).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(OpenWindow.fx(item::isFocused), "the keyboard is on the disabled item");
            // The menu's popup has no theme class of its own: held to 7:1 here in high contrast by hand.
            List<String> low = OpenWindow.fx(() -> ScreenChecks.lowContrast(popup));
            assertEquals(List.of(), low);
            if (theme.equals("contrast")) {
                javafx.scene.text.Text text = OpenWindow.fx(() -> (javafx.scene.text.Text) item.lookup(".text"));
                Color fg = (Color) OpenWindow.fx(text::getFill);
                Color bg = OpenWindow.fx(() -> ScreenChecks.behind(text));
                double ratio = Wcag.contrast(ScreenChecks.rgb(fg), ScreenChecks.rgb(bg));
                assertTrue(ratio >= Wcag.AAA, fg + " on " + bg + ": " + ratio);
            }
        } finally {
            WaitForAsyncUtils.asyncFx(notes::hide).get(10, TimeUnit.SECONDS);
        }
    }

    /** In high contrast the tab row's strip, beside the tabs, is the window's own black (the others keep Modena's grey). */
    @org.junit.jupiter.api.Test
    void inHighContrastTheStripBesideTheLeftPanesTabsIsBlack() throws Exception {
        open("contrast");
        Region strip = OpenWindow.awaitNode(robot, ".tab-header-background", Region.class, OpenWindow::isShowing);
        Color fill = OpenWindow.fx(() -> ScreenChecks.colour(strip.getBackground().getFills().get(
                strip.getBackground().getFills().size() - 1).getFill()));
        Color window = OpenWindow.fx(() -> ScreenChecks.behind(strip.getParent()));
        assertEquals(window, fill, "the strip beside the tabs");
    }

    /**
     * Selected text in the chapter, plain and over a highlight, reads at the theme's level (fresh tester 17a M2: in
     * high contrast WebKit laid the page's light-blue selection over the black page as #4C6D95, and black text on it
     * was 3.9:1; over a highlight 5.7:1). Measured from the WebView's own pixels: a style sheet's colour is not what
     * WebKit paints for a selection.
     */
    @ParameterizedTest
    @ValueSource(strings = {"light", "sepia", "dark", "contrast"})
    void selectedTextInTheChapterReadsAtTheThemesLevelOverAHighlightToo(String theme) throws Exception {
        open(theme);
        window.focus(robot);
        String text = (String) window.page("PeeragogyReader.text()");
        String sentence = "Watering by rota worked better than watering by mood.";
        int start = text.indexOf(sentence);
        int end = text.indexOf("recorded who");
        window.page("PeeragogyReader.select(" + start + "," + (start + sentence.length()) + ")");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> window.session.notes()
                .selectionProperty().get().isPresent()));
        OpenWindow.keys(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(
                window.page("document.querySelector('mark.pr-hl') !== null")));
        // The highlighted sentence and the plain words after it, selected together.
        window.page("PeeragogyReader.select(" + start + "," + end + ")");
        WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().focus()).get(10, TimeUnit.SECONDS);
        javafx.geometry.Rectangle2D plain = rect("var w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + " var n; while ((n = w.nextNode()) && n.data.indexOf('chalk board') < 0) {}"
                + " var r = document.createRange(); var i = n.data.indexOf('chalk board');"
                + " r.setStart(n, i); r.setEnd(n, i + 11); return r.getBoundingClientRect();");
        javafx.geometry.Rectangle2D marked = rect("return document.querySelector('mark.pr-hl').getClientRects()[0];");
        Color page = Color.web((String) window.page("getComputedStyle(document.body).backgroundColor"));
        // Painted on a later pulse: waits until the plain words stand on the selection's colour, not the page's.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !ScreenChecks.painted(snapshot(), plain).background()
                .equals(page));
        javafx.scene.image.Image shot = snapshot();
        double required = theme.equals("contrast") ? Wcag.AAA : Wcag.AA;
        ScreenChecks.Painted onPage = ScreenChecks.painted(shot, plain);
        ScreenChecks.Painted onMark = ScreenChecks.painted(shot, marked);
        assertTrue(onPage.ratio() >= required, "selected text: " + onPage);
        assertTrue(onMark.ratio() >= required, "selected text over a highlight: " + onMark);
    }

    /**
     * Selected text in the window's fields reads at the theme's level: a field (the Search tab's) and a text area (the
     * note editor, a dialog of its own). Modena paints a focused field's selection white on its accent colour, which is
     * high contrast's yellow: 1.4:1, the name and the query unreadable while selected (fresh tester 17a M3). Read from
     * the painted pixels over the selected text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"light", "sepia", "dark", "contrast"})
    void selectedTextInTheWindowsFieldsReadsAtTheThemesLevel(String theme) throws Exception {
        open(theme);
        window.focus(robot);
        double required = theme.equals("contrast") ? Wcag.AAA : Wcag.AA;
        OpenWindow.keys(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.F);
        javafx.scene.control.TextField field = OpenWindow.awaitNode(robot, "#search-field",
                javafx.scene.control.TextField.class, Node::isFocused);
        WaitForAsyncUtils.asyncFx(() -> {
            field.setText("wrapper pattern peeragogy");
            field.selectAll();
        }).get(10, TimeUnit.SECONDS);
        ScreenChecks.Painted search = selectionPainted(field);
        assertTrue(search.ratio() >= required, "the search field's selected text: " + search);

        String text = (String) window.page("PeeragogyReader.text()");
        int start = text.indexOf("Watering by rota");
        window.page("PeeragogyReader.select(" + start + "," + (start + 16) + ")");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> window.session.notes()
                .selectionProperty().get().isPresent()));
        WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().focus()).get(10, TimeUnit.SECONDS);
        // The menu's item, not Ctrl+N: the key's release reached the dialog's window as it was being made, and
        // glass's GTK key handler crashed the test JVM twice under load (a JavaFX race, not the reader's).
        opensDialog("menu-note-on-selection");
        javafx.scene.control.TextArea note = OpenWindow.awaitNode(robot, "#note-text",
                javafx.scene.control.TextArea.class, n -> OpenWindow.isShowing(n) && n.isFocused());
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                note.setText("A note long enough to read while it is selected");
                note.selectAll();
            }).get(10, TimeUnit.SECONDS);
            ScreenChecks.Painted area = selectionPainted(note);
            assertTrue(area.ratio() >= required, "the note's selected text: " + area);
        } finally {
            OpenWindow.keys(robot, javafx.scene.input.KeyCode.ESCAPE);
        }
    }

    /**
     * What a focused field paints over its selected text, from the window's pixels: inside the skin's selection
     * highlight (the widest of its paths; the other is the caret), a pixel in from its edges.
     */
    private static ScreenChecks.Painted selectionPainted(javafx.scene.control.TextInputControl field) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return OpenWindow.fx(() -> {
            field.applyCss();
            field.layout();
            Node highlight = field.lookupAll("Path").stream()
                    .filter(p -> p.isVisible() && p.getBoundsInLocal().getWidth() > 4)
                    .max(java.util.Comparator.comparingDouble(p -> p.getBoundsInLocal().getWidth())).orElseThrow();
            javafx.geometry.Bounds b = highlight.localToScene(highlight.getBoundsInLocal());
            javafx.scene.image.Image shot = field.getScene().snapshot(null);
            return ScreenChecks.painted(shot, new javafx.geometry.Rectangle2D(b.getMinX() + 1, b.getMinY() + 1,
                    b.getWidth() - 2, b.getHeight() - 2));
        });
    }

    /**
     * The focused combo box of the Export dialog shows its focus ring on every side, as a button does (fresh tester
     * 17a F15: its value's cell, styled as a selected row, covered the ring but beside the arrow). Read from the
     * dialog's pixels: just outside each side's middle, against the dialog a few pixels further out.
     */
    @ParameterizedTest
    @ValueSource(strings = {"light", "contrast"})
    void theExportDialogsFocusedComboBoxShowsItsRingOnEverySide(String theme) throws Exception {
        open(theme);
        window.focus(robot);
        opensDialog("menu-export-notes");
        Node combo = OpenWindow.awaitNode(robot, ".combo-box", Node.class, n -> OpenWindow.isShowing(n) && n.isFocused());
        try {
            WaitForAsyncUtils.waitForFxEvents();
            List<String> faint = OpenWindow.fx(() -> ScreenChecks.faintRing(combo));
            assertEquals(List.of(), faint);
        } finally {
            OpenWindow.keys(robot, javafx.scene.input.KeyCode.ESCAPE);
        }
    }

    /** Fires the menu bar's item {@code id}, whose action opens a dialog (and waits in it): not waited for here. */
    private void opensDialog(String id) throws Exception {
        javafx.scene.control.MenuItem item = window.menuItem(id);
        javafx.application.Platform.runLater(item::fire);
    }

    /** The client rectangle a script's {@code body} returns (in the WebView's pixels, at 100 %). */
    private javafx.geometry.Rectangle2D rect(String body) throws Exception {
        String r = (String) window.page("(function () { var b = (function () { " + body
                + " })(); return b.left + ',' + b.top + ',' + b.width + ',' + b.height; })()");
        String[] p = r.split(",");
        return new javafx.geometry.Rectangle2D(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                Double.parseDouble(p[2]), Double.parseDouble(p[3]));
    }

    private javafx.scene.image.Image snapshot() throws Exception {
        return OpenWindow.fx(() -> window.session.window().chapterView().node().snapshot(null, null));
    }

    private Window awaitPopup() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof PopupWindow && w.isShowing() && w.getScene().getRoot().lookup(".menu-item") != null)));
        return OpenWindow.fx(() -> Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing()
                && w.getScene().getRoot().lookup(".menu-item") != null).findFirst().orElseThrow());
    }
}
