package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SettingsStore;

/**
 * try17w F14: with the blind first pass on, the notes panel, Group view, All notes and search hid the others' notes
 * in a chapter Ana had not written in, but File → Digest… and {@code digest} listed them all. The digest (both use
 * {@code Digests.make}) leaves them out and says so; with the pass off it has them. Real data folders, real files.
 */
class DigestBlindPassTest {
    @TempDir
    Path tmp;

    @Test
    void withTheBlindFirstPassOnTheDigestLeavesOutOthersNotesWhereYouHaveNotWrittenAndSaysSo() throws Exception {
        CommandRun ben = new CommandRun(tmp.resolve("ben"));
        assertEquals(0, ben.run("ask", "gardens", "--note", "Ben asks about gardens"), ben.err());
        assertEquals(0, ben.run("ask", "meetings", "--note", "Ben asks about meetings"), ben.err());
        Path bens = tmp.resolve("ben.peeranotes");
        assertEquals(0, ben.run("export", "--format", "notes", "--out", bens.toString()), ben.err());
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("ask", "gardens", "--note", "Ana asks about gardens"), ana.err());
        assertEquals(0, ana.run("import", bens.toString()), ana.err());
        try (Database db = Database.open(tmp.resolve("ana"))) {
            db.settings().put(SettingsStore.BLIND_FIRST_PASS, "true");
        }

        Path md = tmp.resolve("digest.md");
        assertEquals(0, ana.run("digest", "--format", "markdown", "--out", md.toString()), ana.err());
        String blind = Files.readString(md);
        assertTrue(blind.contains("Ben asks about gardens"), "where Ana wrote, everyone's notes: " + blind);
        assertFalse(blind.contains("Ben asks about meetings"), "where she did not, none of the others': " + blind);
        assertTrue(blind.contains("- Blind first pass: others' notes are left out of 1 chapter you have not written"
                + " in yet\n"), blind);
        assertTrue(ana.out().contains("blind first pass: others' notes left out of 1 chapter"), ana.out());
        Path html = tmp.resolve("digest.html");
        assertEquals(0, ana.run("digest", "--format", "html", "--out", html.toString()), ana.err());
        assertFalse(Files.readString(html).contains("Ben asks about meetings"));

        try (Database db = Database.open(tmp.resolve("ana"))) {
            db.settings().put(SettingsStore.BLIND_FIRST_PASS, "false");
        }
        assertEquals(0, ana.run("digest", "--format", "markdown", "--out", md.toString()), ana.err());
        String all = Files.readString(md);
        assertTrue(all.contains("Ben asks about meetings"), all);
        assertFalse(all.contains("Blind first pass"), all);
    }
}
