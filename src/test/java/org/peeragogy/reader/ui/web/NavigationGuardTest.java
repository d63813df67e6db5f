package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Worker;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.ForwardingHandbook;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page that tries to leave itself (the sanitizer would never let one through; these pages skip it)
 * is stopped, counted, reported once, and never makes the view reload in a loop.
 */
@Tag("ui")
class NavigationGuardTest {
    @TempDir
    Path temp;
    private final AtomicInteger loads = new AtomicInteger();
    private ShownPage page;

    @BeforeAll
    static void toolkit() throws Exception {
        ShownPage.toolkit();
    }

    @AfterEach
    void close() throws Exception {
        page.close();
    }

    @Test
    void aPageRefreshingItselfIsStoppedOnceAndNotReloaded() throws Exception {
        showWithHead("<meta http-equiv=\"refresh\" content=\"0\">");
    }

    @Test
    void aPageRefreshingToAnotherChapterIsStopped() throws Exception {
        showWithHead("<meta http-equiv=\"refresh\" content=\"0;url=two.html\">");
    }

    @Test
    void aPageRefreshingToTheNetworkIsStopped() throws Exception {
        // A port that is listening (WebKit itself refuses "bad ports" such as 9, which would prove nothing).
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            showWithHead("<meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:" + server.getLocalPort() + "/away\">");
        }
    }

    private void showWithHead(String extra) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("book"));
        Files.writeString(dir.resolve("one.md"), "# One\n\nThe first chapter.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("two.md"), "# Two\n\nThe second chapter.\n", StandardCharsets.UTF_8);
        page = new ShownPage(temp.resolve("webview"));
        page.open(new WithHead(Handbooks.open(dir), extra));
        page.fx(() -> {
            ((WebView) page.view().node()).getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
                if (now == Worker.State.SUCCEEDED) {
                    loads.incrementAndGet();
                }
            });
            page.view().open("one", "", 0);
            return null;
        });
        RecordingListener recorder = page.listener;
        String message = recorder.blocked.poll(20, TimeUnit.SECONDS);
        assertNotNull(message, "the page's navigation was never reported");
        assertTrue(message.startsWith("This chapter tried to open another page"), message);
        // The report can come while the view loads the chapter again (when the refresh took its first
        // load down): wait, bounded, for the chapter's text; then it must be the chapter, loaded at
        // most twice, and the report said once.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> String.valueOf(
                page.evaluate("document.body ? document.body.textContent : ''")).contains("The first chapter."));
        Object href = page.evaluate("location.href");
        Object text = page.evaluate("document.body ? document.body.textContent : ''");
        assertTrue(String.valueOf(href).contains("/one.html"), String.valueOf(href));
        assertTrue(String.valueOf(text).contains("The first chapter."), String.valueOf(text));
        assertTrue(loads.get() <= 2, "loads: " + loads.get());
        assertTrue(page.fx(() -> page.view().blockedNavigations()) >= 1);
        assertEquals(0, recorder.blocked.size(), "reported more than once");
        assertEquals(java.util.List.of(), recorder.calls);
    }

    /** The reader's pages with something added to their head, past the sanitizer. */
    private static final class WithHead extends ForwardingHandbook {
        private final String extra;

        WithHead(Handbook real, String extra) {
            super(real);
            this.extra = extra;
        }

        @Override
        public RenderedChapter render(String chapterId) throws IOException {
            RenderedChapter r = real.render(chapterId);
            return new RenderedChapter(r.chapter(), r.html().replace("</head>", extra + "</head>"), r.problems());
        }
    }
}
