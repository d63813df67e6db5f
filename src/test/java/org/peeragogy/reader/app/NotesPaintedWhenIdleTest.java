package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notes of the chapter shown are on the screen, not only in the scene graph, in a window left alone (fresh
 * testers' F14 and 14c's M3): the list was filled, laid out and synced, yet the placeholder stayed painted, because
 * JavaFX 21's dirty regions missed the list's new cells and an idle window makes no further frames. These tests
 * read the X server's pixels (the robot's screen capture) and send no input, which would make frames of its own.
 */
@Tag("ui")
class NotesPaintedWhenIdleTest {
    @TempDir
    Path tmp;
    private OpenWindow window;
    private ReaderSession session;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
        if (session != null) {
            ReaderSession s = session;
            WaitForAsyncUtils.asyncFx(() -> s.window().chapterView().node().getScene().getWindow().hide())
                    .get(20, TimeUnit.SECONDS);
        }
    }

    /** A reader who wrote two notes on "gardens" and comes back to it: their window opens on it with the panel. */
    @Test
    void notesWrittenInAnEarlierSessionArePaintedWhenTheWindowOpensOnTheirChapter() throws Exception {
        Path data = tmp.resolve("ana");
        try (Handbook h = Handbooks.open(TestHandbooks.fixture()); Database db = Database.open(data)) {
            db.settings().putReaderName("Ana");
            ChapterText text = ChapterText.of(h.render("gardens").html());
            note(db, h, text, "vegetable bed", "Raised beds drain better");
            note(db, h, text, "Watering by rota", "Who waters in August?");
        }
        window = OpenWindow.sized(data, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800");
        awaitPainted(notesList(window.session, 2));
    }

    /**
     * Fresh tester 14c's M3: View → Interface language → Español rebuilds the window's parts; the notes of the
     * chapter read are painted in the new panel. The menu item is fired as its click would, with no input event.
     */
    @Test
    void theChaptersNotesArePaintedAgainAfterAnInterfaceLanguageSwitch() throws Exception {
        Path data = tmp.resolve("ana");
        try (Handbook h = Handbooks.open(TestHandbooks.fixture()); Database db = Database.open(data)) {
            db.settings().putReaderName("Ana");
            db.settings().put("window.bounds", "0,0,1280,800");
            ChapterText text = ChapterText.of(h.render("gardens").html());
            note(db, h, text, "vegetable bed", "Raised beds drain better");
        }
        BlockingQueue<ReaderSession> shown = new LinkedBlockingQueue<>();
        BlockingQueue<String> laidOut = new LinkedBlockingQueue<>();
        WindowStart start = new WindowStart(Options.parse("--handbook", TestHandbooks.fixture().toString(),
                "--data-dir", data.toString()), data, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), url -> { }, code -> { }, Clock.systemDefaultZone(), InterfaceLanguage.ofProcess());
        start.onShown(session -> {
            session.window().addLaidOutListener((id, fraction) -> laidOut.add(id));
            shown.add(session);
        });
        start.begin();
        ReaderSession english = shown.poll(30, TimeUnit.SECONDS);
        session = english;
        WaitForAsyncUtils.asyncFx(() -> english.viewModel().open("gardens", "")).get(10, TimeUnit.SECONDS);
        awaitChapter(laidOut, "gardens");
        awaitPainted(notesList(english, 1));

        WaitForAsyncUtils.asyncFx(() -> {
            MenuBar bar = (MenuBar) english.window().chapterView().node().getScene().lookup(".menu-bar");
            items(bar.getMenus()).filter(i -> "interface-language-es".equals(i.getId())).findFirst().orElseThrow()
                    .fire();
        }).get(10, TimeUnit.SECONDS);
        ReaderSession spanish = shown.poll(30, TimeUnit.SECONDS);
        assertNotNull(spanish, "the window was shown again in Spanish");
        session = spanish;
        awaitChapter(laidOut, "gardens");
        awaitPainted(notesList(spanish, 1));
    }

    private static void awaitChapter(BlockingQueue<String> laidOut, String id) throws InterruptedException {
        String seen;
        do {
            seen = laidOut.poll(30, TimeUnit.SECONDS);
            assertNotNull(seen, "chapter " + id + " was never shown");
        } while (!seen.equals(id));
    }

    private static java.util.stream.Stream<MenuItem> items(List<? extends MenuItem> items) {
        return items.stream().flatMap(i -> i instanceof Menu m
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(m), items(m.getItems()))
                : java.util.stream.Stream.of(i));
    }

    /** The notes list of this window once it holds {@code count} notes. */
    private static ListView<?> notesList(ReaderSession s, int count) throws Exception {
        ListView<?> list = fx(() -> (ListView<?>) s.window().chapterView().node().getScene().lookup("#notes-list"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> list.getItems().size()) == count);
        return list;
    }

    private static void note(Database db, Handbook h, ChapterText text, String quote, String note) throws Exception {
        int at = text.text().indexOf(quote);
        db.annotations().create(new AnnotationStore.Draft(h.book().identity(), "gardens", Annotation.Kind.HIGHLIGHT,
                Annotation.Colour.GREEN, note, List.of(), "Ana",
                Optional.of(Anchoring.describe(text, at, at + quote.length()))));
    }

    /**
     * Waits (up to 10 s) until the top 50 px of the list, where its first note is, show dark pixels (text) on the
     * screen. The placeholder's line sits in the list's middle, so those pixels stay blank while it is painted.
     */
    private static void awaitPainted(ListView<?> list) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> darkPixels(list)) > 20);
        } catch (TimeoutException e) {
            throw new AssertionError("the list holds " + fx(() -> list.getItems().size()) + " notes, but after 10 s"
                    + " its first rows on the screen have " + fx(() -> darkPixels(list)) + " dark pixels", e);
        }
    }

    private static int darkPixels(ListView<?> list) {
        Bounds b = list.localToScreen(list.getLayoutBounds());
        WritableImage shot = new javafx.scene.robot.Robot().getScreenCapture(null, b.getMinX() + 4, b.getMinY() + 4,
                b.getWidth() - 24, 50);
        PixelReader p = shot.getPixelReader();
        int dark = 0;
        for (int y = 0; y < (int) shot.getHeight(); y++) {
            for (int x = 0; x < (int) shot.getWidth(); x++) {
                if (p.getColor(x, y).getBrightness() < 0.4) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
