package org.peeragogy.reader.app;

import org.peeragogy.reader.ui.NoteSelection;
import org.peeragogy.reader.ui.NoteItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every task of the README's "Using the window" table, done with the keyboard alone (issue 14): no click,
 * no scripted selection. The file choosers aside: the export's file is chosen by the model's own call and
 * the import's file handed over as a dropped file is, after which the preview is answered from the keyboard.
 */
@Tag("ui")
class KeyboardOnlyTasksTest {
    @TempDir
    Path dataDir;
    /** Where the export goes: never inside the data folder in use (decision 0060, amended for t15b's M1). */
    @TempDir
    Path elsewhere;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        try (Database d = Database.open(dataDir)) {
            d.settings().put(NotesViewModel.AUTHOR_KEY, "Ana");
        }
        window = OpenWindow.open(dataDir, Handbooks.open(KeyboardWindowTest.book(dataDir.resolve("book"))), "two",
                url -> { });
        window.awaitChapter("two");
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /**
     * Presses these keys together and lets them go in the reverse order, as fingers do, with no wait in
     * between: TestFX's press() waits for the FX thread after each key, and on a loaded machine a key held
     * through a page load outlasts the X server's auto-repeat delay and is pressed twice.
     */
    private void key(KeyCode... codes) {
        var base = robot.robotContext().getBaseRobot();
        for (KeyCode k : codes) {
            base.pressKeyboard(k);
        }
        for (int i = codes.length - 1; i >= 0; i--) {
            base.releaseKeyboard(codes[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until this chapter is the page on screen (a laid-out report of an earlier visit may come first). */
    private void arrive(String id) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> id.equals(chapter()) && id.equals(window.page(
                    "(document.getElementById('chapter') || {getAttribute: function () { return ''; }})"
                            + ".getAttribute('data-chapter')"))
                    && Boolean.TRUE.equals(window.page("PeeragogyReader.caretOffset() >= 0")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("never arrived at " + id + ": at " + chapter() + ", focus "
                    + window.stage.getScene().getFocusOwner() + ", forward " + window.session.viewModel()
                    .canGoForwardProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean pageFocused() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().node().isFocused()).get();
    }

    private void awaitPageFocused() throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pageFocused);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the keyboard is in " + window.stage.getScene().getFocusOwner(), e);
        }
    }

    private String chapter() {
        return window.session.viewModel().chapterProperty().get().id();
    }

    private List<Annotation> notes() {
        return window.session.notes().placed().stream().map(NoteItem::annotation).toList();
    }

    private String selected() {
        return window.session.notes().selectionProperty().get().map(NoteSelection::text).orElse("");
    }

    private void awaitShowing(String query) throws Exception {
        OpenWindow.awaitNode(robot, query, Node.class, n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing());
    }

    @Test
    void everyTaskOfTheReadmeTableIsDoneWithTheKeyboardAlone() throws Exception {
        // Open a chapter from the contents: Shift+F6 reaches them, Up chooses, Enter goes to its text.
        key(KeyCode.SHIFT, KeyCode.F6);
        key(KeyCode.UP);
        key(KeyCode.ENTER);
        arrive("one");
        awaitPageFocused();
        // Previous / next chapter, back and forward.
        key(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        arrive("two");
        key(KeyCode.ALT, KeyCode.LEFT);
        arrive("one");
        key(KeyCode.ALT, KeyCode.RIGHT);
        arrive("two");
        key(KeyCode.ALT, KeyCode.LEFT);
        arrive("one");

        // Follow a link and come back: Tab reaches it, Enter follows it, Alt+Left returns to the same place.
        awaitPageFocused();
        double before = ((Number) window.page("window.pageYOffset")).doubleValue();
        key(KeyCode.TAB);
        assertEquals("the second chapter", window.page("document.activeElement.textContent"));
        double at = ((Number) window.page("window.pageYOffset")).doubleValue();
        key(KeyCode.ENTER);
        arrive("two");
        key(KeyCode.ALT, KeyCode.LEFT);
        arrive("one");
        assertEquals(at, ((Number) window.page("window.pageYOffset")).doubleValue(), 2.0);
        assertTrue(at >= before);

        // Highlight a sentence: caret browsing, to the top, F8, Ctrl+1.
        key(KeyCode.F7);
        key(KeyCode.CONTROL, KeyCode.HOME);
        key(KeyCode.DOWN);
        key(KeyCode.F8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().equals("Peers learn together."));
        key(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().size() == 1);
        assertEquals("Peers learn together.", notes().get(0).quote());

        // A note with tags on the next words (the caret stayed after the highlight): Shift+Ctrl+Right twice,
        // Ctrl+N, the note, Tab, a tag, Enter, Ctrl+Enter.
        key(KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.RIGHT);
        key(KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().strip().equals("They share"));
        key(KeyCode.CONTROL, KeyCode.N);
        OpenWindow.awaitNode(robot, "#note-text", Node.class, Node::isFocused);
        robot.write("Sharing matters");
        key(KeyCode.TAB);
        robot.write("peers");
        key(KeyCode.ENTER);
        key(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().size() == 2);
        Annotation note = notes().stream().filter(a -> !a.note().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of("They share", "Sharing matters", List.of("peers")),
                List.of(note.quote().strip(), note.note(), note.tags()));
        awaitPageFocused();

        // Bookmark the place.
        key(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session.notes().bookmarks().size() == 1);

        // Edit and delete a note from the notes panel (F6, Tab to Delete, Enter), then Ctrl+Z brings it back.
        key(KeyCode.F6);
        ListView<?> list = OpenWindow.node(robot, "#notes-list", ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, list::isFocused);
        key(KeyCode.HOME);
        for (int i = 0; i < 6 && !OpenWindow.fx(() -> robot.lookup("#delete-note").query().isFocused()); i++) {
            key(KeyCode.TAB);
        }
        assertTrue(OpenWindow.fx(() -> robot.lookup("#delete-note").query().isFocused()), "Tab reaches Delete");
        key(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().size() == 2);
        key(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().size() == 3);

        // Search and open a hit: Ctrl+Shift+F, the words, Enter; the keyboard lands in the text at the hit.
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        robot.write("closing paragraph");
        ListView<?> results = OpenWindow.node(robot, "#search-results", ListView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        key(KeyCode.DOWN);
        key(KeyCode.ENTER);
        awaitPageFocused();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((Number) window.page(
                "document.querySelectorAll('mark.pr-find').length")).intValue() > 0);
        String text = (String) window.page("PeeragogyReader.text()");
        int caret = ((Number) window.page("PeeragogyReader.caretOffset()")).intValue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Number) window.page("PeeragogyReader.caretOffset()"))
                .intValue() == text.toLowerCase().indexOf("closing paragraph"));
        assertTrue(caret >= 0);

