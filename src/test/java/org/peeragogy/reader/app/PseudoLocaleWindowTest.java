package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.InterfaceLanguageViewModel;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in the pseudo-locale (issue 14, decision 0030) at 1024×600: every text of its own is 40% longer,
 * accented and in brackets ("[Fílé··]"), so a word left in English stands out and a translation's longer words
 * show where they would be cut. The main window with its notes, find bar and search, every menu, and every window
 * and dialog it opens without a file chooser are checked: no word outside the brackets but the handbook's and the
 * reader's own (ScreenChecks.untranslated), and no text cut to "…" without its whole text in a tooltip
 * (ScreenChecks.cutText).
 */
@Tag("ui")
class PseudoLocaleWindowTest {
    /** The reader's name and note in Greek: data with no Latin letter, so it can never hide an English word. */
    private static final String NAME = "Ωμέγα";
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;
    private Handbook handbook;
    /** What the window shows that is the handbook's, not the window's own words. */
    private final Set<String> data = new TreeSet<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void handbook() throws Exception {
        handbook = Handbooks.open(TestHandbooks.fixture());
        data.add(handbook.book().title());
        for (Chapter c : handbook.book().chapters()) {
            data.add(c.displayTitle());
            data.add(c.title());
            data.add(c.part());
            Jsoup.parse(handbook.render(c.id()).html()).select("h1, h2, h3, h4, h5, h6").forEach(h -> data.add(h.text()));
        }
    }

