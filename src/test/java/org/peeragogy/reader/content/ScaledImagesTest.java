package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Resource;

/**
 * Pictures wider than the column are served scaled down to it, their proportions, colours and transparency kept,
 * the page given their size in the file; anything that cannot be scaled safely (cut short, lying about its size,
 * too large to decode) is served exactly as it was, or refused as it was (decision 0090). Real images, written by
 * the JDK's encoders, in a real handbook folder opened through {@link Handbooks}.
 */
class ScaledImagesTest {
    private static final int COLUMN = 768;
    /** The 20-megapixel picture, encoded once for all the tests. */
    private static final java.util.Map<String, byte[]> LARGE = new java.util.concurrent.ConcurrentHashMap<>();

    @TempDir
    Path dir;
    private Handbook handbook;

    /** A picture: left half opaque red, right half transparent (PNG) or blue (JPEG), a black frame line on top. */
    static byte[] picture(String format, int width, int height) throws IOException {
        boolean alpha = format.equals("png");
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = y < height / 50 ? 0xff000000 : x < width / 2 ? 0xffdd2211 : alpha ? 0x00000000 : 0xff1144cc;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), format);
        return out.toByteArray();
    }

    @BeforeEach
    void handbook() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Files.write(images.resolve("wide.png"), picture("png", 3000, 1500));
        Files.write(images.resolve("photo.jpg"), picture("jpeg", 2400, 1200));
        Files.write(images.resolve("small.png"), picture("png", 300, 200));
        byte[] png = picture("png", 2000, 1000);
        Files.write(images.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        byte[] jpeg = picture("jpeg", 2000, 1000);
        Files.write(images.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
        Files.write(images.resolve("wide.gif"), picture("gif", 1600, 400));
        Files.write(images.resolve("bomb.png"), ImageHeaderTest.hugePng(20_000));
        Files.write(images.resolve("large.png"), LARGE.computeIfAbsent("png", f -> {
            try {
                return picture(f, 5000, 4000);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        // The IHDR says 4000 × 1500; the data holds 3000 × 1500 (its CRC no longer matches either).
        byte[] lying = Files.readAllBytes(images.resolve("wide.png"));
        lying[16 + 2] = (byte) 0x0f;
        lying[16 + 3] = (byte) 0xa0;
        Files.write(images.resolve("lying.png"), lying);
        Files.writeString(dir.resolve("pictures.md"), """
                # Pictures

                ![Wide](images/wide.png)

                ![Photo](images/photo.jpg)

                <img src="images/small.png" alt="Sized by its author" width="150">

                ![Cut short](images/cut.png)

                Text after the pictures.
                """);
        handbook = Handbooks.open(dir);
    }

    private static BufferedImage decoded(Resource r) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.bytes()));
        assertNotNull(image, "decodes");
        return image;
    }

    @Test
    void aWidePngIsServedAtTheColumnsWidthWithItsProportionsColoursAndTransparency() throws Exception {
        Resource served = handbook.image("images/wide.png", COLUMN).orElseThrow();
        assertEquals("image/png", served.mediaType());
        BufferedImage image = decoded(served);
        assertEquals(COLUMN, image.getWidth());
        assertEquals(COLUMN / 2, image.getHeight());
        assertEquals(0xffdd2211, image.getRGB(COLUMN / 4, COLUMN / 4), "the red half, red");
        assertEquals(0, image.getRGB(COLUMN * 3 / 4, COLUMN / 4) >>> 24, "the transparent half, transparent");
        assertEquals(0xff000000, image.getRGB(COLUMN / 2, 2), "the frame line, black");
        int edge = image.getRGB(COLUMN / 2 - 1, COLUMN / 4);
        assertEquals(0xdd2211, edge & 0xffffff, "no dark fringe where red meets transparency");
        assertTrue(served.bytes().length < Files.size(dir.resolve("images/wide.png")), "fewer bytes too");
        // What other uses read (a copy for the system browser) is the file as it is.
        assertArrayEquals(Files.readAllBytes(dir.resolve("images/wide.png")),
                handbook.resource("images/wide.png").orElseThrow().bytes());
    }

    @Test
    void aWideJpegStaysAJpeg() throws Exception {
        Resource served = handbook.image("images/photo.jpg", COLUMN).orElseThrow();
        assertEquals("image/jpeg", served.mediaType());
        BufferedImage image = decoded(served);
        assertEquals(COLUMN, image.getWidth());
        assertEquals(COLUMN / 2, image.getHeight());
        int blue = image.getRGB(COLUMN * 3 / 4, COLUMN / 4);
        assertTrue(Math.abs((blue & 0xff) - 0xcc) < 12 && Math.abs((blue >> 16 & 0xff) - 0x11) < 12, Integer.toHexString(blue));
    }

    @Test
    void aPictureSeenAgainIsNotScaledAgain() throws Exception {
        byte[] first = handbook.image("images/wide.png", COLUMN).orElseThrow().bytes();
        assertTrue(first == handbook.image("images/wide.png", COLUMN).orElseThrow().bytes(), "kept, not scaled anew");
        assertEquals(1024, decoded(handbook.image("images/wide.png", 1024).orElseThrow()).getWidth(),
                "another column's width is another picture");
    }

    @Test
    void narrowPicturesAndGifsAreServedAsTheyAre() throws Exception {
        assertArrayEquals(Files.readAllBytes(dir.resolve("images/small.png")),
                handbook.image("images/small.png", COLUMN).orElseThrow().bytes());
        // A GIF may be animated: never re-encoded, however wide.
        assertArrayEquals(Files.readAllBytes(dir.resolve("images/wide.gif")),
                handbook.image("images/wide.gif", COLUMN).orElseThrow().bytes());
    }

    @Test
    void picturesCutShortAreServedAsTheyAreNotScaled() throws Exception {
        for (String name : new String[] {"images/cut.png", "images/cut.jpg"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(name)), handbook.image(name, COLUMN).orElseThrow().bytes(),
                    name);
        }
    }

    @Test
    void aPictureWhoseHeaderLiesAboutItsSizeIsServedAsItIs() throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve("images/lying.png"));
        assertArrayEquals(bytes, handbook.image("images/lying.png", COLUMN).orElseThrow().bytes());
    }

    @Test
    void aDecompressionBombIsStillRefusedAndALargePictureWithinTheLimitsIsScaled() throws Exception {
        assertEquals(Optional.empty(), handbook.image("images/bomb.png", COLUMN), "20,000 pixels square: refused");
        BufferedImage large = decoded(handbook.image("images/large.png", COLUMN).orElseThrow());
        assertEquals(COLUMN, large.getWidth());
        assertEquals(COLUMN * 4 / 5, large.getHeight(), 1);
        assertEquals(0xffdd2211, large.getRGB(COLUMN / 4, COLUMN / 4));
    }

    @Test
    void thePageHasEachPicturesSizeInItsFileUnlessItsAuthorGaveOne() throws Exception {
        Element page = Jsoup.parse(handbook.render("pictures").html()).body();
        Element wide = page.selectFirst("img[src$=wide.png]");
        assertEquals("3000", wide.attr("width"));
        assertEquals("1500", wide.attr("height"));
        assertEquals("2400", page.selectFirst("img[src$=photo.jpg]").attr("width"));
        Element small = page.selectFirst("img[src$=small.png]");
        assertEquals("150", small.attr("width"), "the author's own width");
        assertFalse(small.hasAttr("height"), "and no height added to it");
        assertTrue(page.text().contains("Text after the pictures."));
    }
}
