package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/** {@code group-folder set|status|sync} (issue 16) over two readers' data folders and one folder between them. */
class GroupFolderCommandTest {
    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String who, String... rest) throws Options.UsageException {
        out.reset();
        err.reset();
        String[] all = new String[rest.length + 4];
        all[0] = "--handbook";
        all[1] = TestHandbooks.fixture().toString();
        all[2] = "--data-dir";
        all[3] = tmp.resolve(who).toString();
        System.arraycopy(rest, 0, all, 4, rest.length);
        return Main.runCommand(Options.parse(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void noteBy(String who, String text) throws Exception {
        try (GroupMember m = GroupMember.join(tmp, who, tmp.resolve("unused"))) {
            m.note("gardens", text);
        }
    }

    @Test
    void setStatusAndSyncMergeOnlyPeopleAcceptedOnceUnlessTold() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        noteBy("Ben", "Ben's first");
        assertEquals(0, run("ben", "group-folder", "set", group.toString(), "--group", "Tuesday circle"));
        assertTrue(out().contains("Group folder for Tuesday circle: " + group), out());
        assertEquals(0, run("ben", "group-folder", "sync"));
        assertTrue(out().startsWith("wrote\tBen_"), out());

        assertEquals(1, run("ana", "group-folder", "status"));
        assertTrue(err().contains("No group folder is set"), err());
        assertEquals(0, run("ana", "group-folder", "set", group.toString()));
        assertEquals(0, run("ana", "group-folder", "status"));
        assertTrue(out().contains("new\tBen\t"), out());
        assertTrue(out().contains("\t1 new\tnot accepted yet"), out());
        assertTrue(out().contains("\twaiting\t"), out());

        assertEquals(0, run("ana", "group-folder", "sync", "--merge-accepted"));
        assertTrue(out().contains("new\tBen\t"), "never accepted: it still asks\n" + out());
        assertEquals(0, run("ana", "notes"));
        assertTrue(!out().contains("Ben's first"), out());

        assertEquals(0, run("ana", "group-folder", "sync", "--merge-all"));
        assertTrue(out().contains("merged\tBen\t"), out());
        assertEquals(0, run("ana", "notes"));
        assertTrue(out().contains("Ben's first"), out());

        noteBy("Ben", "Ben's second");
        assertEquals(0, run("ben", "group-folder", "sync"));
        assertEquals(0, run("ana", "group-folder", "sync", "--merge-accepted"));
        assertTrue(out().contains("merged\tBen\t") && out().contains("\t1 new"), "accepted once: merged\n" + out());
        assertEquals(0, run("ana", "group-folder", "status"));
        assertTrue(out().contains("\tmerged\t"), out());
    }

    @Test
    void aFolderThatIsNotThereIsSaidPlainly() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("stick"));
        assertEquals(1, run("ana", "group-folder", "set", tmp.resolve("nowhere").toString()));
        assertTrue(err().contains("There is no folder at"), err());
        assertEquals(0, run("ana", "group-folder", "set", group.toString()));
        Files.delete(group);
        assertEquals(1, run("ana", "group-folder", "sync"));
        assertTrue(err().contains("is not there"), err());
    }

    @Test
    void wrongUsesAreRefusedWithTheReason() {
        assertThrows(Options.UsageException.class, () -> Options.parse("group-folder"));
        assertThrows(Options.UsageException.class, () -> Options.parse("group-folder", "set"));
        assertThrows(Options.UsageException.class, () -> Options.parse("group-folder", "status", "x"));
        assertThrows(Options.UsageException.class, () -> Options.parse("group-folder", "status", "--group", "x"));
        assertThrows(Options.UsageException.class, () -> Options.parse("group-folder", "sync", "--merge-all",
                "--merge-accepted"));
    }
}
