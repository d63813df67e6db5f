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
        if (database.get() || jsonToo && jsonNotes(real)) {
            throw new ShareException(Reason.of(ShareReason.REPLACES_NOTES_FILE, target));
        }
        if (jsonToo) {
            Optional<Reason> unreadable = unreadableJson(real); // perhaps another program's notes (t32's F4)
            if (unreadable.isPresent()) {
                throw new ShareException(Reason.of(ShareReason.REPLACES_UNREADABLE_JSON, target, unreadable.get()));
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
     * Whether the file is JSON the reader would import as notes: W3C annotations (an array of them, or an object with
     * {@code @context}) or a Hypothesis export ({@code annotations}, or {@code rows} and {@code total}), told apart as
     * the import tells them ({@code ImportFiles}). A file larger than the import reads is no notes file of ours.
     */
    static boolean jsonNotes(Path file) {
        try {
            if (Files.size(file) > ImportFiles.MAX_JSON_BYTES) {
                return false;
            }
            String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1).strip();
            }
            if (!text.startsWith("{") && !text.startsWith("[")) {
                return false; // most files (a digest, Markdown) are known at the first character
            }
            Object root = JsonReader.parse(text);
            if (root instanceof java.util.List<?> list) {
                return !list.isEmpty() && list.get(0) instanceof java.util.Map<?, ?>;
            }
            return root instanceof java.util.Map<?, ?> m && (m.containsKey("@context") || m.containsKey("annotations")
                    || m.containsKey("rows") && m.containsKey("total"));
        } catch (IOException | JsonReader.JsonException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Why a file that begins as JSON does cannot be read through as the import reads it ({@link #jsonNotes} says no to
     * it): larger than the import reads, or JSON the reader's parser refuses (a 300,000-character note, nesting past
     * its limit, a syntax error); empty when it is not such a file (no JSON, or JSON read through). Another program's
     * notes may be such a file (fresh tester t32's F4: an export replaced one). Reads the disk; never throws.
     */
    static Optional<Reason> unreadableJson(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(64), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "")
                    .strip();
            if (!head.startsWith("{") && !head.startsWith("[")) {
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > ImportFiles.MAX_JSON_BYTES) {
                return Optional.of(Reason.of(ShareReason.LARGER_THAN_AN_IMPORT_READS,
                        ImportFiles.MAX_JSON_BYTES / (1024 * 1024)));
            }
            JsonReader.parse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).strip()
                    .replaceFirst("^\uFEFF", ""));
            return Optional.empty();
        } catch (JsonReader.JsonException e) {
            return Optional.of(e.reason());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not readable: the write itself says what is wrong with the place
        }
    }

    /** The target as the disk has it: links followed, a file not made yet under its folder's real path ({@link RealPaths}). */
    static Path real(Path target) {
        return RealPaths.real(target);
    }
}
