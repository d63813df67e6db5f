package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.ForwardingHandbook;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a real WebView (decision 0090): a picture 3,000 pixels wide reaches the page no wider than the column can show
 * it, and is shown exactly where and as large as the file itself would be, also after the text is made larger
 * without the page being loaded again; a picture cut short, and one too large to decode, still give a page that
 * shows its text. The same page served by a handbook that scales nothing is the measure of "as large".
 */
@Tag("ui")
class ScaledPicturesPageTest {
    private static final String WIDE = "document.querySelector('img[src$=\"wide.png\"]')";

    @TempDir
    Path temp;
    private Path dir;
    private ShownPage scaled;
    private ShownPage whole;

    @BeforeAll
    static void toolkit() throws Exception {
        ShownPage.toolkit();
    }

    @BeforeEach
    void handbook() throws Exception {
        dir = Files.createDirectories(temp.resolve("book"));
        Path images = Files.createDirectories(dir.resolve("images"));
        BufferedImage picture = new BufferedImage(3000, 1500, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[3000];
        for (int y = 0; y < 1500; y++) {
            Arrays.fill(row, y * 255 / 1500 << 16 | 0x4080);
            picture.setRGB(0, y, 3000, 1, row, 0, 3000);
        }
        ImageIO.write(picture, "png", images.resolve("wide.png").toFile());
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        Files.write(images.resolve("cut.jpg"), Arrays.copyOf(jpeg.toByteArray(), jpeg.size() / 2));
        // A PNG's signature and header declaring 20,000 pixels square (1.6 GB decoded), and nothing more.
        java.nio.ByteBuffer bomb = java.nio.ByteBuffer.allocate(33).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .putInt(13).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(20_000).putInt(20_000)
                .put(new byte[] {8, 2, 0, 0, 0});
        Files.write(images.resolve("bomb.png"), bomb.array());
        Files.writeString(dir.resolve("pictures.md"), "# Pictures\n\nA line before the picture.\n\n"
                + "![A wide picture](images/wide.png)\n\nA line after the picture.\n");
        Files.writeString(dir.resolve("hostile.md"), "# Hostile pictures\n\n![Cut short](images/cut.jpg)\n\n"
                + "![Too large](images/bomb.png)\n\nThe text after the pictures is shown.\n");
    }

    @AfterEach
    void close() throws Exception {
        for (ShownPage p : new ShownPage[] {scaled, whole}) {
            if (p != null) {
                p.close();
            }
        }
    }

    /** Width and height of the picture in the page, and the column's width (CSS pixels). */
    private static List<Double> sizes(ShownPage page) throws Exception {
        String box = WIDE + ".getBoundingClientRect()";
        return List.of(number(page, box + ".width"), number(page, box + ".height"),
                number(page, "document.getElementById('chapter').clientWidth"));
    }

    private static double number(ShownPage page, String script) throws Exception {
        return ((Number) page.evaluate(script)).doubleValue();
    }

    /** Shows the chapter in a window 1,600 pixels wide and waits until its picture is decoded. */
    private ShownPage shown(org.peeragogy.reader.book.Handbook handbook) throws Exception {
        ShownPage page = new ShownPage(temp.resolve("webview-" + System.nanoTime()));
        page.open(handbook, null, 1600);
        page.show("pictures");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(
                page.evaluate(WIDE + ".complete && " + WIDE + ".naturalWidth > 0")));
        return page;
    }

    @Test
    void aWidePictureComesNoWiderThanTheColumnAllowsAndIsShownAsLargeAsTheFileWouldBe() throws Exception {
        scaled = shown(Handbooks.open(dir));
        // The same folder through a handbook that scales nothing (Handbook.image's default: the file as it is).
        whole = shown(new ForwardingHandbook(Handbooks.open(dir)) { });
        int natural = ((Number) scaled.evaluate(WIDE + ".naturalWidth")).intValue();
        int allowed = scaled.fx(() -> ImageWidth.of((javafx.scene.web.WebView) scaled.view().node()));
        double ratio = number(scaled, "window.devicePixelRatio");
        assertEquals(3000, ((Number) whole.evaluate(WIDE + ".naturalWidth")).intValue(), "the file's own width");
        assertTrue(natural <= allowed && natural < 3000, "served " + natural + " px wide, the column allows " + allowed);
        List<Double> shownScaled = sizes(scaled);
        assertTrue(natural >= shownScaled.get(0) * ratio, "not shown larger than it came: " + natural + " for "
                + shownScaled);
        assertEquals(sizes(whole), shownScaled, "shown as the whole file is");
        assertEquals(shownScaled.get(2), shownScaled.get(0), 0.5, "the picture fills the column");
        assertEquals(shownScaled.get(0) / 2, shownScaled.get(1), 1, "its proportions kept");
        // Twice the text: the column grows and the picture with it, though the page keeps what it was served.
        for (ShownPage p : List.of(scaled, whole)) {
            p.fx(() -> {
                p.view().setFontScale(2);
                return null;
            });
        }
        List<Double> larger = sizes(scaled);
        assertTrue(larger.get(0) > shownScaled.get(0) * 1.3, "the column grew: " + shownScaled + " → " + larger);
        assertEquals(sizes(whole), larger, "still shown as the whole file is");
        assertTrue(number(scaled, "document.body.innerText.indexOf('A line after the picture.')") >= 0);
    }

    @Test
    void picturesCutShortOrTooLargeStillGiveAPageThatShowsItsText() throws Exception {
        scaled = new ShownPage(temp.resolve("webview-hostile"));
        scaled.open(Handbooks.open(dir), null, 1600);
        scaled.show("hostile");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "complete".equals(scaled.evaluate("document.readyState")));
        String text = String.valueOf(scaled.evaluate("document.body.innerText"));
        assertTrue(text.contains("The text after the pictures is shown."), text);
        assertTrue(text.contains("[image not shown: Too large]"), "the refused picture's placeholder: " + text);
    }
}
