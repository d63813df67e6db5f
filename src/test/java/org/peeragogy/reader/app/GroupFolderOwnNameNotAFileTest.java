package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh tester t33: a named pipe in the group folder under the reader's own file name made {@code group-folder sync}
 * write {@code reader-2_…} without a word. It says the name is taken by something that is not a file and what to do,
 * writes under no other name, and writes under its own once the pipe is taken out. A real FIFO (mkfifo).
 */
class GroupFolderOwnNameNotAFileTest {
    @TempDir
    Path tmp;

    @Test
    void aPipeUnderYourOwnFileNameIsSaidAndNoOtherNameIsWritten() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("group"));
        CommandRun reader = new CommandRun(tmp.resolve("data"));
        assertEquals(0, reader.run("name", "Ana"), reader.err());
        assertEquals(0, reader.run("group-folder", "set", group.toString()), reader.err());
        String own = reader.out().replaceFirst("(?s).*Your notes go there as (\\S+\\.peeranotes);.*", "$1");
        assertTrue(own.startsWith("Ana_"), reader.out());
        Path pipe = group.resolve(own);
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());

        assertEquals(1, reader.run("group-folder", "sync"));

        assertTrue(reader.err().startsWith("Your notes were not written to the group folder " + group + ": the name of"
                + " your file there, " + own + ", is taken by something that is not a file (a folder, a link, a pipe or"
                + " a device), and the reader does not write your notes under another name for it. Take " + own
                + " out of the group folder; your notes are then written under it. Then run group-folder sync again.\n"),
                reader.err());
        assertEquals(List.of(own), GroupMember.namesIn(group).stream().toList(), "nothing written under another name");

        Files.delete(pipe);
        assertEquals(0, reader.run("group-folder", "sync"), reader.err());
        assertTrue(reader.out().startsWith("wrote\t" + own + "\n"), reader.out());
        assertTrue(Files.isRegularFile(pipe));
    }
}
