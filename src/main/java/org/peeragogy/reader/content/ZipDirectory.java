package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Reads a zip's central directory by hand, for what {@link java.util.zip.ZipEntry} does not tell:
 * the system that made each entry and its external attributes (where Unix keeps the file type, so a
 * symbolic link can be recognised), and the number of entries before anything is inflated.
 */
final class ZipDirectory {
    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_EOCD_SIG = 0x06064b50;
    private static final int CEN_SIG = 0x02014b50;
    private static final int UNIX = 3;
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;
    /** Far more than 10,000 entries with long names need. */
    private static final long MAX_DIRECTORY_BYTES = 64L * 1024 * 1024;

    /** One central directory record: the raw name (for messages), who made it, and its attributes. */
    record Record(String name, int hostSystem, long externalAttributes) {
        boolean isUnixSymlink() {
            return hostSystem == UNIX && ((externalAttributes >>> 16) & S_IFMT) == S_IFLNK;
        }
    }

    /** {@code records} is empty when {@code count} is over the limit the caller gave. */
    record Listing(long count, List<Record> records) {
    }

    private ZipDirectory() {
    }

    /** Throws {@link ZipException} when the file is not a zip or is cut short. */
    static Listing read(Path zip, long maxEntries) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(zip)) {
            long size = ch.size();
            int tailLength = (int) Math.min(size, 22 + 65535);
            ByteBuffer tail = readAt(ch, size - tailLength, tailLength);
            int eocd = -1;
            for (int i = tailLength - 22; i >= 0; i--) {
                if (tail.getInt(i) == EOCD_SIG && i + 22 + u16(tail, i + 20) <= tailLength) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new ZipException("zip END header not found");
            }
            long count = u16(tail, eocd + 10);
            long dirSize = u32(tail, eocd + 12);
            long dirOffset = u32(tail, eocd + 16);
            long eocdAt = size - tailLength + eocd;
            if (count == 0xFFFF || dirSize == 0xFFFFFFFFL || dirOffset == 0xFFFFFFFFL) {
                if (eocd < 20 || tail.getInt(eocd - 20) != ZIP64_LOCATOR_SIG) {
                    throw new ZipException("zip64 locator not found");
                }
                long at = tail.getLong(eocd - 20 + 8);
                if (at < 0 || at + 56 > size) {
                    throw new ZipException("zip64 end record outside the file");
                }
                ByteBuffer z = readAt(ch, at, 56);
                if (z.getInt(0) != ZIP64_EOCD_SIG) {
                    throw new ZipException("zip64 end record not found");
                }
                count = z.getLong(32);
                dirSize = z.getLong(40);
                dirOffset = z.getLong(48);
                eocdAt = at;
            }
            if (count < 0 || count > maxEntries) {
                return new Listing(count < 0 ? Long.MAX_VALUE : count, List.of());
            }
            if (dirOffset < 0 || dirSize < 0 || dirSize > MAX_DIRECTORY_BYTES || dirOffset + dirSize > eocdAt) {
                throw new ZipException("central directory outside the file");
            }
            ByteBuffer dir = readAt(ch, dirOffset, (int) dirSize);
            List<Record> records = new ArrayList<>();
            int p = 0;
            for (long n = 0; n < count; n++) {
                if (p + 46 > dirSize || dir.getInt(p) != CEN_SIG) {
                    throw new ZipException("bad central directory record");
                }
                int madeBy = u16(dir, p + 4);
                int nameLength = u16(dir, p + 28);
                int extraLength = u16(dir, p + 30);
                int commentLength = u16(dir, p + 32);
                long attributes = u32(dir, p + 38);
                if (p + 46L + nameLength + extraLength + commentLength > dirSize) {
                    throw new ZipException("central directory record cut short");
                }
                byte[] name = new byte[nameLength];
                dir.get(p + 46, name);
                records.add(new Record(new String(name, StandardCharsets.UTF_8), madeBy >>> 8, attributes));
                p += 46 + nameLength + extraLength + commentLength;
            }
            return new Listing(count, List.copyOf(records));
        }
    }

    private static ByteBuffer readAt(SeekableByteChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        ch.position(position);
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                throw new ZipException("the file ends early");
            }
        }
        return buf.flip();
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }
}
