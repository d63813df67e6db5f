package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Changing the font or a spacing in Reading settings keeps the line at the top of the view in place, as the text size
 * does (fresh tester 17a's F5: choosing Atkinson Hyperlegible put the middle of another paragraph at the top). The
 * bundled font arrives after the change is applied, and the text wraps anew then.
 */
@Tag("ui")
class ReadingSettingsKeepPlaceTest {
    @org.junit.jupiter.api.io.TempDir
    Path temp;
    private ShownPage shown;

    @BeforeAll
    static void toolkit() throws Exception {
        ShownPage.toolkit();
    }

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"font=legible", "font=sans", "line=2", "font=legible,line=1.5,para=2,letter=0.12,word=0.16"})
    void theLineAtTheTopStaysThereWhenTheReadingSettingsChange(String reading) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("book"));
        StringBuilder text = new StringBuilder("# Long\n\n");
        for (int i = 1; i <= 120; i++) {
            text.append("Paragraph ").append(i).append(" of the chapter says something about learning with peers, ")
                    .append("long enough to wrap over two or three lines in a window eight hundred pixels wide.\n\n");
        }
        Files.writeString(dir.resolve("long.md"), text);
        shown = new ShownPage(temp.resolve("webview"));
        shown.open(Handbooks.open(dir));
        shown.show("long");
        shown.listener.scrolled.clear();
        shown.evaluate("window.scrollTo(0, Math.round(document.documentElement.scrollHeight * 0.4))");
        // The page takes a scroll as the reader's place a moment after it (its scroll event comes with the next frame,
        // its place 100 ms later), then tells the host: only then is there a place to keep. A person does not change
        // the reading settings within a frame of scrolling; on a loaded machine this test did.
        assertTrue(shown.listener.scrolled.poll(30, TimeUnit.SECONDS) != null, "the page never reported the scroll");
        int top = shown.fx(() -> shown.view().visibleOffset());
        shown.fx(() -> {
            shown.view().setReading(reading);
            return null;
        });
        // Until the page's fonts are all in (the bundled one is fetched when first used) and it has stood still.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "loaded".equals(shown.evaluate("document.fonts.status")));
        String line = (String) shown.evaluate("(function(o){var t=PeeragogyReader.text();return t.substring(o, o+60);})("
                + top + ")");
        // The text at the old top comes back to the first line: its box's top within one line of the view's top. The
        // page puts it back once its fonts are in, a frame or more later on a loaded machine: waited for, bounded.
        String at = "(function(o){var root=document.querySelector('#chapter')||document.body;"
                + "var w=document.createTreeWalker(root,NodeFilter.SHOW_TEXT),n,seen=0;while((n=w.nextNode())){"
                + "if(seen+n.data.length>o){var r=document.createRange();r.setStart(n,o-seen);r.setEnd(n,o-seen+1);"
                + "return r.getBoundingClientRect().top;}seen+=n.data.length;}return -9999;})(" + top + ")";
        double lineHeight = ((Number) shown.evaluate("parseFloat(getComputedStyle(document.querySelector('p'))"
                + ".lineHeight) || 30")).doubleValue();
        double[] seen = {-9999};
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                seen[0] = ((Number) shown.evaluate(at)).doubleValue();
                return seen[0] >= -2 && seen[0] < lineHeight + 2;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            String debug = shown.evaluate("document.fonts.status+' y='+window.pageYOffset") + " top=" + top + " now="
                    + shown.fx(() -> shown.view().visibleOffset());
            fail("\"" + line + "\" was at the top; 10 s later it is " + seen[0] + " px from it (a line is " + lineHeight
                    + " px) " + debug);
        }
    }
}
