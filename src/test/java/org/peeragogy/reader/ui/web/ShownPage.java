package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.peeragogy.reader.book.Handbook;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real {@link ChapterView} in a window of its own (800×600) for page tests: open a handbook, show a
 * chapter and wait until the page says it is laid out, run code on the FX thread. Each wait is bounded
 * (30 s for FX calls and for a layout). {@link #close} closes the view, its window and the handbook.
 * Call {@link #toolkit} once per test class ({@code @BeforeAll}).
 */
final class ShownPage implements AutoCloseable {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    /** What the page told its host. */
    final RecordingListener listener = new RecordingListener();
    private final Path webData;
    private Stage stage;
    private ChapterView view;
    private Handbook handbook;

    /** A page whose WebView keeps its data under {@code webData} (a test's temporary folder). */
    ShownPage(Path webData) {
        this.webData = webData;
    }

    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Shows a view of {@code h} (closed with this page) in the light theme. */
    void open(Handbook h) throws Exception {
        open(h, null);
    }

    /** Shows a view of {@code h} (closed with this page) in {@code theme}, or the view's own when null. */
    void open(Handbook h, String theme) throws Exception {
        open(h, theme, 800);
    }

    /** As above, in a window {@code width} pixels wide (600 tall). */
    void open(Handbook h, String theme, int width) throws Exception {
        handbook = h;
        fx(() -> {
            stage = new Stage();
            view = new ChapterView(handbook, webData, listener, TEXTS);
            if (theme != null) {
                view.setTheme(theme);
            }
            stage.setScene(new Scene(new StackPane(view.node()), width, 600));
            stage.show();
            return null;
        });
    }

    /** Opens the chapter at its top and waits until the page has laid it out. */
    void show(String chapterId) throws Exception {
        show(chapterId, "");
    }

    /** Opens the chapter at {@code fragment} (an element's id; "" for its top) and waits until it is laid out. */
    void show(String chapterId, String fragment) throws Exception {
        fx(() -> {
            view.open(chapterId, fragment, 0);
            return null;
        });
        assertEquals(chapterId, listener.laidOut.poll(30, TimeUnit.SECONDS), "laid out");
    }

    <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS); // a busy machine is slow to make a WebView
    }

    /** The value of {@code script} in the page. */
    Object evaluate(String script) throws Exception {
        return fx(() -> view.evaluate(script));
    }

    ChapterView view() {
        return view;
    }

    Handbook handbook() {
        return handbook;
    }

    @Override
    public void close() throws Exception {
        if (view != null) {
            fx(() -> {
                view.close();
                stage.close();
                return null;
            });
        }
        if (handbook != null) {
            handbook.close();
        }
    }
}
