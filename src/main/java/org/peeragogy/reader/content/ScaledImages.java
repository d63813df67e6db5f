package org.peeragogy.reader.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.peeragogy.reader.book.Resource;

/**
 * A handbook's images as the page is served them (decision 0090): a PNG or JPEG wider than the width the page can
 * show is served scaled down to it ({@link ImageScaler}), so that WebKit, which decodes every picture it is given
 * whole into the Java heap and keeps the last pages' pictures, holds a column's width of pixels instead of the
 * file's. What was scaled is kept, least recently used first out past {@link #BUDGET} bytes, so that a page seen
 * again is not scaled again; a picture that cannot be scaled is served as it is, and so are GIFs (which may be
 * animated) and WebP. One picture is scaled at a time (WebKit asks on several loader threads; two large decodes
 * at once would hold twice the memory). Thread-safe.
 */
final class ScaledImages {
    /** Bytes of scaled pictures kept: the real handbook's 15 wide pictures at a column's width take about 1.5 MB. */
    static final long BUDGET = 6L * 1024 * 1024;

    private record Key(String path, int width, int length, long crc) {
    }

    /** Kept for a picture that could not be scaled: it is not tried again. */
    private static final byte[] NOT_SCALED = new byte[0];

    private final Object scaling = new Object();
    private final Map<Key, byte[]> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long keptBytes;

    /** {@code original} (the file at {@code path}, checked and typed) as served for a column {@code width} pixels wide. */
    Resource serve(String path, Resource original, int width) {
        String type = original.mediaType();
        if (!type.equals("image/png") && !type.equals("image/jpeg") || width < 1) {
            return original;
        }
        byte[] bytes = original.bytes();
        Optional<ImageHeader.Info> head = ImageHeader.read(bytes);
        if (head.isEmpty() || head.get().width() <= width * ImageScaler.WORTH) {
            return original;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Key key = new Key(path, width, bytes.length, crc.getValue());
        byte[] done = get(key);
        if (done == null) {
            synchronized (scaling) {
                done = get(key);
                if (done == null) {
                    done = ImageScaler.scaled(bytes, type, width).orElse(NOT_SCALED);
                    put(key, done);
                }
            }
        }
        return done == NOT_SCALED ? original : new Resource(done, type);
    }

    private synchronized byte[] get(Key key) {
        return kept.get(key);
    }

    /** Keeps {@code bytes}, dropping the least recently used past the budget. */
    private synchronized void put(Key key, byte[] bytes) {
        if (bytes.length > BUDGET) {
            return;
        }
        kept.put(key, bytes);
        keptBytes += bytes.length;
        var eldest = kept.entrySet().iterator();
        while (keptBytes > BUDGET && eldest.hasNext()) {
            keptBytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }
}
