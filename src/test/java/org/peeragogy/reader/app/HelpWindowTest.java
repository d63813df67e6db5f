package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.ShortcutsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Help menu (issue 12), in the real window at 1280×800 and 1024×600: the keyboard shortcuts as a searchable
 * list that holds exactly the keys the menus and the window have, the reader's guide, and About.
 */
@Tag("ui")
class HelpWindowTest {
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

    private void open(String size) throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "welcome", size);
        window.focus(robot);
    }

    private static boolean showing(Node n) {
        return OpenWindow.isShowing(n);
    }

    private static void items(List<MenuItem> from, List<MenuItem> into) {
        for (MenuItem i : from) {
            into.add(i);
            if (i instanceof Menu m) {
                items(m.getItems(), into);
            }
        }
    }

    /**
     * Fresh tester 17a F7: in the keyboard shortcuts' list Page Down and Page Up did nothing (some 45 rows: Down
     * dozens of times, or End): JavaFX's table pages only from a chosen row, and Tab into it chooses none. They move
     * by a page from the row the keyboard is on, as in any list.
     */
    @org.junit.jupiter.api.Test
    void pageDownAndPageUpMoveAPageInTheKeyboardShortcutsList() throws Exception {
        open("1024x600");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#shortcuts-search")
                .match(HelpWindowTest::showing).match(Node::isFocused).tryQuery().isPresent()));
        @SuppressWarnings("unchecked")
        TableView<ShortcutsViewModel.Row> table = OpenWindow.fx(() -> robot.lookup("#shortcuts-list")
                .match(HelpWindowTest::showing).queryAs(TableView.class));
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, table::isFocused);
        try {
            robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            int down = WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().getSelectedIndex()).get(10, TimeUnit.SECONDS);
            assertTrue(down >= 5, "a page down, not one row: row " + down);
            robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            int further = WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().getSelectedIndex()).get(10, TimeUnit.SECONDS);
            assertTrue(further > down + 3, "another page: row " + further + " after " + down);
            robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
            WaitForAsyncUtils.waitForFxEvents();
            int up = WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().getSelectedIndex()).get(10, TimeUnit.SECONDS);
            assertTrue(up < further - 3, "a page up: row " + up + " after " + further);
        } finally {
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void keyboardShortcutsListEveryKeyOfTheWindowAndASearchNarrowsThem(String size) throws Exception {
        open(size);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#shortcuts-list")
                .match(HelpWindowTest::showing).tryQuery().isPresent()));
        @SuppressWarnings("unchecked")
        TableView<ShortcutsViewModel.Row> table = OpenWindow.fx(() -> robot.lookup("#shortcuts-list")
                .match(HelpWindowTest::showing).queryAs(TableView.class));
        List<ShortcutsViewModel.Row> rows = List.copyOf(table.getItems());

        // Every menu item with a key has its row, and nothing else does: the list cannot drift from the menus.
        List<MenuItem> all = new ArrayList<>();
        OpenWindow.fx(() -> {
            ((MenuBar) window.stage.getScene().getRoot().lookup(".menu-bar")).getMenus()
                    .forEach(m -> items(m.getItems(), all));
            return null;
        });
        List<MenuItem> withKeys = all.stream().filter(i -> i.getAccelerator() != null).toList();
        assertEquals(withKeys.size(), rows.size(), rows::toString);
        for (MenuItem i : withKeys) {
            assertTrue(rows.stream().anyMatch(r -> r.action().equals(i.getText())
                    && r.keys().startsWith(i.getAccelerator().getDisplayText())), i.getText() + " is listed with its key");
        }
        // And the window's other keys (Ctrl+= beside Ctrl++) are listed with their actions.
        for (KeyCombination k : window.stage.getScene().getAccelerators().keySet()) {
            if (k.getDisplayText().equals("F10")) {
                continue; // JavaFX's own key to the menu bar, on every window; the list names it below the table
            }
            assertTrue(rows.stream().anyMatch(r -> r.keys().contains(k.getDisplayText())), k.getDisplayText());
        }

        // One row per action, its other keys beside its first ("Ctrl++ or Ctrl+= or Ctrl+keypad +"): no key
        // twice in a row or in two rows (the keypad's plus once showed as a second "Ctrl++"), and every row whole.
        assertEquals(rows.size(), rows.stream().map(ShortcutsViewModel.Row::action).distinct().count(), rows::toString);
        List<String> keys = rows.stream().flatMap(r -> java.util.Arrays.stream(r.keys().split(" or "))).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), keys::toString);
        assertTrue(rows.stream().anyMatch(r -> r.action().equals("Larger text") && r.keys().contains("keypad")), rows::toString);
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ScreenChecks.cutText(table.getScene().getWindow()))
                .get(10, TimeUnit.SECONDS));

        robot.write("bookmark");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() < rows.size());
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().stream().allMatch(r -> (r.action() + r.keys()).toLowerCase(Locale.ROOT)
                .contains("bookmark")), table.getItems()::toString);
        assertTrue(table.getItems().stream().anyMatch(r -> r.action().equals("Bookmark this place")
                && r.keys().equals(KeyCombination.keyCombination("Shortcut+D").getDisplayText())));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !showing(table));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "1024x600"})
    void theReadersGuideOpensAtUsingTheReaderAndAboutGivesTheVersionAndLicences(String size) throws Exception {
        open(size);
        OpenWindow.click(robot, "Help");
        OpenWindow.click(robot, "#menu-readers-guide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#guide-chapters")
                .match(HelpWindowTest::showing).tryQuery().isPresent()));
        @SuppressWarnings("unchecked")
        ListView<Chapter> chapters = OpenWindow.node(robot, "#guide-chapters", ListView.class);
        assertEquals("using-the-reader", OpenWindow.fx(() -> chapters.getSelectionModel().getSelectedItem().id()));
        WebView page = OpenWindow.fx(() -> (WebView) robot.lookup("#guide")
                .queryAs(javafx.scene.control.SplitPane.class).getItems().get(1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Using the reader".equals(WaitForAsyncUtils.asyncFx(
                () -> page.getEngine().executeScript("(function(){var h=document.querySelector('#chapter h1');"
                        + "return h?h.textContent:'';})()")).get()));
        WaitForAsyncUtils.asyncFx(() -> page.getScene().getWindow().hide()).get();

        OpenWindow.click(robot, "Help");
        OpenWindow.click(robot, "#menu-about");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#about")
                .match(HelpWindowTest::showing).tryQuery().isPresent()));
        DialogPane about = OpenWindow.fx(() -> robot.lookup("#about").match(HelpWindowTest::showing)
                .queryAs(DialogPane.class));
        String header = OpenWindow.fx(about::getHeaderText);
        assertTrue(header.startsWith("Peeragogy Reader "), header);
        String licences = OpenWindow.fx(() -> robot.lookup("#about-licences").match(HelpWindowTest::showing)
                .queryAs(TextArea.class).getText());
        for (String needed : List.of("CC0 1.0", "flexmark", "jsoup", "sqlite-jdbc", "Commons Compress", "OpenJFX")) {
            assertTrue(licences.contains(needed), needed);
        }
        OpenWindow.clickShowing(robot, "Close");
    }

    /**
     * Fresh tester 14c (M2): the guide is English only (decision 0030), and a Spanish reader who opened it from Ayuda
     * met an English page with nothing in Spanish saying so. A line above it says so in the interface language and
     * where the translated list of keys is; About's line on the bundled handbook is the reader's own sentence, in
     * that language too. In English there is no such line.
     */
    @Test
    void inSpanishTheGuideSaysInSpanishThatItIsInEnglishAndAboutsHandbookLineIsSpanish() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "welcome", "1024x600",
                java.util.Map.of(org.peeragogy.reader.ui.InterfaceLanguageViewModel.KEY, "es"));
        MenuItem guideItem = window.menuItem("menu-readers-guide");
        WaitForAsyncUtils.asyncFx(guideItem::fire).get();
        Label line = OpenWindow.awaitNode(robot, "#guide-language", Label.class, OpenWindow::isShowing);
        String said = OpenWindow.fx(line::getText);
        assertTrue(said.startsWith("Esta guía solo está en inglés") && said.contains("Ayuda → Atajos de teclado, F1"),
                said);
        javafx.stage.Window guide = OpenWindow.fx(() -> line.getScene().getWindow());
        assertEquals(List.of(), OpenWindow.fx(() -> ScreenChecks.cutText(guide)), "the line is whole, wrapped");
        WaitForAsyncUtils.asyncFx(guide::hide).get();

        MenuItem aboutItem = window.menuItem("menu-about");
        WaitForAsyncUtils.asyncFx(aboutItem::fire).get();
        TextArea licences = OpenWindow.awaitNode(robot, "#about-licences", TextArea.class, OpenWindow::isShowing);
        String text = OpenWindow.fx(licences::getText);
        assertTrue(text.startsWith("El Peeragogy Handbook (3.ª edición), incluido con el lector: CC0 1.0"), text);
        assertTrue(text.contains("Bibliotecas con las que está hecho el lector:\n- OpenJFX 21 (controles y web de JavaFX)"), text);
        // The list's own words too (fresh tester 19a's N-2); the licences' names stay as their authors give them.
        for (String english : List.of("controls and web", "zip handbooks", "Fonts the reader ships", "emoji in chapters",
                "Reading settings", "the project's own")) {
            assertFalse(text.contains(english), english + " in: " + text);
        }
        assertTrue(text.contains("Atkinson Hyperlegible (Ver → Ajustes de lectura)"), text);
        WaitForAsyncUtils.asyncFx(() -> licences.getScene().getWindow().hide()).get();
        window.close();
        window = null;

        window = OpenWindow.sized(dataDir.resolve("en"), Handbooks.open(TestHandbooks.fixture()), "welcome", "1024x600");
        MenuItem english = window.menuItem("menu-readers-guide");
        WaitForAsyncUtils.asyncFx(english::fire).get();
        OpenWindow.awaitNode(robot, "#guide-chapters", ListView.class, OpenWindow::isShowing);
        assertTrue(!OpenWindow.present(robot, "#guide-language"), "no such line in English");
    }

    /** The guide's page, once its first chapter (Using the reader) is shown. */
    private WebView openGuide() throws Exception {
        OpenWindow.click(robot, "Help");
        OpenWindow.click(robot, "#menu-readers-guide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#guide-chapters")
                .match(HelpWindowTest::showing).tryQuery().isPresent()));
        WebView page = OpenWindow.fx(() -> (WebView) robot.lookup("#guide").match(HelpWindowTest::showing)
                .queryAs(javafx.scene.control.SplitPane.class).getItems().get(1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Using the reader".equals(guide(page,
                "(function(){var h=document.querySelector('#chapter h1');return h?h.textContent:'';})()")));
        // Its heading is there before the page has finished loading (its fonts, its script's set-up): wait for that.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> page.getEngine()
                .getLoadWorker().getState() == javafx.concurrent.Worker.State.SUCCEEDED).get());
        return page;
    }

    /**
     * Fresh tester 14b (m1): Esc did not close the reader's guide (without a window manager the only way out was to
     * quit). It closes it, from its page as from its list, and the keyboard is back in the chapter.
     */
    @org.junit.jupiter.api.Test
    void escClosesTheGuideAndTheKeyboardIsBackInTheChapter() throws Exception {
        open("1024x600");
        Node chapter = window.session.window().chapterView().node();
        WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().focus()).get();
        WebView page = openGuide();
        javafx.stage.Window guide = page.getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> {
            guide.requestFocus();
            page.requestFocus(); // in the page, whose script has its own use for Esc
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> guide.isFocused() && page.isFocused());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !guide.isShowing());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.stage.isFocused());
        assertSame(chapter, WaitForAsyncUtils.asyncFx(() -> window.stage.getScene().getFocusOwner()).get());
    }

    private static Object guide(WebView page, String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> page.getEngine().executeScript(script)).get(10, TimeUnit.SECONDS);
    }

    private static String classes(WebView page) throws Exception {
        return (String) guide(page, "document.documentElement.className");
    }

    /**
     * Issue 14: the guide is read by the same readers as the handbook, so it opens in their theme (high contrast
     * included), reading settings and text size, and follows each as it changes while it is open, as the chapter
     * does; its own window (the list of its chapters) takes the theme too.
     */
    @org.junit.jupiter.api.Test
    void theGuideOpensInTheReadersThemeReadingSettingsAndTextSizeAndFollowsThemLive() throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.fixture()), "welcome", "1280x800",
                java.util.Map.of("view.theme", "contrast", "view.reading", "font=legible,line=2", "view.fontScale", "1.2"));
        window.focus(robot);
        WebView page = openGuide();
        String at = classes(page);
        assertTrue(at.contains("theme-contrast") && at.contains("pr-font-legible") && at.contains("pr-line"), at);
        assertEquals("rgb(0, 0, 0)", guide(page, "getComputedStyle(document.documentElement).backgroundColor"),
                "the guide's page is black, as the high-contrast chapter");
        assertEquals(1.2, page.getFontScale(), 1e-9);
        assertTrue(page.getScene().getRoot().getStyleClass().contains("theme-contrast"), "its window too");

        org.peeragogy.reader.ui.ReaderViewModel vm = window.session.viewModel();
        WaitForAsyncUtils.asyncFx(() -> {
            vm.look().setTheme(org.peeragogy.reader.ui.Theme.SEPIA);
            vm.look().reading().set(org.peeragogy.reader.ui.ReadingSettings.DEFAULT
                    .withFont(org.peeragogy.reader.ui.ReadingSettings.Font.SANS).withLetter(0.12));
            vm.look().largerText();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String now = classes(page);
        assertTrue(now.contains("theme-sepia") && !now.contains("theme-contrast"), now);
        assertTrue(now.contains("pr-font-sans") && !now.contains("pr-font-legible") && !now.contains("pr-line"), now);
        assertEquals("0.12em", guide(page, "document.documentElement.style.getPropertyValue('--pr-letter')"));
        assertEquals(WaitForAsyncUtils.asyncFx(() -> vm.look().fontScaleProperty().get()).get(), page.getFontScale(), 1e-9);
        assertTrue(page.getFontScale() > 1.2, "larger: " + page.getFontScale());
        assertTrue(page.getScene().getRoot().getStyleClass().contains("theme-sepia"), "its window too");
        // The same as the chapter's page, word for word.
        assertEquals(java.util.Set.of(((String) window.page("document.documentElement.className")).split(" ")),
                java.util.Set.of(now.split(" ")));
        WaitForAsyncUtils.asyncFx(() -> page.getScene().getWindow().hide()).get();
    }
}
