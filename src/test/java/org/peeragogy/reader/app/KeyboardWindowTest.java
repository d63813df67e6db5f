package org.peeragogy.reader.app;

import org.peeragogy.reader.ui.NoteSelection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
import org.peeragogy.reader.ui.KeyboardViewModel;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chapter from the keyboard alone (issue 14): caret browsing, selecting by word, sentence and paragraph,
 * highlighting that selection, links reached by Tab without losing the place, F6 between the regions and Tab
 * kept inside one. A real window under Xvfb over a small handbook written here.
 */
@Tag("ui")
class KeyboardWindowTest {
    static final String FIRST = "Peers learn together. They share what they find! Does it work? It does.";

    @TempDir
    Path dataDir;
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
        window = OpenWindow.open(dataDir, Handbooks.open(book(dataDir.resolve("book"))), "one", url -> { });
        window.awaitChapter("one");
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /** A chapter long enough to scroll, with sentences, a link to another chapter and one outside. */
    static Path book(Path folder) throws Exception {
        Files.createDirectories(folder);
        StringBuilder one = new StringBuilder("---\ntitle: One\n---\n\n# One\n\n" + FIRST + "\n\n");
        for (int i = 1; i <= 30; i++) {
            one.append("Filler paragraph ").append(i).append(" holds words to scroll past. It has two sentences.\n\n");
        }
        one.append("Read [the second chapter](two.md) or [the site](https://peeragogy.org/) next.\n\n");
        for (int i = 31; i <= 40; i++) {
            one.append("Closing paragraph ").append(i).append(" is here.\n\n");
        }
        one.append("![A dot](dot.png)\n\n");
        Files.writeString(folder.resolve("one.md"), one);
        java.awt.image.BufferedImage dot = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(dot, "png", folder.resolve("dot.png").toFile());
        Files.writeString(folder.resolve("two.md"), "---\ntitle: Two\n---\n\n# Two\n\nThe second chapter.\n");
        return folder;
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

    private String selected() throws Exception {
        return OpenWindow.fx(() -> window.session.notes().selectionProperty().get().map(NoteSelection::text)
                .orElse(""));
    }

    private boolean pageFocused() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().node().isFocused()).get();
    }

    @Test
    void caretBrowsingMovesByCharacterSelectsByWordAndCtrl1HighlightsThatSelection() throws Exception {
        assertTrue(pageFocused(), "the keyboard starts in the text");
        key(KeyCode.F7);
        // The caret starts at the first line on screen: the chapter's title.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Number) window.page("PeeragogyReader.caretOffset()")).intValue() >= 0);
        String text = (String) window.page("PeeragogyReader.text()");
        int first = text.indexOf(FIRST);
        window.page("PeeragogyReader.placeCaret(" + first + ")");
        key(KeyCode.RIGHT);
        key(KeyCode.RIGHT);
        assertEquals(first + 2, ((Number) window.page("PeeragogyReader.caretOffset()")).intValue());
        key(KeyCode.SHIFT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().equals("e"));
        key(KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.RIGHT);
        key(KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().strip().equals("ers learn"));
        key(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.placed().size() == 1);
        Annotation made = window.placed().get(0).annotation();
        assertEquals(Annotation.Colour.values()[1], made.colour());
        assertEquals("ers learn", made.quote().strip());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().node().isFocused()).get());
    }

    /**
     * The same sentence chosen again (fresh tester 17a's N3 and F12): Ctrl+3 recolours its highlight rather than
     * stacking a second one, and Ctrl+N opens its note to be changed rather than a new empty one over it.
     */
    @Test
    void ctrlDigitOnAHighlightedSentenceRecoloursItAndCtrlNOpensItsNote() throws Exception {
        String text = (String) window.page("PeeragogyReader.text()");
        int at = text.indexOf("share what");
        String sentence = "They share what they find!";
        window.page("PeeragogyReader.placeCaret(" + at + ")");
        key(KeyCode.F8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().equals(sentence));
        key(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.placed().size() == 1);
        String id = window.placed().get(0).annotation().id();

        window.page("PeeragogyReader.placeCaret(" + at + ")");
        key(KeyCode.F8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().equals(sentence));
        key(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.placed().size() == 1
                && window.placed().get(0).annotation().colour() == Annotation.Colour.values()[2]);
        assertEquals(id, window.placed().get(0).annotation().id(), "the same highlight, recoloured");

        window.page("PeeragogyReader.placeCaret(" + at + ")");
        key(KeyCode.F8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().equals(sentence));
        key(KeyCode.CONTROL, KeyCode.N);
        OpenWindow.awaitNode(robot, "#note-text", Node.class, Node::isFocused);
        robot.write("Why share?");
        key(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.placed().size() == 1
                && window.placed().get(0).annotation().note().equals("Why share?"));
        assertEquals(id, window.placed().get(0).annotation().id(), "the note written on that highlight");
    }

    @Test
    void caretBrowsingIsRememberedAfterARestart() throws Exception {
        key(KeyCode.F7);
        window.close();
        window = null;
        try (Database d = Database.open(dataDir)) {
            assertEquals("on", d.settings().get(KeyboardViewModel.KEY).orElse(""));
        }
        window = OpenWindow.open(dataDir, Handbooks.open(dataDir.resolve("book")), "one", url -> { });
        window.awaitChapter("one");
        assertEquals(Boolean.TRUE, window.page("document.getElementById('pr-caret') !== null"
                + " && document.getElementById('pr-caret').style.display === 'block'"));
    }

    @Test
    void f8SelectsTheSentenceAtTheCaretThenItsParagraphAndCtrlNWritesANoteOnIt() throws Exception {
        String text = (String) window.page("PeeragogyReader.text()");
        int at = text.indexOf("share what");
        window.page("PeeragogyReader.placeCaret(" + at + ")");
        key(KeyCode.F8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().equals("They share what they find!"));
        key(KeyCode.F8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().equals(FIRST));
        window.page("PeeragogyReader.placeCaret(" + text.indexOf("Does it") + ")");
        key(KeyCode.SHIFT, KeyCode.F8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().equals(FIRST));
        key(KeyCode.CONTROL, KeyCode.N);
        Node field = OpenWindow.awaitNode(robot, "#note-text", Node.class, Node::isFocused);
        assertTrue(field.isFocused());
        robot.write("Four sentences");
        key(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.placed().size() == 1);
        assertEquals(FIRST, window.placed().get(0).annotation().quote());
        assertEquals("Four sentences", window.placed().get(0).annotation().note());
    }

    @Test
    void tabReachesTheLinksWithoutLosingThePlaceAndEscGoesBackToIt() throws Exception {
        window.page("window.scrollTo(0, 300)");
        WaitForAsyncUtils.waitForFxEvents();
        double before = ((Number) window.page("window.pageYOffset")).doubleValue();
        key(KeyCode.TAB);
        assertEquals("the second chapter", window.page("document.activeElement.textContent"));
        key(KeyCode.TAB);
        assertEquals("the site", window.page("document.activeElement.textContent"));
        assertTrue(pageFocused(), "Tab stays in the page");
        key(KeyCode.ESCAPE);
        assertEquals(before, ((Number) window.page("window.pageYOffset")).doubleValue(), 1.0, "the place read before Tab");
        assertEquals("BODY", window.page("document.activeElement.nodeName"));
        key(KeyCode.TAB);
        key(KeyCode.ENTER);
        window.awaitChapter("two");
        key(KeyCode.ALT, KeyCode.LEFT);
        window.awaitChapter("one");
    }

    private String focusedId() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (Node n = window.stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    return n.getId();
                }
                if (n instanceof javafx.scene.web.WebView) {
                    return "page";
                }
            }
            return "";
        }).get();
    }

    @Test
    void f6CyclesTheRegionsAndTabStaysInsideEach() throws Exception {
        assertEquals("page", focusedId());
        key(KeyCode.F6);
        assertEquals("notes-list", focusedId());
        // Tab goes round the notes panel's own controls and never leaves it.
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 8; i++) {
            key(KeyCode.TAB);
            seen.add(focusedId());
            assertTrue(WaitForAsyncUtils.asyncFx(() -> {
                for (Node n = window.stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
                    if ("notes-panel".equals(n.getId())) {
                        return true;
                    }
                }
                return false;
            }).get(), "Tab left the notes: " + seen);
        }
        assertTrue(seen.contains("bookmark") && seen.contains("chapter-note"), seen.toString());
        key(KeyCode.F6);
        assertEquals("search-field", focusedId());
        key(KeyCode.F6);
        // The toolbar's first enabled button (Back and Forward have nowhere to go yet).
        assertEquals("next-chapter", focusedId());
        key(KeyCode.F6);
        assertEquals("contents", focusedId());
        key(KeyCode.F6);
        assertEquals("page", focusedId());
        key(KeyCode.SHIFT, KeyCode.F6);
        assertEquals("contents", focusedId());
    }

    /**
     * Fresh tester 17a M1: at 1024x600 with the text at 150% both panels fold into drawers, and F6 never reached the
     * notes and left the contents' drawer open over the dimmed text when the focus went on. The cycle is the wide
     * window's, each folded region in its drawer, which closes when the focus leaves it.
     */
    @Test
    void onANarrowWindowF6CyclesTheSameRegionsOpeningEachDrawerAndClosingItWhenLeft() throws Exception {
        window.close();
        window = OpenWindow.sized(dataDir, Handbooks.open(dataDir.resolve("book")), "one", "1024x600",
                java.util.Map.of("view.fontScale", "1.5"));
        window.focus(robot);
        assertEquals("page", focusedId());
        assertEquals("", drawer(), "both panels folded away, neither open");
        String[][] forward = {{"notes-list", "notes-panel"}, {"search-field", "side"}, {"next-chapter", ""},
            {"contents", "side"}, {"page", ""}};
        for (String[] step : forward) {
            key(KeyCode.F6);
            assertEquals(step[0], focusedId());
            assertEquals(step[1], drawer(), "the drawer with " + step[0]);
        }
        String[][] backward = {{"contents", "side"}, {"next-chapter", ""}, {"search-field", "side"},
            {"notes-list", "notes-panel"}, {"page", ""}};
        for (String[] step : backward) {
            key(KeyCode.SHIFT, KeyCode.F6);
            assertEquals(step[0], focusedId());
            assertEquals(step[1], drawer(), "the drawer with " + step[0]);
        }
    }

    /** The id of the panel open as a drawer over the text ("" when none is), checked to dim the text while open. */
    private String drawer() throws Exception {
        return OpenWindow.fx(() -> {
            Node host = window.stage.getScene().lookup("#drawer");
            Node scrim = window.stage.getScene().lookup("#drawer-scrim");
            boolean open = host.isVisible() && !((javafx.scene.Parent) host).getChildrenUnmodifiable().isEmpty();
            assertEquals(open, scrim.isVisible(), "the text is dimmed exactly while a drawer is open");
            return open ? ((javafx.scene.Parent) host).getChildrenUnmodifiable().get(0).getId() : "";
        });
    }

    @Test
    void theToolbarsButtonsAreReachedAndPressedFromTheKeyboard() throws Exception {
        window.page("document.querySelector('a[data-chapter]').click()");
        window.awaitChapter("two");
        for (int i = 0; i < 5 && !"back".equals(focusedId()); i++) {
            key(KeyCode.F6);
        }
        assertEquals("back", focusedId());
        key(KeyCode.RIGHT);
        key(KeyCode.LEFT);
        assertEquals("back", focusedId());
        key(KeyCode.ENTER);
        window.awaitChapter("one");
        // Back is disabled now (nothing before): the focus stays in the toolbar, on its first enabled button.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "forward".equals(focusedId()));
        key(KeyCode.SPACE);
        window.awaitChapter("two");
    }

    /**
     * Fresh tester 17a F16: a menu opened by its Alt key dropped under the resting mouse pointer, and the item under
     * it took the keyboard (hovered), so Down ×8 landed on a different item from one time to the next. The pointer,
     * unmoved, chooses nothing: Down goes to the menu's first item.
     */
    @Test
    void aMenuOpenedByItsAltKeyStartsAtItsFirstItemWhereverThePointerRests() throws Exception {
        javafx.scene.control.MenuBar bar = OpenWindow.node(robot, ".menu-bar", javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu view = bar.getMenus().get(2);
        key(KeyCode.ALT, KeyCode.V);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, view::isShowing);
        javafx.geometry.Bounds popup = WaitForAsyncUtils.asyncFx(() -> menuItems().get(4).localToScreen(
                menuItems().get(4).getLayoutBounds())).get();
        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !view.isShowing());
        // The pointer rests over the fifth item of the menu to come, then is left alone.
        robot.moveTo(new javafx.geometry.Point2D(popup.getCenterX(), popup.getCenterY()));
        key(KeyCode.ALT, KeyCode.V);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, view::isShowing);
        try {
            WaitForAsyncUtils.waitForFxEvents();
            key(KeyCode.DOWN);
            String first = view.getItems().get(0).getText();
            assertEquals(first, WaitForAsyncUtils.asyncFx(() -> menuItems().stream().filter(Node::isFocused)
                    .map(n -> ((javafx.scene.control.Label) n.lookup(".label")).getText()).findFirst().orElse("")).get());
        } finally {
            key(KeyCode.ESCAPE);
        }
    }

    /** The items of the menu showing now, as its popup lays them out. */
    private static java.util.List<Node> menuItems() throws Exception {
        return OpenWindow.fx(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof
                        javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".menu-item").stream())
                .filter(n -> n.lookup(".label") != null).toList());
    }

    @Test
    void altLetterOpensItsMenuAndEscClosesIt() throws Exception {
        javafx.scene.control.MenuBar bar = OpenWindow.node(robot, ".menu-bar", javafx.scene.control.MenuBar.class);
        for (javafx.scene.control.Menu m : bar.getMenus()) {
            assertTrue(m.isMnemonicParsing() && m.getText().contains("_"), m.getText() + " has a mnemonic");
        }
        key(KeyCode.ALT, KeyCode.F);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bar.getMenus().get(0).isShowing());
        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !bar.getMenus().get(0).isShowing());
        key(KeyCode.ALT, KeyCode.N);
        javafx.scene.control.Menu notes = bar.getMenus().stream().filter(m -> m.getText().equals("_Notes")).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, notes::isShowing);
        key(KeyCode.ESCAPE);
    }
}
