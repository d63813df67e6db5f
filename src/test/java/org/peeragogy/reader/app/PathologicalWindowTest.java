package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 9 in the window: a chapter the reader will not show is a page that says why, and the rest reads on. */
@Tag("ui")
class PathologicalWindowTest {
    @TempDir
    Path temp;
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void aTwentyMegabyteChapterAndADeepOneShowWhyAndTheOrdinaryChapterStillOpens() throws Exception {
        Path book = Files.createDirectories(temp.resolve("book"));
        Files.writeString(book.resolve("normal.md"), "# Normal\n\nPeer learners read this one.\n");
        Files.writeString(book.resolve("quotes.md"), "# Quotes\n\n" + ">".repeat(1_000) + " deep\n");
        Files.writeString(book.resolve("big.md"), "# Big\n\n" + ("An ordinary paragraph, repeated until the chapter "
                + "is twenty megabytes long, which no chapter of the handbook comes near.\n\n").repeat(200_000));
        assertTrue(Files.size(book.resolve("big.md")) > 20_000_000);

        window = OpenWindow.open(temp.resolve("data"), Handbooks.open(book), "big", url -> { });
        window.awaitChapter("big");
        assertEquals("This chapter could not be shown: it is larger than the reader allows (24.4 MB; the limit is 1 MB). "
                + "The rest of the book is unaffected.", window.page("document.getElementById('chapter').textContent"));

        open("quotes");
        assertTrue(String.valueOf(window.page("document.getElementById('chapter').textContent"))
                .startsWith("This chapter could not be shown: it is nested more deeply than the reader allows"));

        open("normal");
        assertEquals("NormalPeer learners read this one.",
                String.valueOf(window.page("document.getElementById('chapter').textContent")).replace("\n", ""));
    }

    private void open(String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.session.viewModel().open(id, null)).get(10, TimeUnit.SECONDS);
        window.awaitChapter(id);
    }
}
