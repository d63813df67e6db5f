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
 * Tester t15b (and t15's F8): two participants named Chen, and {@code export --author Chen} exported the notes of
 * both, so a facilitator handing back one Chen's notes handed the other's too. Now the command says that the name
 * fits two people, names each by the start of their id, writes nothing, and takes that start as {@code --author}.
 * Real data folders, real files.
 */
class ExportAuthorOfTwoTest {
    @TempDir
    Path tmp;

    @Test
    void aNameOfTwoPeopleIsRefusedWithTheirIdsAndTheStartOfAnIdChoosesOne() throws Exception {
        CommandRun chen = new CommandRun(tmp.resolve("chen"));
        assertEquals(0, chen.run("name", "Chen"), chen.err());
        assertEquals(0, chen.run("ask", "gardens", "--note", "The first Chen asks"), chen.err());
        Path chens = tmp.resolve("chen.peeranotes");
        assertEquals(0, chen.run("export", "--format", "notes", "--out", chens.toString()), chen.err());
        CommandRun dee = new CommandRun(tmp.resolve("dee"));
        assertEquals(0, dee.run("name", "Chen"), dee.err());
        assertEquals(0, dee.run("ask", "meetings", "--note", "The second Chen asks"), dee.err());
        assertEquals(0, dee.run("import", chens.toString()), dee.err());
        String first;
        String second;
        try (Database db = Database.open(tmp.resolve("chen"))) {
            first = db.settings().readerId();
        }
        try (Database db = Database.open(tmp.resolve("dee"))) {
            second = db.settings().readerId();
        }

        Path out = tmp.resolve("out.md");
        assertEquals(1, dee.run("export", "--format", "markdown", "--author", "Chen", "--out", out.toString()));
        assertTrue(dee.err().startsWith("--author Chen fits 2 people: "), dee.err());
        assertTrue(dee.err().contains("Chen (id " + first.substring(9, 17) + ", 1 note)"), dee.err());
        assertTrue(dee.err().contains("Chen (id " + second.substring(9, 17) + ", 1 note)"), dee.err());
        assertTrue(dee.err().contains("Give the id of the one you mean"), dee.err());
        assertFalse(Files.exists(out), "nothing written");

        assertEquals(0, dee.run("export", "--format", "markdown", "--author", first.substring(9, 17), "--out",
                out.toString()), dee.err());
        String md = Files.readString(out);
        assertTrue(md.contains("The first Chen asks"), md);
        assertFalse(md.contains("The second Chen asks"), md);
        assertEquals(0, dee.run("export", "--format", "markdown", "--author", second, "--out", out.toString()),
                dee.err());
        assertTrue(Files.readString(out).contains("The second Chen asks"));
        assertFalse(Files.readString(out).contains("The first Chen asks"));
    }
}
