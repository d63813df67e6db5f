package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's words say what it does (fresh testers t15c, t15d and t15e on issue 15): a file's change to the reader's
 * own note is said, not counted unchanged; a writer-less file's line and votes are worded as such.
 */
class ImportRemarksSayWhatHappensTest {
    @TempDir
    Path tmp;
    private CommandRun fay;

    @BeforeEach
    void fay() throws Exception {
        fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"));
        assertEquals(0, fay.run("ask", "gardens", "--note", "Fay's own question"), fay.err());
    }

    /** Fay's own W3C export, her question re-worded later; {@code sameBase}: the file says it was not changed since. */
    private Path forgedW3c(boolean sameBase) throws Exception {
        Path w3c = tmp.resolve("fay.jsonld");
        assertEquals(0, fay.run("export", "--format", "w3c", "--out", w3c.toString()), fay.err());
        String later = Instant.now().plusSeconds(60).toString();
        String json = Files.readString(w3c).replace("Fay's own question", "FORGED Fay's own question")
                .replaceAll("\"modified\"\\s*:\\s*\"[^\"]*\"", "\"modified\": \"" + later + "\""
                        + (sameBase ? ", \"peeragogy:base\": \"" + later + "\"" : ""));
        Path forged = tmp.resolve("w3c-fayown.jsonld");
        Files.writeString(forged, json);
        Files.delete(w3c);
        return forged;
    }

    /**
     * t15e's F1: a W3C file's new words for Fay's own question, with a "last shared" time as late as its own, were
     * dropped and counted "1 unchanged", with no word; the other people's changes had their remark.
     */
    @Test
    void aFilesChangeToYourOwnNoteIsSaidLeftOutAndNotCountedUnchanged() throws Exception {
        Path forged = forgedW3c(true);
        assertEquals(0, fay.run("import", forged.toString(), "--dry-run"), fay.err());
        String said = fay.out();
        assertTrue(said.contains("1 change to your own note is left out: your question \u201CFay's own question\u201D"
                + " re-worded"), said);
        assertTrue(said.contains(" 0 unchanged"), said);
        assertEquals(0, fay.run("import", forged.toString(), "--others-changes"), fay.err());
        assertTrue(fay.out().contains("1 change to your own note is left out"), "never taken: " + fay.out());
        assertEquals(0, fay.run("notes"));
        assertFalse(fay.out().contains("FORGED"), fay.out());
    }

    /** A newer version of Fay's note by her id, in a file not hers: "your own note", not "another person's note". */
    @Test
    void aNewerVersionOfYourOwnNoteIsCalledYoursAndKeptBesideOnlyByChoice() throws Exception {
        Path forged = forgedW3c(false);
        assertEquals(0, fay.run("import", forged.toString(), "--dry-run"), fay.err());
        assertTrue(fay.out().contains("1 change to your own note is left out: your question \u201CFay's own question\u201D"
                + " given a second version, re-worded"), fay.out());
        assertFalse(fay.out().contains("another person's note"), fay.out());
        assertEquals(0, fay.run("import", forged.toString(), "--others-changes"), fay.err());
        assertTrue(fay.out().contains("Versions of your own notes are kept beside them as second versions, as you chose:"
                + " your question"), fay.out());
        assertEquals(0, fay.run("notes"));
        assertTrue(fay.out().contains("Fay's own question"), fay.out());
    }
}
