package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh testers t15's and t16's F1: a reader on the command line alone could not say who they were, so every note and
 * their group folder's file carried the system's user name ("root"). {@code name NAME} sets it as the window does.
 * Real data folders, the real command line.
 */
class NameCommandTest {
    @TempDir
    Path tmp;

    @Test
    void nameSetsTheNameEveryNoteAndTheGroupFileCarry() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("ask", "gardens", "--note", "Asked before a name was set"), ana.err());
        assertEquals(0, ana.run("name"), ana.err());
        assertTrue(ana.out().contains("no name set"), ana.out());

        assertEquals(0, ana.run("name", "Ana", "Lima"), ana.err());
        assertTrue(ana.out().contains("Ana Lima"), ana.out());
        assertEquals(0, ana.run("name"), ana.err());
        assertEquals("Ana Lima", ana.out().strip());
        assertEquals(0, ana.run("ask", "gardens", "--note", "Asked after"), ana.err());

        assertEquals(0, ana.run("notes", "--json"), ana.err());
        assertTrue(!ana.out().contains("\"author\":\"" + System.getProperty("user.name") + "\"")
                && ana.out().contains("Ana Lima"), "both notes carry the name set: " + ana.out());
        Path group = Files.createDirectories(tmp.resolve("stick"));
        assertEquals(0, ana.run("group-folder", "set", group.toString()), ana.err());
        assertEquals(0, ana.run("group-folder", "sync"), ana.err());
        assertEquals(1, GroupMember.namesIn(group).stream().filter(n -> n.startsWith("Ana-Lima_")).count(),
                GroupMember.namesIn(group).toString());
    }

    @Test
    void anEmptyOrInvisibleNameIsRefusedAndChangesNothing() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("name", "Ana"), ana.err());
        assertEquals(2, ana.run("name", "\u200b\u200b"));
        assertTrue(ana.err().contains("Nothing was changed"), ana.err());
        assertEquals(0, ana.run("name"), ana.err());
        assertEquals("Ana", ana.out().strip());
    }
}
