package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.Wcag;
import org.peeragogy.reader.content.Handbooks;

/** The dark page in the real WebView (issue 12): line art on a light backdrop, the title and text readable. */
@Tag("ui")
class DarkPageTest {
    @TempDir
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

    private Object page(String script) throws Exception {
        return shown.evaluate(script);
    }

    /** A CSS colour as the page computed it ("rgb(r, g, b)"). */
    private double[] computed(String selector, String property) throws Exception {
        String c = (String) page("getComputedStyle(document.querySelector(\"" + selector + "\"))." + property);
        return Wcag.rgba(c);
    }

    @Test
    void inTheDarkThemeLineArtHasALightBackdropAndTheTitleAndTextAreReadable() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("book"));
        // Black strokes on a transparent ground: invisible on a dark page without a backdrop.
        BufferedImage icon = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 16; i++) {
            icon.setRGB(i, i, 0xff000000);
        }
        ImageIO.write(icon, "png", dir.resolve("icon.png").toFile());
        Files.writeString(dir.resolve("art.md"), "---\ntitle: Line art\n---\n\nAn icon: ![a diagonal](icon.png)\n");
        shown = new ShownPage(temp.resolve("webview"));
        shown.open(Handbooks.open(dir), "dark");
        shown.show("art");
        assertEquals("theme-dark", page("document.documentElement.className"));

        double[] page = computed("body", "backgroundColor");
        double[] backdrop = computed("#chapter img", "backgroundColor");
        assertEquals(1.0, backdrop[3], "an opaque backdrop");
        assertTrue(Wcag.contrast(backdrop, new double[] {0, 0, 0, 1}) >= Wcag.AA, "black strokes show on it");
        assertTrue(Wcag.contrast(backdrop, page) > 3, "and it stands out from the dark page");
        assertTrue(Wcag.contrast(computed(".pr-chapter-title h1", "color"), page) >= Wcag.AA, "the title");
        assertTrue(Wcag.contrast(computed("#chapter p", "color"), page) >= Wcag.AA, "the text");

        shown.fx(() -> {
            shown.view().setTheme("light");
            return null;
        });
        assertEquals(0.0, computed("#chapter img", "backgroundColor")[3], "no backdrop on a light page");
    }
}
