package org.peeragogy.reader.content;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A PNG or JPEG made narrower (decision 0090): decoded with the JDK's ImageIO, averaged over the area each new
 * pixel covers (alpha kept, colours weighted by it, so transparent edges do not darken), encoded again as the same
 * type (JPEG at quality {@value #JPEG_QUALITY}). Nothing here opens a display: no {@code Graphics2D}, whose first
 * use would start AWT's X11 toolkit in the reader's process; streams are kept in memory, never in ImageIO's
 * temporary files.
 *
 * <p>The bytes are a stranger's. Anything that is not a complete, well-formed PNG or JPEG whose decoder agrees with
 * {@link ImageHeader} on its size, that the decoder warns about (a truncated JPEG is decoded grey to its end, with a
 * warning), or whose decoding would hold more than {@link #MAX_DECODED_PIXELS} gives empty, and the caller serves
 * what it would have served without scaling. Files over {@link RenderLimits}' size or pixels never reach here
 * ({@link ImageCheck}). A picture over twice the width asked for is decoded with every n-th pixel of every n-th row
 * (ImageIO's subsampling), still at least twice that width, so a large picture costs no more to decode than a
 * small one. Thread-safe (no state); one call may take a few hundred milliseconds of one core.
 */
final class ImageScaler {
    /** JPEG quality of a scaled picture: above what shows a difference at the size it is shown. */
    static final float JPEG_QUALITY = 0.9f;
    /** Only a picture wider than the width asked for by more than this is scaled: less would save little. */
    static final double WORTH = 1.25;
    /** Pixels decoded at most, after subsampling: 8 million, 32 MB as ARGB. More serves the original. */
    static final long MAX_DECODED_PIXELS = 8_000_000;

    private ImageScaler() {
    }

    /**
     * {@code bytes} (of {@code mediaType}, "image/png" or "image/jpeg") {@code width} pixels wide, its height in
     * the same proportion; empty when it is not over {@link #WORTH} times wider than that, is of another type, or
     * cannot be scaled safely.
     */
    static Optional<byte[]> scaled(byte[] bytes, String mediaType, int width) {
        String format = "image/png".equals(mediaType) ? "png" : "image/jpeg".equals(mediaType) ? "jpeg" : null;
        Optional<ImageHeader.Info> head = ImageHeader.read(bytes);
        if (format == null || width < 1 || head.isEmpty() || !head.get().mediaType().equals(mediaType)
                || head.get().width() <= width * WORTH) {
            return Optional.empty();
        }
        try {
            Optional<BufferedImage> decoded = decode(bytes, format, head.get(), width);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            int height = (int) Math.max(1, Math.round((double) head.get().height() * width / head.get().width()));
            return Optional.of(encode(area(decoded.get(), width, height), format));
        } catch (IOException | RuntimeException e) {
            // A decoder's or encoder's refusal of these bytes: the caller serves them as they are.
            return Optional.empty();
        }
    }

    private static Optional<BufferedImage> decode(byte[] bytes, String format, ImageHeader.Info head, int width)
            throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) != head.width() || reader.getHeight(0) != head.height()) {
                    return Optional.empty(); // the size checked against the limits is not the one decoded
                }
                int step = (int) Math.max(1, head.width() / (2L * width));
                long decoded = ((head.width() + step - 1) / step) * ((head.height() + step - 1) / step);
                if (decoded > MAX_DECODED_PIXELS) {
                    return Optional.empty();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                boolean[] warned = {false};
                reader.addIIOReadWarningListener((r, warning) -> warned[0] = true);
                BufferedImage image = reader.read(0, param);
                return warned[0] || image == null ? Optional.empty() : Optional.of(image);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * {@code source} at {@code width} × {@code height}, each new pixel the average of the source's area under it
     * (a box filter with fractional edges, one row of the result at a time), alpha-weighted.
     */
    static BufferedImage area(BufferedImage source, int width, int height) {
        int sw = source.getWidth();
        int sh = source.getHeight();
        double sx = (double) sw / width;
        double sy = (double) sh / height;
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        int[] row = new int[sw];
        int[] samples = new int[sw * 4];
        double[] line = new double[width * 4];
        double[] sum = new double[width * 4];
        int[] result = new int[width];
        int lineY = -1;
        for (int oy = 0; oy < height; oy++) {
            double top = oy * sy;
            double bottom = Math.min(sh, (oy + 1) * sy);
            java.util.Arrays.fill(sum, 0);
            for (int y = (int) top; y < bottom; y++) {
                double weight = Math.min(y + 1, bottom) - Math.max(y, top);
                if (y != lineY) {
                    argb(source, y, row, samples);
                    across(row, sx, line);
                    lineY = y;
                }
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += weight * line[k];
                }
            }
            double area = (bottom - top) * sx;
            for (int x = 0; x < width; x++) {
                double a = sum[4 * x] / area;
                int argb = 0;
                if (a > 0) {
                    argb = (int) Math.round(Math.min(255, a)) << 24 | channel(sum[4 * x + 1], a, area) << 16
                            | channel(sum[4 * x + 2], a, area) << 8 | channel(sum[4 * x + 3], a, area);
                }
                result[x] = argb;
            }
            out.setRGB(0, oy, width, 1, result, 0, width);
        }
        return out;
    }

    /**
     * Row {@code y} of {@code image} as ARGB into {@code row}. The decoders' usual output (8-bit RGB or RGBA in
     * sRGB) is read as samples, about ten times faster than {@link BufferedImage#getRGB}, which converts each pixel
     * through its colour model; anything else (grey, a palette, 16 bits, another colour space) goes through it.
     */
    private static void argb(BufferedImage image, int y, int[] row, int[] samples) {
        int w = image.getWidth();
        int bands = image.getRaster().getNumBands();
        if (image.getColorModel() instanceof ComponentColorModel cm && cm.getColorSpace().isCS_sRGB()
                && !cm.isAlphaPremultiplied() && (bands == 3 && !cm.hasAlpha() || bands == 4 && cm.hasAlpha())
                && image.getRaster().getTransferType() == DataBuffer.TYPE_BYTE) {
            image.getRaster().getPixels(0, y, w, 1, samples);
            for (int x = 0, i = 0; x < w; x++, i += bands) {
                int a = bands == 4 ? samples[i + 3] : 0xff;
                row[x] = a << 24 | samples[i] << 16 | samples[i + 1] << 8 | samples[i + 2];
            }
        } else {
            image.getRGB(0, y, w, 1, row, 0, w);
        }
    }

    /** One source row averaged across into {@code line}: per new pixel alpha, and red, green, blue times alpha. */
    private static void across(int[] row, double sx, double[] line) {
        int width = line.length / 4;
        for (int x = 0; x < width; x++) {
            double left = x * sx;
            double right = Math.min(row.length, (x + 1) * sx);
            double a = 0;
            double r = 0;
            double g = 0;
            double b = 0;
            for (int i = (int) left; i < right; i++) {
                double weight = Math.min(i + 1, right) - Math.max(i, left);
                int p = row[i];
                double pa = (p >>> 24) * weight;
                a += pa;
                r += (p >> 16 & 0xff) * pa;
                g += (p >> 8 & 0xff) * pa;
                b += (p & 0xff) * pa;
            }
            line[4 * x] = a;
            line[4 * x + 1] = r;
            line[4 * x + 2] = g;
            line[4 * x + 3] = b;
        }
    }

    private static int channel(double weighted, double alpha, double area) {
        return (int) Math.round(Math.max(0, Math.min(255, weighted / area / alpha)));
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("no " + format + " writer in this runtime");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
