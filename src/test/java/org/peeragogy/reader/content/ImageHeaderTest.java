package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.book.RenderedChapter;

/** Image sizes read from headers alone, and images whose size is absurd refused before anything decodes them. */
class ImageHeaderTest {
    @TempDir
    Path dir;

    /** A real image written by the JDK's encoder. */
    static byte[] encoded(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertTrue(ImageIO.write(image, format, out), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A complete, valid PNG of {@code side}×{@code side} one-bit grey pixels, all black: 20000×20000 is
     * 50 MB of pixel rows that deflate to about 50 KB, as in issue 9.
     */
    static byte[] hugePng(int side) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + (side + 7) / 8]; // filter byte "none", then the row's bits
            for (int y = 0; y < side; y++) {
                z.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void pngGifAndJpegSizesComeFromTheirHeaders() {
        assertEquals(Optional.of(new ImageHeader.Info("image/png", 31, 17)), ImageHeader.read(encoded("png", 31, 17)));
        assertEquals(Optional.of(new ImageHeader.Info("image/gif", 31, 17)), ImageHeader.read(encoded("gif", 31, 17)));
        assertEquals(Optional.of(new ImageHeader.Info("image/jpeg", 31, 17)), ImageHeader.read(encoded("jpeg", 31, 17)));
    }

    @Test
    void aJpegFrameHeaderAfterLargeMetadataIsStillFound() {
        byte[] jpeg = encoded("jpeg", 640, 480);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // start of image
        for (int i = 0; i < 3; i++) { // three APP1 segments of 10,000 bytes, as cameras write EXIF and XMP
            out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xe1, (byte) (10_002 >> 8), (byte) (10_002 & 0xff)});
            out.writeBytes(new byte[10_000]);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        assertEquals(Optional.of(new ImageHeader.Info("image/jpeg", 640, 480)), ImageHeader.read(out.toByteArray()));
    }

    @Test
    void webpSizesComeFromEachOfItsThreeKindsOfChunk() {
        byte[] lossy = webp("VP8 ", new byte[] {0, 0, 0, (byte) 0x9d, 0x01, 0x2a, (byte) 0x80, 0x02, (byte) 0xe0, 0x01});
        assertEquals(Optional.of(new ImageHeader.Info("image/webp", 640, 480)), ImageHeader.read(lossy));
        long bits = 639 | 479L << 14;
        byte[] lossless = webp("VP8L", new byte[] {0x2f, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16),
            (byte) (bits >> 24), 0, 0, 0, 0, 0});
        assertEquals(Optional.of(new ImageHeader.Info("image/webp", 640, 480)), ImageHeader.read(lossless));
        byte[] extended = webp("VP8X", new byte[] {0, 0, 0, 0, 0x1f, 0x4e, 0, 0x1f, 0x4e, 0}); // 19,999 + 1
        assertEquals(Optional.of(new ImageHeader.Info("image/webp", 20_000, 20_000)), ImageHeader.read(extended));
    }

    private static byte[] webp(String chunk, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {30, 0, 0, 0});
        out.writeBytes(("WEBP" + chunk).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) payload.length, 0, 0, 0});
        out.writeBytes(payload);
        return out.toByteArray();
    }

    @Test
    void svgTruncatedAndUnknownBytesHaveNoSize() {
        assertEquals(Optional.empty(), ImageHeader.read("<svg width=\"99999\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ImageHeader.read(java.util.Arrays.copyOf(encoded("png", 2, 2), 20)));
        assertEquals(Optional.empty(), ImageHeader.read(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00}));
        assertEquals(Optional.empty(), ImageHeader.read(new byte[0]));
    }

    @Test
    void aSmallFileDeclaringTwentyThousandPixelsSquareIsRefusedAndShownAsALabelledPlaceholder() throws Exception {
        byte[] huge = hugePng(20_000);
        assertTrue(huge.length < 100_000, "the file is small: " + huge.length);
        assertEquals(Optional.of(new ImageHeader.Info("image/png", 20_000, 20_000)), ImageHeader.read(huge));
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/huge.png"), huge);
        Files.write(dir.resolve("images/small.png"), encoded("png", 40, 30));
        Files.writeString(dir.resolve("pictures.md"), "# Pictures\n\n![A poster](images/huge.png)\n\n"
                + "![A photo](images/small.png)\n");
        try (Handbook h = Handbooks.open(dir)) {
            RenderedChapter page = h.render("pictures");
            assertEquals(List.of(new Problem("pictures", Problem.Kind.IMAGE_REFUSED, "images/huge.png: it is 20,000 × "
                    + "20,000 pixels (400 megapixels); the limit is 25 megapixels")), page.problems());
            Element article = Jsoup.parse(page.html()).getElementById("chapter");
            Element placeholder = article.selectFirst("span.refused-image");
            assertEquals("[image not shown: A poster]", placeholder.text());
            assertEquals("Not shown: it is 20,000 × 20,000 pixels (400 megapixels); the limit is 25 megapixels",
                    placeholder.attr("title"));
            assertEquals(List.of("book/images/small.png"), article.select("img").eachAttr("src"));
            assertEquals(Optional.empty(), h.resource("images/huge.png"), "never served");
            assertTrue(h.resource("images/small.png").isPresent());
            CheckReport report = Handbooks.check(h);
            assertTrue(report.summaryLine().endsWith(", 1 images refused"), report.summaryLine());
            assertTrue(report.failed());
        }
    }

    @Test
    void anImageFileOverTheSizeLimitIsRefusedWhateverItsHeaderSays() {
        byte[] big = new byte[16_000_001];
        assertEquals(Optional.of("the file is 16.0 MB; the limit is 16 MB"),
                ImageCheck.refusal(big, RenderLimits.STANDARD));
        assertEquals(Optional.empty(), ImageCheck.refusal(encoded("png", 5_000, 5_000), RenderLimits.STANDARD));
    }
}
