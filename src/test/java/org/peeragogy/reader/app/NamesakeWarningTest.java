package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;

/**
 * Tester t15b's F7 on the command line: {@code name Chen}, with a Chen already in the reader's notes, said nothing.
 * Now it warns (naming the other Chen by the start of their id) and still takes the name. Real data folders.
 */
class NamesakeWarningTest {
    @TempDir
    Path tmp;

    @Test
    void takingANameSomeoneInYourNotesHasWarnsAndTakesIt() throws Exception {
        CommandRun chen = new CommandRun(tmp.resolve("chen"));
        assertEquals(0, chen.run("name", "Chen"), chen.err());
        assertEquals(0, chen.run("ask", "gardens", "--note", "Chen asks"), chen.err());
        Path file = tmp.resolve("chen.peeranotes");
        assertEquals(0, chen.run("export", "--format", "notes", "--out", file.toString()), chen.err());
        String chenId;
        try (Database db = Database.open(tmp.resolve("chen"))) {
            chenId = db.settings().readerId();
        }
        CommandRun dee = new CommandRun(tmp.resolve("dee"));
        assertEquals(0, dee.run("import", file.toString()), dee.err());
        assertEquals(0, dee.run("name", "Dee"), dee.err());
        assertEquals("", dee.err(), "no one else is Dee");

        assertEquals(0, dee.run("name", "Chen"), dee.err());
        assertEquals("Your notes now carry the name Chen\n", dee.out());
        assertTrue(dee.err().startsWith("Chen is already the name of someone in your notes (id "
                + chenId.substring(9, 17) + ")."), dee.err());
        String deeId;
        try (Database db = Database.open(tmp.resolve("dee"))) {
            deeId = db.settings().readerId();
        }
        // How both show from now on, the same words as the window's and the digest's (decision 0101; it said "(2)").
        assertTrue(dee.err().contains("yours is \"Chen (id " + deeId.substring(9, 17) + ")\""), dee.err());
        assertEquals(0, dee.run("name"));
        assertEquals("Chen\n", dee.out(), "taken all the same");
    }
}
