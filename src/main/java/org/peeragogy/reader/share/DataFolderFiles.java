package org.peeragogy.reader.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.store.Database;

/**
 * The one rule every file the reader writes for a person (an export, a digest, a salvaged copy) keeps: it never
 * replaces a file of a reader's data folder, and never makes one that SQLite would take for part of the notes file
 * (fresh tester t15's M3: {@code digest --out DATA/reader.db} replaced the facilitator's whole workshop with a PDF,
 * and the next start called the notes file damaged). A data folder is a folder holding {@link Database#FILE_NAME}
 * ({@code Database}'s own definition); the rule holds in it and in every folder below it (its backups), links
 * followed. A new file of another name may still be made there: the reader's own group staging file and salvaged
 * notes are, and such a file harms nothing. Decision 0060. Threads: not the FX thread (it reads the disk).
 */
final class DataFolderFiles {
    private DataFolderFiles() {
    }

    /**
     * @throws ShareException ({@link ShareReason#REPLACES_NOTES_FOLDER_FILE}) when writing {@code target} would replace a
     *                        file of a data folder, or make one named as the notes file or its journals
     *                        ({@code reader.db-wal}, {@code reader.db-shm}, {@code reader.db-journal}); nothing is written
     */
    static void refuseReplacing(Path target) throws ShareException {
        Path real = real(target);
        Path folder = real.getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(Database.FILE_NAME))) {
                String name = real.getFileName() == null ? "" : real.getFileName().toString();
                boolean ofTheNotesFile = dir.equals(folder) && name.startsWith(Database.FILE_NAME);
                if (ofTheNotesFile || Files.exists(real)) {
                    throw new ShareException(Reason.of(ShareReason.REPLACES_NOTES_FOLDER_FILE, target, dir));
                }
                return;
            }
        }
    }

    /**
     * For a file that is not a notes file (a digest, a W3C or Markdown export): refuses to replace a database, such as
     * a participant's notes file on a stick (fresh tester t15b's M1: {@code digest --out stick/ana.peeranotes} replaced
     * Ana's only copy of her notes with Markdown). A database is known by SQLite's header (its first 16 bytes).
     *
     * @param jsonToo also refuse a JSON file the reader imports (W3C JSON-LD, a Hypothesis export): a digest or a
     *                Markdown export never replaces one (an export of notes is held to {@link ExportTarget} besides)
     * @throws ShareException ({@link ShareReason#REPLACES_NOTES_FILE}) when {@code target} is one; nothing is written
     */
    static void refuseReplacingNotes(Path target, boolean jsonToo) throws ShareException {
        refuseReplacing(target); // a data folder's own file is said as such first
        Path real = real(target);
        if (!Files.isRegularFile(real)) {
            return;
        }
        java.util.Optional<Boolean> database = database(real);
        if (database.isEmpty()) {
            return; // Not readable: the write itself says what is wrong with the place.
        }
        if (database.get()) {
            throw new ShareException(Reason.of(ShareReason.REPLACES_NOTES_FILE, target));
        }
        if (jsonToo) {
            JsonFile json = json(real);
            if (json.notes()) {
                throw new ShareException(Reason.of(ShareReason.REPLACES_NOTES_FILE, target));
            }
            if (json.unreadable().isPresent()) { // perhaps another program's notes (t32's F4)
                throw new ShareException(Reason.of(ShareReason.REPLACES_UNREADABLE_JSON, target,
                        json.unreadable().get()));
            }
        }
    }

    /** Whether {@code real} is a database by SQLite's header (its first 16 bytes); empty when it cannot be read. */
    static java.util.Optional<Boolean> database(Path real) {
        try (java.io.InputStream in = Files.newInputStream(real)) {
            byte[] head = in.readNBytes(16);
            return java.util.Optional.of(new String(head, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .equals("SQLite format 3\0"));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * What a file is to the import, as JSON, from one read and one parse of it (the export's checks asked twice).
     *
     * @param notes      JSON the reader would import as notes: W3C annotations (an array of them, or an object with
     *                   {@code @context}) or a Hypothesis export ({@code annotations}, or {@code rows} and {@code total}),
     *                   told apart as the import tells them ({@code ImportFiles})
     * @param unreadable why a file that begins as JSON does cannot be read through as the import reads it: larger than
     *                   the import reads, or JSON the reader's parser refuses (a 300,000-character note, nesting past its
     *                   limit, a syntax error); another program's notes may be such a file (fresh tester t32's F4: an
     *                   export replaced one). Empty for no JSON, and for JSON read through
     */
    record JsonFile(boolean notes, Optional<Reason> unreadable) {
        static final JsonFile NONE = new JsonFile(false, Optional.empty());
    }

    /**
     * {@code file} as JSON ({@link JsonFile}): most files (a digest, Markdown) are known at their first character, a file
     * larger than the import reads by its first bytes without being read whole. Reads the disk; never throws (a file
     * that cannot be read is {@link JsonFile#NONE}: the write itself says what is wrong with the place).
     */
    static JsonFile json(Path file) {
        try {
            if (Files.size(file) > ImportFiles.MAX_JSON_BYTES) {
                String head;
                try (java.io.InputStream in = Files.newInputStream(file)) {
                    head = new String(in.readNBytes(64), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "")
                            .strip();
                }
                return head.startsWith("{") || head.startsWith("[") ? new JsonFile(false, Optional.of(Reason.of(
                        ShareReason.LARGER_THAN_AN_IMPORT_READS, ImportFiles.MAX_JSON_BYTES / (1024 * 1024))))
                        : JsonFile.NONE;
            }
            String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1).strip();
            }
            if (!text.startsWith("{") && !text.startsWith("[")) {
                return JsonFile.NONE;
            }
            Object root;
            try {
                root = JsonReader.parse(text);
            } catch (JsonReader.JsonException e) {
                return new JsonFile(false, Optional.of(e.reason()));
            }
            boolean notes = root instanceof java.util.List<?> list ? !list.isEmpty() && list.get(0) instanceof java.util.Map<?, ?>
                    : root instanceof java.util.Map<?, ?> m && (m.containsKey("@context") || m.containsKey("annotations")
                    || m.containsKey("rows") && m.containsKey("total"));
            return new JsonFile(notes, Optional.empty());
        } catch (IOException | RuntimeException e) {
            return JsonFile.NONE;
        }
    }

    /** The target as the disk has it: links followed, a file not made yet under its folder's real path ({@link RealPaths}). */
    static Path real(Path target) {
        return RealPaths.real(target);
    }
}