    /** The window at 1024×600 on Meetings, in {@code language} (as the reader's saved choice). */
    private void open(String language) throws Exception {
        window = OpenWindow.sized(dataDir, handbook, "meetings", "1024x600",
                Map.of(NotesViewModel.AUTHOR_KEY, NAME, InterfaceLanguageViewModel.KEY, language));
        window.focus(robot);
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private void check(Window w, String what) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ScreenChecks.untranslated(w, data)).get(10, TimeUnit.SECONDS),
                what + ": words not in the pseudo-locale's brackets (left in English)");
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ScreenChecks.cutText(w)).get(10, TimeUnit.SECONDS),
                what + ": text cut short");
    }

    /** The window showing now, other than the reader window, that passes {@code test}. */
    private Window awaitWindow(Predicate<Window> test) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w != window.stage && w.isShowing() && w.getScene() != null && test.test(w)))
                .get(10, TimeUnit.SECONDS));
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w != window.stage
                && w.isShowing() && w.getScene() != null && test.test(w)).reduce((a, b) -> b).orElseThrow()).get();
    }

    private static Predicate<Window> having(String id) {
        return w -> w.getScene().lookup("#" + id) != null;
    }

    private void keys(KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    private void closeWith(Window w, KeyCode key) throws Exception {
        robot.press(key).release(key);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !w.isShowing());
    }

    /** Brings the notes panel into view (View → Notes panel, by its id: the menu's words are the language's). */
    private void showNotes() throws Exception {
        if (OpenWindow.showing(robot, "#notes-panel", javafx.scene.Node.class).isEmpty()) {
            fire("menu-notes-panel");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.showing(robot, "#notes-panel",
                javafx.scene.Node.class).isPresent());
    }

    /** Chooses a menu item of the menu bar by its id, as a click on it would (a modal dialog it opens waits). */
    private void fire(String id) {
        WaitForAsyncUtils.asyncFx(() -> ((MenuBar) window.stage.getScene().getRoot().lookup(".menu-bar")).getMenus()
                .stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow().fire());
    }

    /** A highlight with a note and a tag, and a bookmark: the notes panel, All notes and People have something. */
    private void notes() throws Exception {
        NotesViewModel notes = window.session.notes();
        String text = (String) window.page("PeeragogyReader.text()");
        int at = text.indexOf("roles");
        assertTrue(at >= 0, text);
        WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().select(at, at + 5)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.selectionProperty().get().isPresent());
        WaitForAsyncUtils.asyncFx(() -> {
            notes.highlight(Annotation.Colour.GREEN, "Σημείωση", List.of("δ"));
            window.session.window().chapterView().clearSelection();
            notes.bookmark(0);
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.placed().size() == 2);
    }

    @Test
    void everyTextOfTheMainWindowAndItsMenusIsTheWindowsOwnAndWhole() throws Exception {
        open(Texts.PSEUDO.toLanguageTag());
        notes();
        showNotes(); // as a drawer at this width
        check(window.stage, "the window with its notes drawer");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        window.focus(robot);
        keys(KeyCode.CONTROL, KeyCode.F);
        OpenWindow.awaitNode(robot, "#find-field", javafx.scene.control.TextField.class, OpenWindow::isShowing);
        robot.write("meeting");
        OpenWindow.awaitNode(robot, "#find-count", javafx.scene.control.Label.class, l -> !l.getText().isEmpty());
        check(window.stage, "the find bar");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        javafx.scene.control.TextField query = OpenWindow.awaitNode(robot, "#search-field",
                javafx.scene.control.TextField.class, OpenWindow::isShowing);
        WaitForAsyncUtils.asyncFx(() -> query.setText("meeting")).get();
        javafx.scene.control.ListView<?> results = OpenWindow.awaitNode(robot, "#search-results",
                javafx.scene.control.ListView.class, OpenWindow::isShowing);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        check(window.stage, "the search");

        // Every menu as it opens (its items and their keys), and each item's words, submenus included.
        MenuBar bar = WaitForAsyncUtils.asyncFx(() -> (MenuBar) window.stage.getScene().getRoot().lookup(".menu-bar"))
                .get();
        List<String> items = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            if (!m.isVisible()) {
                continue;
            }
            WaitForAsyncUtils.asyncFx(m::show).get();
            Window popup = awaitWindow(w -> w instanceof javafx.stage.PopupWindow);
            check(popup, "the menu " + m.getText());
            WaitForAsyncUtils.asyncFx(m::hide).get();
            items.addAll(WaitForAsyncUtils.asyncFx(() -> words(m)).get());
        }
        List<String> english = items.stream().filter(t -> !ScreenChecks.english(t, List.copyOf(data)).isEmpty()).toList();
        assertEquals(List.of(), english, "menu items left in English");
        assertTrue(items.size() > 40, "every item was seen: " + items.size());
    }

    /** The words of a menu and its items, submenus included; the languages (named in themselves) are left out. */
    private static List<String> words(Menu m) {
        List<String> out = new ArrayList<>(List.of(m.getText()));
        for (MenuItem i : m.getItems()) {
            if (i instanceof Menu sub) {
                out.addAll(words(sub));
            } else if (i.getText() != null && (i.getId() == null || !i.getId().startsWith("interface-language-"))) {
                out.add(i.getText());
            }
        }
        return out;
    }

    @Test
    void everyWindowAndDialogItOpensIsInTheWindowsOwnWordsAndWhole() throws Exception {
        open(Texts.PSEUDO.toLanguageTag());
        notes();
        keys(KeyCode.F1);
        Window shortcuts = awaitWindow(having("shortcuts-list"));
        check(shortcuts, "Keyboard shortcuts");
        closeWith(shortcuts, KeyCode.ESCAPE);

        window.focus(robot);
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        Window all = awaitWindow(having("all-notes-list"));
        check(all, "All notes");
        closeWith(all, KeyCode.ESCAPE);

        window.focus(robot);
        keys(KeyCode.CONTROL, KeyCode.N); // nothing selected: a note on the chapter
        Window editor = awaitWindow(having("note-editor"));
        check(editor, "the note dialog");
        closeWith(editor, KeyCode.ESCAPE);

        window.focus(robot);
        keys(KeyCode.CONTROL, KeyCode.E); // export: which format
        Window export = awaitWindow(w -> w.getScene().lookup(".choice-dialog") != null);
        check(export, "Export notes");
        closeWith(export, KeyCode.ESCAPE);

        // The reading settings are a panel of the window itself (decision 0038): checked in it, then closed with Esc.
        fire("menu-reading-settings");
        OpenWindow.awaitNode(robot, "#reading-settings", javafx.scene.Node.class, OpenWindow::isShowing);
        check(window.stage, "the reading settings");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.showing(robot, "#reading-settings",
                javafx.scene.Node.class).isEmpty());

        for (String item : List.of("people", "about")) {
            fire("menu-" + item);
            Window dialog = awaitWindow(w -> w instanceof javafx.stage.Stage s && s.getOwner() == window.stage
                    && w.getScene().lookup(".dialog-pane") != null);
            check(dialog, item);
            WaitForAsyncUtils.asyncFx(dialog::hide).get();
        }
    }

    /** The real translations too: the window and its widest dialogs show every word whole at 1024×600. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"es", "it", "pt"})
    void eachTranslationShowsEveryWordWholeInTheSmallWindow(String language) throws Exception {
        open(language);
        notes();
        showNotes();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ScreenChecks.cutText(window.stage)).get(10, TimeUnit.SECONDS),
                language + ": the window");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        window.focus(robot);
        keys(KeyCode.F1);
        Window shortcuts = awaitWindow(having("shortcuts-list"));
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ScreenChecks.cutText(shortcuts)).get(10, TimeUnit.SECONDS),
                language + ": Keyboard shortcuts");
        closeWith(shortcuts, KeyCode.ESCAPE);
        fire("menu-reading-settings");
        OpenWindow.awaitNode(robot, "#reading-settings", javafx.scene.Node.class, OpenWindow::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ScreenChecks.cutText(window.stage)).get(10, TimeUnit.SECONDS),
                language + ": Reading settings");
    }

    /**
     * The reasons of the layers below the window (decision 0038) are in its words too: a chapter the reader will not
     * show says why on its page, an import refused says why in the problem bar, and an import's preview lists the
     * items it skips and what it does not keep, each in the pseudo-locale's brackets; only the file's own data (its
     * name, ids, the value that is not a date) stays as it is.
     */
    @Test
    void reasonsFromBelowTheWindowAreInItsWordsToo() throws Exception {
        Path book = Files.createDirectories(dataDir.resolve("book"));
        Files.writeString(book.resolve("README.md"), "# Ωμέγα\n\n- [Ένα](one.md)\n- [Μεγάλο](huge.md)\n");
        Files.writeString(book.resolve("one.md"), "# Ένα\n\nΛίγα λόγια.\n");
        // Over the reader's 1 MB for a chapter: shown as a page that says why (decision 0011).
        Files.writeString(book.resolve("huge.md"), "# Μεγάλο\n\n" + "λόγια ".repeat(200_000) + "\n");
        handbook = Handbooks.open(book);
        data.clear();
        data.addAll(List.of(handbook.book().title(), "Ένα", "Μεγάλο", "Ωμέγα", NAME, "MB"));
        handbook.book().chapters().forEach(c -> data.add(c.part())); // the handbook's own part name
        window = OpenWindow.sized(dataDir, handbook, "one", "1024x600", Map.of(NotesViewModel.AUTHOR_KEY, NAME,
                InterfaceLanguageViewModel.KEY, Texts.PSEUDO.toLanguageTag()));

        WaitForAsyncUtils.asyncFx(() -> window.session.viewModel().open("huge", "")).get(10, TimeUnit.SECONDS);
        window.awaitChapter("huge");
        String notice = (String) window.page("document.querySelector('.not-shown').textContent");
        assertTrue(notice.startsWith("[") && notice.contains("1 MB"), notice);
        assertEquals(List.of(), ScreenChecks.english(notice, List.copyOf(data)), "the page of a chapter not shown: " + notice);

        // A file that is not JSON at all: refused, and a dialog under its name says why, whole (t30's F4.1).
        Path broken = dataDir.resolve("broken.json");
        Files.writeString(broken, "{\"annotations\": [}");
        WaitForAsyncUtils.asyncFx(() -> window.session.window().importNotes(broken)).get(10, TimeUnit.SECONDS);
        javafx.scene.control.DialogPane refused = OpenWindow.awaitNode(robot, "#import-refused",
                javafx.scene.control.DialogPane.class, OpenWindow::isShowing);
        String problem = WaitForAsyncUtils.asyncFx(() -> refused.getHeaderText() + "\n" + refused.getContentText()).get();
        List<String> withFile = new ArrayList<>(data);
        withFile.addAll(List.of(broken.toString(), "broken.json"));
        assertEquals(List.of(), ScreenChecks.english(problem, withFile), "an import refused: " + problem);
        Window refusal = refused.getScene().getWindow();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ScreenChecks.untranslated(refusal, withFile))
                .get(10, TimeUnit.SECONDS), "the refusal of an import");
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ScreenChecks.cutText(refusal)).get(10, TimeUnit.SECONDS),
                "the refusal of an import: text cut short");
        WaitForAsyncUtils.asyncFx(refusal::hide).get();

        // A Hypothesis file with one item skipped (its time is not a date) and one part of a note not kept.
        Path hypothesis = dataDir.resolve("hypothesis.json");
        Files.writeString(hypothesis, "{\"annotations\": [{\"id\": \"good1\", \"created\": \"2021-03-01T10:00:00Z\","
                + " \"updated\": \"soon\", \"user\": \"acct:joe@hypothes.is\", \"uri\": \"https://example.org/x\","
                + " \"text\": \"Σημείωση\", \"tags\": [], \"target\": [{\"source\": \"https://example.org/x\","
                + " \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"λόγια\"}]}]},"
                + " {\"id\": \"bad2\", \"created\": \"yesterday\", \"user\": \"acct:joe@hypothes.is\","
                + " \"uri\": \"https://example.org/x\", \"text\": \"Δ\", \"tags\": []}]}");
        WaitForAsyncUtils.asyncFx(() -> window.session.window().importNotes(hypothesis)).get(10, TimeUnit.SECONDS);
        javafx.scene.control.TextArea details = OpenWindow.awaitNode(robot, "#import-preview-details",
                javafx.scene.control.TextArea.class, OpenWindow::isShowing);
        String lines = WaitForAsyncUtils.asyncFx(() -> details.getText()).get();
        assertTrue(lines.contains("bad2") && lines.contains("yesterday") && lines.contains("good1"), lines);
        List<String> fileData = new ArrayList<>(data);
        fileData.addAll(List.of("hypothesis.json", "good1", "bad2", "yesterday"));
        for (String line : lines.split("\n")) {
            assertEquals(List.of(), ScreenChecks.english(line, fileData), "the preview's line: " + line);
        }
        Window preview = details.getScene().getWindow();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ScreenChecks.untranslated(preview, fileData))
                .get(10, TimeUnit.SECONDS), "the import preview");
        WaitForAsyncUtils.asyncFx(preview::hide).get();
    }

    /**
     * The notes panel of a chapter with no notes (fresh tester 14b, m3): its one line telling a new reader how to
     * start ("Select text in the chapter to highlight it or add a note.") was cut to "…" in every language, even at
     * 1280×800. It wraps whole in each, docked and in the drawer.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"en,1280x800", "es,1280x800", "it,1280x800", "pt,1280x800",
            "en,1024x600"})
    void theEmptyNotesLineWrapsWholeInEveryLanguage(String language, String size) throws Exception {
        window = OpenWindow.sized(dataDir, handbook, "welcome", size, Map.of(NotesViewModel.AUTHOR_KEY, NAME,
                InterfaceLanguageViewModel.KEY, language));
        window.focus(robot);
        window.showNotesPanel(robot);
        javafx.scene.control.Label empty = OpenWindow.awaitNode(robot, "#notes-empty", javafx.scene.control.Label.class,
                OpenWindow::isShowing);
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> ScreenChecks.cutText(empty.getScene().getWindow()))
                .get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), cut.stream().filter(c -> c.contains(empty.getText())).toList());
        assertTrue(empty.getText().length() > 30, empty.getText());
    }
}
