package org.peeragogy.reader.content;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An image's true type and pixel size, read from the first bytes of its file without decoding it:
 * PNG (the IHDR chunk), GIF (the logical screen), JPEG (the first start-of-frame segment) and WebP
 * (the VP8, VP8L or VP8X chunk). The file's name plays no part. Decoding a 20000×20000 image needs
 * about 1.6 GB whatever its file size, so {@link OpenHandbook} refuses images whose size is absurd
 * ({@link RenderLimits#maxImagePixels()}) before anything decodes them.
 *
 * <p>Thread-safe (no state). Never throws: bytes that are not a complete header of a known raster
 * type give an empty result, and so does SVG, which is drawn at the size the page gives it rather than
 * decoded at a size the file chooses. A JPEG whose frame header lies beyond the bytes given (more than
 * {@link #PREFIX_BYTES} of metadata before it) is also unknown; serving code has the whole file and can
 * pass all of it.
 */
public final class ImageHeader {
    /** Bytes enough for the header of every PNG, GIF and WebP, and of a JPEG with up to 60 KiB of metadata. */
    public static final int PREFIX_BYTES = 64 * 1024;

    /** What a header says: the type as a media type ("image/png") and the size in pixels. */
    public record Info(String mediaType, long width, long height) {
        /** Width times height: the number of pixels a decoder allocates for. */
        public long pixels() {
            return width * height;
        }
    }

    private ImageHeader() {
    }

    /** Reads {@code bytes[0 .. length)}; empty when they do not start with a complete raster image header. */
    public static Optional<Info> read(byte[] bytes, int length) {
        int n = Math.min(length, bytes.length);
        if (n >= 24 && startsWith(bytes, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                && ascii(bytes, 12, 4).equals("IHDR")) {
            return Optional.of(new Info("image/png", u32be(bytes, 16), u32be(bytes, 20)));
        }
        if (n >= 10 && (ascii(bytes, 0, 6).equals("GIF87a") || ascii(bytes, 0, 6).equals("GIF89a"))) {
            return Optional.of(new Info("image/gif", u16le(bytes, 6), u16le(bytes, 8)));
        }
        if (n >= 4 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return jpeg(bytes, n);
        }
        if (n >= 30 && ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            return webp(bytes, n);
        }
        return Optional.empty();
    }

    /** As {@link #read(byte[], int)} over the whole array. */
    public static Optional<Info> read(byte[] bytes) {
        return read(bytes, bytes.length);
    }

    /** JPEG segments from after SOI: markers, lengths, until a start-of-frame (SOF0–SOF15 but DHT, JPG, DAC). */
    private static Optional<Info> jpeg(byte[] b, int n) {
        int i = 2;
        while (i + 4 <= n) {
            if ((b[i] & 0xff) != 0xff) {
                return Optional.empty();
            }
            int marker = b[i + 1] & 0xff;
            if (marker == 0xff) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xd8 || marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                i += 2; // markers without a length
                continue;
            }
            if (marker == 0xd9 || marker == 0xda) {
                return Optional.empty(); // end of image or start of scan before any frame header
            }
            int length = u16be(b, i + 2);
            if (length < 2) {
                return Optional.empty();
            }
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                if (i + 9 > n) {
                    return Optional.empty();
                }
                return Optional.of(new Info("image/jpeg", u16be(b, i + 7), u16be(b, i + 5)));
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<Info> webp(byte[] b, int n) {
        String chunk = ascii(b, 12, 4);
        switch (chunk) {
            case "VP8 " -> {
                // Frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height.
                if ((b[23] & 0xff) != 0x9d || (b[24] & 0xff) != 0x01 || (b[25] & 0xff) != 0x2a) {
                    return Optional.empty();
                }
                return Optional.of(new Info("image/webp", u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff));
            }
            case "VP8L" -> {
                if ((b[20] & 0xff) != 0x2f) {
                    return Optional.empty();
                }
                long bits = (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
                return Optional.of(new Info("image/webp", (bits & 0x3fff) + 1, (bits >> 14 & 0x3fff) + 1));
            }
            case "VP8X" -> {
                long w = (b[24] & 0xffL) | (b[25] & 0xffL) << 8 | (b[26] & 0xffL) << 16;
                long h = (b[27] & 0xffL) | (b[28] & 0xffL) << 8 | (b[29] & 0xffL) << 16;
                return Optional.of(new Info("image/webp", w + 1, h + 1));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int at, int len) {
        return new String(b, at, len, StandardCharsets.ISO_8859_1);
    }

    private static long u32be(byte[] b, int at) {
        return (b[at] & 0xffL) << 24 | (b[at + 1] & 0xffL) << 16 | (b[at + 2] & 0xffL) << 8 | (b[at + 3] & 0xffL);
    }

    private static int u16be(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    private static int u16le(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }
}
