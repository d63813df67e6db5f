package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peeragogy.reader.store.ShareStore;

/**
 * Reading a file to import (decisions 0008, 0028): a notes file, W3C JSON-LD or a Hypothesis export, told apart
 * by their first bytes and top-level fields, each through its own reader. What {@link NoteSharing#read} does.
 * Threads: any but the FX thread (it reads the disk).
 */
final class ImportFiles {
    /**
     * The largest JSON file read, in bytes (decision 0028): the whole file is held in memory while it is parsed (about
     * three times its size: bytes, text, values), so 128 MiB keeps an import under half a gigabyte, within the
     * default heap of a computer with 2 GB of memory or more. W3C export writes no file over it
     * ({@link ShareReason#W3C_TOO_LARGE}); the notes file has no such limit (it is read row by row).
     */
    static final long MAX_JSON_BYTES = 128L * 1024 * 1024;

    private ImportFiles() {
    }

    /**
     * Reads any of the three formats, telling them apart by their first bytes and top-level fields. A file that
     * says it was written in the future (past {@link ShareStore#FUTURE_ALLOWANCE}) renames no one: its date is
     * dropped, and said (decision 0028).
     */
    static ImportFile read(Path file, Chapters chapters) throws ShareException {
        return dated(readAny(file, chapters));
    }

    /**
     * As {@link #read}, for a file that can only be a notes file (a group folder's {@code .peeranotes}, issue 16):
     * anything else is refused as not a notes file, never read as JSON.
     */
    static ImportFile readNotesFile(Path file) throws ShareException {
        return dated(NotesFile.read(file));
    }

    /** {@code f}, without the date it says it was written when that is in the future (then said). */
    private static ImportFile dated(ImportFile f) {
        Instant limit = Instant.now().plus(ShareStore.FUTURE_ALLOWANCE);
        if (f.writtenAt().filter(w -> w.isAfter(limit)).isEmpty()) {
            return f;
        }
        List<Reason> notKept = new ArrayList<>(f.notKept());
        notKept.add(Reason.of(ImportReason.FUTURE_DATE, String.valueOf(f.writtenAt().get())));
        return new ImportFile(f.format(), f.bookIdentity(), f.notes(), f.people(), f.meta(), f.skipped(), notKept,
                Optional.empty(), f.conversation());
    }

    private static ImportFile readAny(Path file, Chapters chapters) throws ShareException {
        byte[] head;
        long size;
        try {
            if (!Files.exists(file)) {
                throw new ShareException(Reason.of(ShareReason.NO_FILE_AT, file));
            }
            if (!Files.isRegularFile(file)) {
                // Never read: a pipe would wait for ever, a device never end (fresh tester t31's F15).
                throw new ShareException(Reason.of(ImportReason.FILE_NOT_REGULAR, file));
            }
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(16);
            }
        } catch (IOException e) {
            throw new ShareException(Reason.of(ShareReason.CANNOT_READ, file, AtomicFiles.reason(e)), e);
        }
        BlankFiles.refuseBlank(file, size);
        if (NotesFile.looksLikeSqlite(head)) {
            return NotesFile.read(file);
        }
        if (size > MAX_JSON_BYTES) {
            throw new ShareException(Reason.of(ShareReason.JSON_TOO_LARGE, MAX_JSON_BYTES >> 20));
        }
        String text;
        try {
            text = utf8(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ShareException(Reason.of(ShareReason.CANNOT_READ, file, AtomicFiles.reason(e)), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("# ") || text.startsWith("---\n")) {
            throw new ShareException(Reason.of(ShareReason.IS_MARKDOWN));
        }
        Object root;
        try {
            root = JsonReader.parse(text);
        } catch (JsonReader.JsonException e) {
            throw new ShareException(Reason.of(ShareReason.NOT_IMPORTED, e.reason()));
        }
        text = null; // not kept while the notes are made from root: as many bytes as the file (docs/performance.md)
        try {
            // A top-level array: W3C annotations, or Hypothesis API rows.
            if (root instanceof List<?> list && !list.isEmpty()) {
                return W3cRead.looksLikeW3c(list) ? W3cRead.read(list, chapters) : HypothesisJson.read(list, chapters);
            }
            if (!(root instanceof Map<?, ?> m)) {
                throw new ShareException(Reason.of(ShareReason.NOT_AN_OBJECT_OF_NOTES));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) m;
            if (map.containsKey("@context")) {
                return W3cRead.read(map, chapters);
            }
            // A Hypothesis export, or an API search result ({total, rows}).
            if (map.containsKey("annotations") || map.containsKey("rows") && map.containsKey("total")) {
                return HypothesisJson.read(map, chapters);
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException | ClassCastException e) {
            throw new ShareException(Reason.of(ShareReason.OUT_OF_RANGE, String.valueOf(e.getMessage())), e);
        }
        throw new ShareException(Reason.of(ShareReason.NEITHER_W3C_NOR_HYPOTHESIS));
    }

    /**
     * {@code bytes} as UTF-8 text.
     *
     * @throws ShareException naming the byte offset of the first byte that is not UTF-8
     */
    private static String utf8(byte[] bytes) throws ShareException {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // Checked through a small buffer, then made once: decoding the whole into a CharBuffer held two bytes a
        // character besides the String (170 MB more for an 85 MB file; docs/performance.md "Importing large JSON").
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        java.nio.charset.CoderResult r;
        while (!(r = d.decode(in, out, true)).isError() && !r.isUnderflow()) {
            out.clear();
        }
        if (r.isError() || (r = d.flush(out)).isError()) {
            throw new ShareException(Reason.of(ShareReason.NOT_UTF8, in.position()));
        }
        return new String(bytes, StandardCharsets.UTF_8); // the same text: every byte was just found UTF-8
    }

    /** The length of {@code s} in UTF-8, counted without encoding it (the text may be large). */
    static long utf8Length(String s) {
        long n = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))) {
                n += 4;
                k++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
