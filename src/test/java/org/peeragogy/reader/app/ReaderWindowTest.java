package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The reader as a person uses it, in a real window over the real handbook. */
@Tag("ui")
class ReaderWindowTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private final List<String> browserOpened = new ArrayList<>();
    private OpenWindow window;
    private ReaderSession session;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        closeSession();
    }

    private void openSession() throws Exception {
        openSession(Handbooks.open(TestHandbooks.real()));
    }

    private void openSession(Handbook handbook) throws Exception {
        window = OpenWindow.open(dataDir, handbook, null, browserOpened::add);
        session = window.session;
        stage = window.stage;
    }

    private void closeSession() throws Exception {
        if (window != null) {
            window.close();
            window = null;
            session = null;
        }
    }

    private void awaitChapter(String id) throws InterruptedException {
        window.awaitChapter(id);
    }

    private Object page(String script) throws Exception {
        return window.page(script);
    }

    private void clickContentsEntry(String text) throws Exception {
        Node cell = OpenWindow.fx(() -> robot.lookup((Node n) -> n instanceof TreeCell<?> c && text.equals(c.getText()))
                .query());
        OpenWindow.click(robot, cell);
    }

    /** Clicks the first link in the page that goes to another chapter; returns that chapter's id. */
    private String clickFirstChapterLink(String from) throws Exception {
        String selector = "a[data-chapter]:not([data-chapter='" + from + "'])";
        String target = (String) page("document.querySelector(\"" + selector + "\").getAttribute('data-chapter')");
        clickInPage(selector);
        return target;
    }

    /** Clicks the middle of the first line of an element (a link may wrap onto two lines). */
    private void clickInPage(String selector) throws Exception {
        page("document.querySelector(\"" + selector + "\").scrollIntoView({block: 'center'}); 0");
        String rect = (String) page("(function(){var r=document.querySelector(\"" + selector
                + "\").getClientRects()[0];return (r.left+Math.min(r.width,20)/2)+','+(r.top+r.height/2);})()");
        String[] xy = rect.split(",");
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> session.window().chapterView().node()
                .localToScreen(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]))).get();
        robot.clickOn(onScreen);
    }

    @Test
    void readerBrowsesFollowsALinkGoesBackSwitchesThemeAndResumesAfterRestart() throws Exception {
        openSession();
        awaitChapter("foreword");

        clickContentsEntry("1 Welcome");
        awaitChapter("introduction");
        assertTrue(OpenWindow.fx(() -> robot.lookup("#status").queryAs(Label.class).getText()).startsWith("1 Welcome"));

        String target = clickFirstChapterLink("introduction");
        awaitChapter(target);
        assertEquals(target, session.viewModel().chapterProperty().get().id());

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        awaitChapter("introduction");

        OpenWindow.click(robot, "View");
        OpenWindow.click(robot, "Dark theme");
        assertEquals("theme-dark", page("document.documentElement.className"));

        page("window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * 0.6); 0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.viewModel().scrollProperty().get() > 0.5);
        double before = ((Number) page("PeeragogyReader.position()")).doubleValue();

        closeSession();
        openSession();
        awaitChapter("introduction");
        double after = ((Number) page("PeeragogyReader.position()")).doubleValue();
        assertEquals(before, after, 0.01);
        assertEquals("theme-dark", page("document.documentElement.className"));
        assertEquals(List.of(), browserOpened);
    }

    @Test
    void nextChapterButtonFollowsTheReadingOrder() throws Exception {
        openSession();
        awaitChapter("foreword");
        OpenWindow.click(robot, "#next-chapter");
        awaitChapter("preface");
    }

    @Test
    void textSizeShortcutsScaleThePage() throws Exception {
        openSession();
        awaitChapter("foreword");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.viewModel().look().fontScaleProperty().get() > 1.05);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.viewModel().look().fontScaleProperty().get() == 1.0);
    }

    private void clickDialogButton(String text) throws Exception {
        OpenWindow.clickShowing(robot, text);
    }

    @Test
    void externalLinkOpensTheBrowserOnlyAfterTheReaderAgrees() throws Exception {
        openSession();
        awaitChapter("foreword");
        String url = (String) page("document.querySelector('a[data-external]').getAttribute('data-external')");
        clickInPage("a[data-external]");
        clickDialogButton("Cancel");
        assertEquals(List.of(), browserOpened);
        clickInPage("a[data-external]");
        clickDialogButton("OK");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !browserOpened.isEmpty());
        assertEquals(List.of(url), browserOpened);
        assertEquals("foreword", page("document.getElementById('chapter').getAttribute('data-chapter')"));
    }

    @Test
    void guideShowsUntilTheHandbookIsInstalledAndTheInstalledHandbookIsChosen() throws Exception {
        Handbook guide = Handbooks.guide();
        String firstGuideChapter = guide.book().chapters().get(0).id();
        openSession(guide);
        awaitChapter(firstGuideChapter);
        assertTrue(OpenWindow.fx(() -> robot.lookup("Add the handbook…").queryButton().isVisible()));

        WaitForAsyncUtils.asyncFx(() -> session.window().addHandbook(dataDir.resolve("not-a-handbook"))).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !session.viewModel().problemProperty().get().isEmpty());
        assertTrue(session.viewModel().handbookProperty().get().isGuide());

        WaitForAsyncUtils.asyncFx(() -> session.window().addHandbook(TestHandbooks.real())).get();
        awaitChapter("foreword");
        assertTrue(OpenWindow.fx(() -> robot.lookup("Add the handbook…").tryQueryAs(javafx.scene.control.Button.class)
                .map(b -> !b.isVisible() || !b.getParent().isVisible()).orElse(true)));
        closeSession();
        // The handbook was installed into the reader's own data folder, and is the one chosen.
        try (Database db = Database.open(dataDir)) {
            assertEquals("peeragogy-handbook-en-3",
                    db.settings().get(org.peeragogy.reader.content.HandbookLibrary.CHOSEN_SETTING).orElseThrow());
        }
        assertTrue(java.nio.file.Files.exists(dataDir.resolve("handbooks").resolve("peeragogy-handbook-en-3")));
    }

    @Test
    void windowSizeIsRememberedAcrossRestarts() throws Exception {
        openSession();
        awaitChapter("foreword");
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(900);
            stage.setHeight(640);
        }).get();
        closeSession();
        openSession();
        awaitChapter("foreword");
        assertEquals(900, stage.getWidth(), 1);
        assertEquals(640, stage.getHeight(), 1);
    }

    @Test
    void findInChapterMarksEveryMatchAndSteps() throws Exception {
        openSession();
        awaitChapter("foreword");
        clickContentsEntry("6.6 Wrapper");
        awaitChapter("pattern-wrapper");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("WRAPPER");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#find-count")
                .queryAs(Label.class).getText()).startsWith("1 of "));
        String count = OpenWindow.fx(() -> robot.lookup("#find-count").queryAs(Label.class).getText());
        int total = Integer.parseInt(count.substring(count.indexOf("of ") + 3));
        assertTrue(total > 1, count);
        assertEquals(total, ((Number) page("new Set(Array.prototype.map.call(document.querySelectorAll('mark.pr-find'),"
                + "function(m){return m.getAttribute('data-find');})).size")).intValue());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#find-count")
                .queryAs(Label.class).getText()).startsWith("2 of "));
        assertEquals("1", page("document.querySelector('mark.pr-find-current').getAttribute('data-find')"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((Number) WaitForAsyncUtils.asyncFx(() -> session.window()
                .chapterView().evaluate("document.querySelectorAll('mark.pr-find').length")).get()).intValue() == 0);
    }

    @Test
    void searchFindsTheWrapperPatternAndOpensItWithTheWordsMarked() throws Exception {
        openSession();
        awaitChapter("foreword");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("wrapper role");
        javafx.scene.control.ListView<?> results = OpenWindow.node(robot, "#search-results",
                javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !results.getItems().isEmpty()
                && ((org.peeragogy.reader.ui.SearchViewModel.Result) results.getItems().get(0)).chapterId().equals("pattern-wrapper"));
        // Choose the first result from the keyboard: Down moves into the list, Enter opens.
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        awaitChapter("pattern-wrapper");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((Number) WaitForAsyncUtils.asyncFx(() -> session.window()
                .chapterView().evaluate("document.querySelectorAll('mark.pr-find').length")).get()).intValue() > 0);
        String marked = (String) page("Array.prototype.map.call(document.querySelectorAll('mark.pr-find'),"
                + "function(m){return m.textContent.toLowerCase();}).join(' ')");
        assertTrue(marked.contains("wrapper") && marked.contains("role"), marked);
    }

    @Test
    void switchingBetweenInstalledHandbooksKeepsEachOnesPlace() throws Exception {
        org.peeragogy.reader.content.HandbookLibrary library =
                new org.peeragogy.reader.content.HandbookLibrary(dataDir.resolve("handbooks"));
        Path other = java.nio.file.Files.createDirectories(dataDir.resolve("src-other"));
        java.nio.file.Files.writeString(other.resolve("uno.md"), "---\ntitle: Uno\n---\n\n# Uno\n\nPrimero.\n");
        java.nio.file.Files.writeString(other.resolve("dos.md"), "---\ntitle: Dos\n---\n\n# Dos\n\nSegundo.\n");
        String otherId = library.install(other, (n, t) -> { }).identity();
        library.install(TestHandbooks.real(), (n, t) -> { });

        openSession(library.open("peeragogy-handbook-en-3"));
        awaitChapter("foreword");
        clickContentsEntry("6.6 Wrapper");
        awaitChapter("pattern-wrapper");

        OpenWindow.clickSubmenuItem(robot, library.find(otherId).orElseThrow().title() + " (2 chapters)",
                () -> {
                    OpenWindow.click(robot, "File");
                    OpenWindow.click(robot, "Switch handbook");
                });
        awaitChapter("dos");
        assertEquals(otherId, session.viewModel().book().identity());

        OpenWindow.clickSubmenuItem(robot, "The Peeragogy Handbook (61 chapters)",
                () -> {
                    OpenWindow.click(robot, "File");
                    OpenWindow.click(robot, "Switch handbook");
                });
        awaitChapter("pattern-wrapper");
    }
}
