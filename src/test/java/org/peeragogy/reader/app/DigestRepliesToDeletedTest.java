package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;

/**
 * try17w F13: a question its author deleted kept its reply in the digest under "Replies waiting for their note",
 * though nothing is awaited. Those replies are a section of their own, "Replies to deleted notes", as the window's
 * "Reply to a deleted note" says; a reply whose note has not arrived still waits. Real data folders, real files.
 */
class DigestRepliesToDeletedTest {
    @TempDir
    Path tmp;

    @Test
    void repliesToADeletedQuestionAreTheirOwnSectionNotWaiting() throws Exception {
        for (String who : java.util.List.of("Ana", "Ben")) {
            try (Database db = Database.open(tmp.resolve(who.toLowerCase(java.util.Locale.ROOT)))) {
                db.settings().putReaderName(who);
            }
        }
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("ask", "gardens", "--note", "Is a wiki good?"), ana.err());
        String q = ana.out().strip();
        Path anas = tmp.resolve("ana.peeranotes");
        assertEquals(0, ana.run("export", "--format", "notes", "--out", anas.toString()), ana.err());
        CommandRun ben = new CommandRun(tmp.resolve("ben"));
        assertEquals(0, ben.run("import", anas.toString()), ben.err());
        assertEquals(0, ben.run("reply", q, "--note", "Wikis keep history"), ben.err());
        Path bens = tmp.resolve("ben.peeranotes");
        assertEquals(0, ben.run("export", "--format", "notes", "--author", "Ben", "--out", bens.toString()),
                ben.err());
        try (Database db = Database.open(tmp.resolve("ana"))) {
            db.annotations().delete(q);
        }
        assertEquals(0, ana.run("export", "--format", "notes", "--out", anas.toString()), ana.err());

        CommandRun fac = new CommandRun(tmp.resolve("fac"));
        Path md = tmp.resolve("digest.md");
        assertEquals(0, fac.run("import", bens.toString()), fac.err());
        assertEquals(0, fac.run("digest", "--format", "markdown", "--out", md.toString()), fac.err());
        assertTrue(Files.readString(md).contains("### Replies waiting for their note"), "before Ana's file, it waits");
        assertEquals(0, fac.run("import", anas.toString()), fac.err());
        assertEquals(0, fac.run("digest", "--format", "markdown", "--out", md.toString()), fac.err());
        String digest = Files.readString(md);
        assertFalse(digest.contains("Replies waiting for their note"), digest);
        assertTrue(digest.contains("### Replies to deleted notes"), digest);
        assertTrue(digest.contains("Wikis keep history"), digest);
    }
}
