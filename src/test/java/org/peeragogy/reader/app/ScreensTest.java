package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peeragogy.reader.NeedsRealHandbook;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window states of docs/screens.md, in the real window under Xvfb: each theme at 1280×800 and 1024×600 on
 * a chapter with notes, and the note dialog, search, all notes and the keyboard shortcuts. Every state is
 * checked as it would be shot ({@link ScreenChecks}: every text meets AA on what is behind it, the focus ring
 * 3:1, no label cut to "…" without a tooltip), so what the screenshots show is checked on every test run;
 * the screenshots themselves are written only when asked, into docs/screens/:
 * {@code xvfb-run -a mvn test -Dtest=ScreensTest -Dscreens=true}.
 */
@Tag("ui")
@NeedsRealHandbook
class ScreensTest {
    private static final Path OUT = Path.of("docs", "screens");
    /** Screenshots are written only with -Dscreens=true; the checks run always. */
    private static final boolean WRITE = Boolean.getBoolean("screens");
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        if (WRITE) {
            Files.createDirectories(OUT);
        }
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.close();
            window = null;
        }
    }

    private void open(String size, Theme theme) throws Exception {
        window = OpenWindow.sized(dataDir, Handbooks.open(TestHandbooks.real()), "pattern-wrapper", size,
                java.util.Map.of(NotesViewModel.AUTHOR_KEY, "Ana", "view.theme", theme.cssName()));
        window.focus(robot);
    }

    private NotesViewModel notes() {
        return window.session.notes();
    }

    private void highlight(String words, Annotation.Colour colour, String note) throws Exception {
        String text = (String) window.page("PeeragogyReader.text()");
        int at = text.indexOf(words);
        assertTrue(at >= 0, words);
        int before = notes().placed().size();
        WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().select(at, at + words.length())).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().selectionProperty().get().isPresent());
        WaitForAsyncUtils.asyncFx(() -> {
            notes().highlight(colour, note, note.isEmpty() ? List.of() : List.of("roles"));
            window.session.window().chapterView().clearSelection();
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().placed().size() == before + 1);
    }

    /** A chapter with three notes, scrolled a little so that they show. */
    private void chapterWithNotes() throws Exception {
        highlight("keeping participants", Annotation.Colour.YELLOW, "This is what our study circle lacked.");
        highlight("long-running", Annotation.Colour.GREEN, "");
        highlight("Information overload", Annotation.Colour.BLUE, "Try a weekly summary at the next meeting.");
        window.page("window.scrollTo(0, 120); 0");
        settle();
    }

    /** Lets the page and the window paint what changed: a few rounds of the FX queue and the page's frames. */
    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(Window w, String name) throws Exception {
        settle();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ScreenChecks.lowContrast(w)).get(10, TimeUnit.SECONDS),
                name + ": text below AA or a faint focus ring");
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ScreenChecks.cutText(w)).get(10, TimeUnit.SECONDS),
                name + ": text cut short");
        if (!WRITE) {
            return;
        }
        Rectangle2D area = WaitForAsyncUtils.asyncFx(() -> new Rectangle2D(w.getX(), w.getY(), w.getWidth(),
                w.getHeight())).get();
        Image image = robot.capture(area).getImage();
        PixelReader pixels = image.getPixelReader();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        assertTrue(ImageIO.write(out, "png", OUT.resolve(name + ".png").toFile()));
    }

    @ParameterizedTest
    @CsvSource({"1280x800,LIGHT", "1280x800,SEPIA", "1280x800,DARK", "1024x600,LIGHT", "1024x600,SEPIA",
            "1024x600,DARK"})
    void aChapterWithNotes(String size, Theme theme) throws Exception {
        open(size, theme);
        chapterWithNotes();
        shoot(window.stage, "chapter-" + theme.cssName() + "-" + size);
        if (size.equals("1024x600")) {
            OpenWindow.click(robot, "View");
            OpenWindow.click(robot, "#menu-notes-panel"); // folded away here: its drawer
            shoot(window.stage, "notes-drawer-" + theme.cssName() + "-" + size);
        }
    }

    @ParameterizedTest
    @CsvSource({"1280x800,LIGHT", "1280x800,DARK", "1024x600,SEPIA"})
    void theNoteDialogSearchAllNotesAndTheKeys(String size, Theme theme) throws Exception {
        open(size, theme);
        chapterWithNotes();
        String suffix = "-" + theme.cssName() + "-" + size;

        String text = (String) window.page("PeeragogyReader.text()");
        int at = text.indexOf("the leader/follower dichotomy");
        int from = at < 0 ? text.indexOf("wrapper") : at;
        WaitForAsyncUtils.asyncFx(() -> window.session.window().chapterView().select(from, from + 20)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().selectionProperty().get().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#note-text")
                .match(this::isShowing).tryQuery().isPresent()));
        TextArea note = OpenWindow.fx(() -> robot.lookup("#note-text").match(this::isShowing).queryAs(TextArea.class));
        WaitForAsyncUtils.asyncFx(() -> note.setText("Ask Bea how her group keeps its wrapper short.")).get();
        shoot(window.stage, "note-dialog" + suffix);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#note-text")
                .match(this::isShowing).tryQuery().isEmpty()));

        OpenWindow.click(robot, "#status");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#search-field")
                .match(this::isShowing).tryQuery().isPresent()));
        javafx.scene.control.TextField query = OpenWindow.fx(() -> robot.lookup("#search-field").match(this::isShowing)
                .queryAs(javafx.scene.control.TextField.class));
        WaitForAsyncUtils.asyncFx(() -> query.setText("wrapper role")).get();
        javafx.scene.control.ListView<?> results = OpenWindow.fx(() -> robot.lookup("#search-results")
                .match(this::isShowing).queryListView());
        // The index is built in the background on first use: up to a few minutes on a busy machine.
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> results.getItems().size() > 1);
        shoot(window.stage, "search" + suffix);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        OpenWindow.click(robot, "#status");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.listWindows().stream()
                .anyMatch(w -> w != window.stage && w.isShowing() && w.getScene() != null
                        && w.getScene().lookup("#filter-tag") != null)));
        Window all = OpenWindow.fx(() -> robot.listWindows().stream().filter(w -> w != window.stage && w.isShowing()
                && w.getScene() != null && w.getScene().lookup("#filter-tag") != null).findFirst().orElseThrow());
        shoot(all, "all-notes" + suffix);
        WaitForAsyncUtils.asyncFx(all::hide).get();

        OpenWindow.click(robot, "#status");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#shortcuts-list")
                .match(this::isShowing).tryQuery().isPresent()));
        Window keys = OpenWindow.fx(() -> robot.lookup("#shortcuts-list").match(this::isShowing).query().getScene()
                .getWindow());
        shoot(keys, "keys" + suffix);
        robot.write("note");
        shoot(keys, "keys-searched" + suffix);
        WaitForAsyncUtils.asyncFx(keys::hide).get();
    }

    private boolean isShowing(Node n) {
        return OpenWindow.isShowing(n);
    }
}
