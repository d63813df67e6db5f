package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.ForwardingHandbook;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Resource;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chapter's text is shown as soon as its document is parsed, not when its images have arrived (issue 17: on the
 * real handbook's chapters with pictures that was up to 0.2 s of a jump), and the place asked for (a heading) is
 * still where the page stands once they have, unless the reader has moved. The image is held back by the handbook
 * itself until the test lets it go, so "before" and "after" are known, not timed.
 */
@Tag("ui")
class ShowingBeforeImagesTest {
    @TempDir
    Path temp;
    private final CountDownLatch imageLetGo = new CountDownLatch(1);
    private ShownPage shown;

    @BeforeAll
    static void toolkit() throws Exception {
        ShownPage.toolkit();
    }

    @AfterEach
    void close() throws Exception {
        imageLetGo.countDown();
        if (shown != null) {
            shown.close();
        }
    }

    private Object page(String script) throws Exception {
        return shown.evaluate(script);
    }

    /** A chapter opening with a picture 3,000 pixels tall (no size in the page), a heading far below it. */
    private void open(String fragment) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("book"));
        Files.createDirectories(dir.resolve("images"));
        ImageIO.write(new BufferedImage(40, 3000, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("images/tall.png").toFile());
        StringBuilder md = new StringBuilder("# Pictures\n\n![A tall picture](images/tall.png)\n\n");
        for (int i = 0; i < 40; i++) {
            md.append("A paragraph before the place, long enough to take a line or two of the column. ").append(i)
                    .append("\n\n");
        }
        md.append("## The far place\n\n");
        for (int i = 0; i < 60; i++) {
            md.append("A paragraph after the place, so that it can come to the top of the window. ").append(i)
                    .append("\n\n");
        }
        Files.writeString(dir.resolve("pictures.md"), md);
        Handbook handbook = new ForwardingHandbook(Handbooks.open(dir)) {
            @Override
            public Optional<Resource> resource(String path) throws IOException {
                if (path.endsWith("tall.png")) {
                    try {
                        if (!imageLetGo.await(30, TimeUnit.SECONDS)) {
                            throw new IOException("the test never let the image go");
                        }
                    } catch (InterruptedException e) {
                        throw new InterruptedIOException();
                    }
                }
                return real.resource(path);
            }
        };
        shown = new ShownPage(temp.resolve("webview"));
        shown.open(handbook);
        shown.show("pictures", fragment); // while its picture is held back
        assertEquals("loading", page("document.readyState === 'complete' ? 'complete' : 'loading'"),
                "the page had not finished loading when it was shown");
    }

    private double headingTop() throws Exception {
        return ((Number) page("document.getElementById('the-far-place').getBoundingClientRect().top")).doubleValue();
    }

    private boolean loaded() throws Exception {
        return Boolean.TRUE.equals(page("document.readyState === 'complete'"))
                && ((Number) page("document.querySelector('img').naturalHeight")).intValue() == 3000;
    }

    @Test
    void textIsShownBeforeItsPictureAndThePlaceHoldsWhenThePictureArrives() throws Exception {
        open("the-far-place");
        assertTrue(Math.abs(headingTop()) < 2, "the heading at the top while the picture is away: " + headingTop());
        imageLetGo.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::loaded);
        // The picture pushed the heading 3,000 pixels down; the page went back to it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(headingTop()) < 2);
        assertTrue(((Number) page("window.pageYOffset")).doubleValue() > 3000, "scrolled past the picture");
    }

    @Test
    void aReaderWhoScrolledBeforeThePictureArrivedIsLeftWhereTheyAre() throws Exception {
        open("the-far-place");
        page("window.scrollBy(0, -120); 0");
        double y = ((Number) page("window.pageYOffset")).doubleValue();
        imageLetGo.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::loaded);
        // A round trip through the page after its load event: whatever it did at the load has been done.
        page("0");
        assertEquals(y, ((Number) page("window.pageYOffset")).doubleValue(), "the reader's own scrolling kept");
    }
}
