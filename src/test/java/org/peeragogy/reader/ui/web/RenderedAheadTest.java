package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the real WebView (issue 17): while a chapter is read, the next one is rendered ahead, so opening it waits for no
 * render; a chapter visited before is not rendered again; and a chapter's own text is what is shown, whichever way
 * its page was had.
 */
@Tag("ui")
class RenderedAheadTest {
    @TempDir
    Path temp;
    private final Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();
    private ShownPage page;

    @BeforeAll
    static void toolkit() throws Exception {
        ShownPage.toolkit();
    }

    @AfterEach
    void close() throws Exception {
        if (page != null) {
            page.close();
        }
    }

    private int renders(String id) {
        return renders.getOrDefault(id, new AtomicInteger()).get();
    }

    private boolean renderedAhead() throws Exception {
        return page.fx(() -> page.view().lastShowing().orElseThrow().renderedAhead());
    }

    private void open(String id) throws Exception {
        page.show(id);
        assertEquals("The chapter called " + id + ".", page.evaluate("document.querySelector('#chapter p').textContent"));
    }

    @Test
    void theNextChapterIsRenderedWhileOneIsReadAndAVisitedOneIsNotRenderedAgain() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("book"));
        for (String name : List.of("alpha", "bravo", "charlie")) {
            Files.writeString(dir.resolve(name + ".md"), "# " + name + "\n\nThe chapter called " + name + ".\n");
        }
        Handbook handbook = new ForwardingHandbook(Handbooks.open(dir)) {
            @Override
            public RenderedChapter render(String chapterId) throws IOException {
                renders.computeIfAbsent(chapterId, k -> new AtomicInteger()).incrementAndGet();
                return real.render(chapterId);
            }
        };
        List<String> ids = handbook.book().chapters().stream().map(Chapter::id).toList();
        page = new ShownPage(temp.resolve("webview"));
        page.open(handbook);
        open(ids.get(0));
        assertFalse(renderedAhead(), "the first page is rendered when asked");
        // The next chapter's render starts once the first is shown; the work after the renders waits for it to end.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> renders(ids.get(1)) == 1);
        CountDownLatch rendered = new CountDownLatch(1);
        page.fx(() -> {
            page.view().afterRenders(rendered::countDown);
            return null;
        });
        assertTrue(rendered.await(20, TimeUnit.SECONDS));

        open(ids.get(1));
        assertTrue(renderedAhead(), "opened without waiting for a render");
        assertEquals(1, renders(ids.get(1)));
        open(ids.get(0));
        assertEquals(1, renders(ids.get(0)), "visited before: kept");
        assertTrue(renderedAhead());
    }
}
