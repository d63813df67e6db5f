package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.ForwardingHandbook;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the real WebView (issue 17): while a chapter is read, the next one is rendered ahead, so opening it waits for no
 * render; a chapter visited before is not rendered again; and a chapter's own text is what is shown, whichever way
 * its page was had.
 */
@Tag("ui")
class RenderedAheadTest {
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path temp;
    private final RecordingListener listener = new RecordingListener();
    private final Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();
    private Stage stage;
    private ChapterView view;
    private Handbook handbook;
    private List<String> ids;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
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

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private int renders(String id) {
        return renders.getOrDefault(id, new AtomicInteger()).get();
    }

    private void open(String id) throws Exception {
        fx(() -> {
            view.open(id, "", 0);
            return null;
        });
        assertEquals(id, listener.laidOut.poll(30, TimeUnit.SECONDS));
        assertEquals("The chapter called " + id + ".", fx(() -> view.evaluate(
                "document.querySelector('#chapter p').textContent")));
    }

    @Test
    void theNextChapterIsRenderedWhileOneIsReadAndAVisitedOneIsNotRenderedAgain() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("book"));
        for (String name : List.of("alpha", "bravo", "charlie")) {
            Files.writeString(dir.resolve(name + ".md"), "# " + name + "\n\nThe chapter called " + name + ".\n");
        }
        handbook = new ForwardingHandbook(Handbooks.open(dir)) {
            @Override
            public RenderedChapter render(String chapterId) throws IOException {
                renders.computeIfAbsent(chapterId, k -> new AtomicInteger()).incrementAndGet();
                return real.render(chapterId);
            }
        };
        ids = handbook.book().chapters().stream().map(Chapter::id).toList();
        fx(() -> {
            stage = new Stage();
            view = new ChapterView(handbook, temp.resolve("webview"), listener, TEXTS);
            stage.setScene(new Scene(new StackPane(view.node()), 800, 600));
            stage.show();
            return null;
        });
        open(ids.get(0));
        assertFalse(fx(() -> view.lastShowing().orElseThrow().renderedAhead()), "the first page is rendered when asked");
        // The next chapter's render starts once the first is shown; the work after the renders waits for it to end.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> renders(ids.get(1)) == 1);
        CountDownLatch rendered = new CountDownLatch(1);
        fx(() -> {
            view.afterRenders(rendered::countDown);
            return null;
        });
        assertTrue(rendered.await(20, TimeUnit.SECONDS));

        open(ids.get(1));
        assertTrue(fx(() -> view.lastShowing().orElseThrow().renderedAhead()), "opened without waiting for a render");
        assertEquals(1, renders(ids.get(1)));
        open(ids.get(0));
        assertEquals(1, renders(ids.get(0)), "visited before: kept");
        assertTrue(fx(() -> view.lastShowing().orElseThrow().renderedAhead()));
    }
}
