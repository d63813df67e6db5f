package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh tester t33's F8d: a group folder whose name holds a line break and a right-to-left override (U+202E) broke
 * group-folder's sentences in two and showed them reordered. Its path is shown as names are ({@code cell}): on one
 * line, without the override, by set, status and sync, and in what they say when the folder is not there. A real
 * folder of that name.
 */
class GroupFolderOddPathShownTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderNamedWithALineBreakAndARightToLeftOverrideIsShownOnOneLineUnreordered() throws Exception {
        Path odd = Files.createDirectories(tmp.resolve("circle\nlive\u202Etxt.exe"));
        String shown = tmp + "/circle live txt.exe".replace('/', java.io.File.separatorChar);
        CommandRun reader = new CommandRun(tmp.resolve("data"));

        assertEquals(0, reader.run("group-folder", "set", odd.toString()), reader.err());
        assertTrue(reader.out().contains(": " + shown + "\n"), reader.out());
        safe(reader);
        assertEquals(0, reader.run("group-folder", "status"), reader.err());
        assertTrue(reader.out().startsWith("group\t"), reader.out());
        assertTrue(reader.out().contains("\t" + shown + "\n"), reader.out());
        safe(reader);
        assertEquals(0, reader.run("group-folder", "sync"), reader.err());
        safe(reader);

        Files.move(odd, tmp.resolve("away"));
        for (String what : new String[] {"status", "sync"}) {
            assertEquals(1, reader.run("group-folder", what));
            assertTrue(reader.err().startsWith("The group folder " + shown + " is not there"), reader.err());
            safe(reader);
        }
        assertEquals(1, reader.run("group-folder", "set", odd.toString()));
        assertTrue(reader.err().startsWith("There is no folder at " + shown + "."), reader.err());
        safe(reader);
    }

    /** Nothing said holds the override, and each sentence said on the error stream is on one line. */
    private static void safe(CommandRun reader) {
        String all = reader.out() + reader.err();
        assertFalse(all.contains("\u202E"), all);
        assertFalse(all.contains("circle\n"), all);
        assertTrue(reader.err().isEmpty() || reader.err().indexOf('\n') == reader.err().length() - 1, reader.err());
    }
}
