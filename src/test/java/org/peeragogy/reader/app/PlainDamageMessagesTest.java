package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.Damage;
import org.peeragogy.reader.NotesFixture;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.OpenFailure;

/**
 * Issue 12: a damaged file is "this file is damaged (it ends too early)", not "its header says 11 pages of
 * 4096 bytes"; the figures go to the log, for whoever reads a bug report.
 */
class PlainDamageMessagesTest {
    @TempDir
    Path tmp;
    private final List<LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Logger reader = Logger.getLogger("org.peeragogy.reader");
    private final Handler keep = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        reader.addHandler(keep);
    }

    @AfterEach
    void stop() {
        reader.removeHandler(keep);
    }

    private String log() {
        return String.join("\n", logged.stream().map(LogRecord::getMessage).toList());
    }

    private static void assertPlain(String message) {
        for (String technical : List.of("header", "pages", "bytes", "SQLite", "quick_check", "page size")) {
            assertFalse(message.contains(technical), technical + " in: " + message);
        }
    }

    @Test
    void aNotesFileCutShortIsDamagedAndEndsTooEarly() throws Exception {
        Path file = tmp.resolve("shared.peeranotes");
        try (Database a = Database.open(tmp.resolve("a"))) {
            ShareFixture.highlight(a, "pattern-wrapper", 0, "Ana", Annotation.Colour.GREEN, "note", "t");
            ShareFixture.sharing(a).export(NoteSharing.Format.NOTES, file, ExportFilter.ALL);
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 4096));
        try (Database b = Database.open(tmp.resolve("b"))) {
            ShareException e = assertThrows(ShareException.class, () -> ShareFixture.sharing(b).preview(file));
            assertEquals("This file is damaged (it ends too early), so its notes cannot be imported. Nothing was changed.",
                    e.getMessage());
            assertTrue(log().contains("pages of 4096 bytes") && log().contains((whole.length - 4096) + " bytes"), log());

            Files.write(file, Arrays.copyOf(whole, whole.length + 4096));
            e = assertThrows(ShareException.class, () -> ShareFixture.sharing(b).preview(file));
            assertEquals("This file is damaged (it has extra bytes at its end), so its notes cannot be imported."
                    + " Nothing was changed.", e.getMessage());

            Files.write(file, Arrays.copyOf(whole, 60));
            e = assertThrows(ShareException.class, () -> ShareFixture.sharing(b).preview(file));
            assertTrue(e.getMessage().startsWith("This file is damaged (it ends too early)"), e.getMessage());
        }
    }

    @Test
    void theReadersOwnNotesFileCutShortSaysSoInPlainWordsAndLogsTheFigures() throws Exception {
        Path dir = tmp.resolve("data");
        NotesFixture.write(dir, "book-a", "wiki", 300);
        Damage.TRUNCATED_HALF.apply(dir.resolve("reader.db"));
        OpenFailure e = assertThrows(OpenFailure.class, () -> Database.open(dir));
        assertEquals("Your notes file " + dir.resolve("reader.db") + " is damaged (it ends too early)."
                + " Nothing has been changed.", e.problem().english());
        assertPlain(e.getMessage());
        assertTrue(log().contains("its header says") && log().contains("pages of"), log());
    }

    @Test
    void everyKindOfDamageIsSaidWithoutTheFilesInsides() throws Exception {
        for (Damage damage : Damage.values()) {
            Path dir = tmp.resolve(damage.name());
            NotesFixture.write(dir, "book-a", "wiki", 300);
            damage.apply(dir.resolve("reader.db"));
            OpenFailure e = assertThrows(OpenFailure.class, () -> Database.open(dir));
            assertTrue(e.problem().english().matches("Your notes file .* is damaged \\([a-z ]+\\)\\. Nothing has been"
                    + " changed\\."), e.problem().english());
            assertPlain(e.getMessage().replace(dir.toString(), ""));
        }
    }
}