        // Find in chapter: Ctrl+F, words, Enter, Esc.
        key(KeyCode.CONTROL, KeyCode.F);
        robot.write("filler");
        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#find-count")
                .queryAs(javafx.scene.control.Label.class).getText().contains("of 30")));
        key(KeyCode.ESCAPE);

        // Export: Ctrl+E asks the format (Esc closes what it opened); the file chooser aside, the export is
        // then the model's own call. Import: the file handed over as a drop is, then the preview answered by Enter.
        key(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> otherWindowShowing());
        assertEquals(List.of(), unnamedControls(), "the export's question");
        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !otherWindowShowing());
        Path file = elsewhere.resolve("notes.peeranotes");
        java.util.concurrent.CompletableFuture<Object> exported = new java.util.concurrent.CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> window.session.sharing().startExport(
                org.peeragogy.reader.share.NoteSharing.Format.NOTES, file,
                org.peeragogy.reader.share.ExportFilter.ALL, exported::complete)).get();
        exported.get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> window.session.window().importNotes(file)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::otherWindowShowing);
        assertEquals(List.of(), unnamedControls(), "the import's preview");
        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OpenWindow.present(robot, "#notice-text")
                && OpenWindow.fx(() -> robot.lookup("#notice-text").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Imported"));
        String notice = OpenWindow.fx(() -> robot.lookup("#notice-text").queryAs(javafx.scene.control.Label.class)
                .getText());
        assertEquals(notice, OpenWindow.fx(() -> robot.lookup("#live-text").queryAs(javafx.scene.control.Label.class)
                .getAccessibleText()));

        // Switch theme: Alt+V opens View, Down to the dark theme, Enter.
        key(KeyCode.ALT, KeyCode.V);
        // The menu's list opens a moment later on a loaded machine: the arrows go to it once it has the keyboard.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream().anyMatch(w ->
                w instanceof javafx.scene.control.ContextMenu && w.isShowing() && w.isFocused()));
        WaitForAsyncUtils.waitForFxEvents();
        // Down until the dark theme has the keyboard (as a reader watches the menu), not a count of presses: under
        // load a press can land before the list has its first item focused.
        for (int i = 0; i < 12 && !focusedMenuItem().equals("Dark theme"); i++) {
            key(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals("Dark theme", focusedMenuItem());
        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session.viewModel().look().themeProperty().get() == Theme.DARK);

        // Text size, the panels, focus mode, the shortcuts, all notes: each key, and Esc closes what it opened.
        double size = window.session.viewModel().look().fontScaleProperty().get();
        key(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.session.viewModel().look().fontScaleProperty().get() > size);
        key(KeyCode.CONTROL, KeyCode.DIGIT0);
        key(KeyCode.F11);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !OpenWindow.fx(() -> robot.lookup(".menu-bar").query()
                .getParent().isVisible()));
        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup(".menu-bar").query()
                .getParent().isVisible()));
        key(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::otherWindowShowing);
        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !otherWindowShowing());
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::otherWindowShowing);
        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !otherWindowShowing());
    }

    /** Controls without an accessible name in the windows showing (ScreenReaderWindowTest's rule). */
    private static List<String> unnamedControls() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .flatMap(w -> ScreenReaderWindowTest.unnamed(w.getScene().getRoot()).stream()).toList())
                .get(10, TimeUnit.SECONDS);
    }

    /** Whether a window other than the reader's (a dialog, All notes, the shortcuts) is showing. */
    private boolean otherWindowShowing() {
        return javafx.stage.Window.getWindows().stream().anyMatch(w -> w.isShowing() && w != window.stage
                && w.getScene() != null && !(w instanceof javafx.stage.PopupWindow));
    }

    /** The text of the menu item that has the keyboard in the open menu, or "" when none has. */
    private static String focusedMenuItem() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w instanceof javafx.scene.control.ContextMenu && w.isShowing() && w.getScene() != null) {
                    for (javafx.scene.Node item : w.getScene().getRoot().lookupAll(".menu-item")) {
                        if (item.isFocused()) {
                            for (javafx.scene.Node l : item.lookupAll(".label")) {
                                if (l instanceof javafx.scene.control.Label label && label.getText() != null
                                        && !label.getText().isBlank()) {
                                    return label.getText();
                                }
                            }
                        }
                    }
                }
            }
            return "";
        }).get(10, TimeUnit.SECONDS);
    }
}
