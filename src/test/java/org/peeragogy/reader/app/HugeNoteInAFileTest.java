package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tester t15's and t15b's F6 (and t16c's N9): a notes file with one note of 2,000,000 characters was refused whole as
 * "damaged or not a notes file" (SQLite's length limit on the hardened connection: SQLITE_TOOBIG), and the file's other
 * notes were lost with it. The note is skipped with its reason and the rest imported. Real notes file, real data
 * folders.
 */
class HugeNoteInAFileTest {
    @TempDir
    Path tmp;

    @Test
    void aNoteOfTwoMillionCharactersIsSkippedWithItsReasonAndTheOtherNotesAreImported() throws Exception {
        CommandRun ivy = new CommandRun(tmp.resolve("ivy"));
        assertEquals(0, ivy.run("name", "Ivy"), ivy.err());
        assertEquals(0, ivy.run("ask", "gardens", "--note", "A short question"), ivy.err());
        assertEquals(0, ivy.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "to be long"),
                ivy.err());
        assertEquals(0, ivy.run("highlight", "gardens", "--quote", "Watering by rota", "--note", "Another short note"),
                ivy.err());
        Path file = tmp.resolve("ivy.peeranotes");
        assertEquals(0, ivy.run("export", "--format", "notes", "--out", file.toString()), ivy.err());
        // The file as another program (or a hand) could write it: one note far longer than a reader saves.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("UPDATE annotation SET note = ? WHERE note = 'to be long'")) {
            ps.setString(1, "x".repeat(2_000_000));
            assertEquals(1, ps.executeUpdate());
        }

        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("import", file.toString(), "--dry-run"), fay.err());
        assertTrue(fay.out().startsWith("Would import: 2 new"), fay.out());
        assertTrue(fay.out().contains("its note is longer than 100000 characters (2000000 bytes)"), fay.out());
        assertFalse((fay.out() + fay.err()).contains("damaged"), fay.out() + fay.err());

        assertEquals(0, fay.run("import", file.toString()), fay.err());
        assertEquals(0, fay.run("notes"), fay.err());
        assertTrue(fay.out().contains("A short question") && fay.out().contains("Another short note"), fay.out());
    }
}
