package org.peeragogy.reader.content;

import org.peeragogy.reader.book.Reason;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Where handbook files come from: a folder, a zip, or our own classpath content. */
interface Source extends Closeable {
    /** Every file, as a path relative to the handbook root with forward slashes, sorted. */
    List<String> files();

    /** Empty when the file does not exist; callers pass only paths that {@link Paths2#clean} accepted. */
    Optional<byte[]> read(String path) throws IOException;

    /**
     * At most the first {@code max} bytes of a file and its whole size, for looking at headers without
     * reading whole files; empty when {@link #read} would be. Sources that can read a part override it.
     */
    default Optional<Head> head(String path, int max) throws IOException {
        return read(path).map(b -> new Head(b.length <= max ? b : java.util.Arrays.copyOf(b, max), b.length));
    }

    /** The first bytes of a file and the size of the whole file in bytes. */
    record Head(byte[] bytes, long size) {
    }

    /**
     * Why {@link #read} gives nothing for {@code path}, completing "the file could not be read: …"; a
     * source that can tell more (a link leading out of the folder) says so.
     */
    default Reason unreadableReason(String path) {
        return Reason.of(ContentReason.NO_LONGER_IN, location());
    }

    default boolean exists(String path) {
        return files().contains(path);
    }

    /** For messages. */
    String location();

    /** A name to fall back on when nothing else names the book (folder or archive name). */
    String name();

    @Override
    default void close() throws IOException {
    }
}
