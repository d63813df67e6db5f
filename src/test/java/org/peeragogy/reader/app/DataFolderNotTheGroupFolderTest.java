package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.share.group.GroupFileNames;

/**
 * Fresh tester t31's F19: {@code --data-dir} could name the group folder, or a folder inside it, and the reader made
 * its private notes file there, where other computers write. It is refused before anything is made: a group folder
 * the reader's usual data folder has set (here the system's default one, under {@code XDG_DATA_HOME}), or a folder
 * holding group notes files. Real processes, as a person starts them.
 */
class DataFolderNotTheGroupFolderTest {
    @TempDir
    Path tmp;

    @Test
    void theGroupFolderOrAFolderInsideItIsRefusedAsTheDataFolderBeforeAnythingIsMade() throws Exception {
        Path xdg = tmp.resolve("xdg");
        Path group = Files.createDirectories(tmp.resolve("group"));
        CommandRun usual = new CommandRun(xdg.resolve("peeragogy-reader"));
        assertEquals(0, usual.run("group-folder", "set", group.toString()), usual.err());

        Run inside = run(xdg, group.resolve("reader"));
        assertEquals(2, inside.code(), inside.said());
        assertEquals("The data folder " + group.resolve("reader") + " is the group folder " + group + ", or inside it."
                + " The data folder must not be the shared group folder: other computers write into a group folder (a"
                + " sync tool, a shared stick), and they would write over your private notes and pass them to everyone."
                + " Name a folder of its own with --data-dir, outside " + group + ".\n", inside.said());
        assertFalse(Files.exists(group.resolve("reader")), "nothing was made in the group folder");

        Run itself = run(xdg, group);
        assertEquals(2, itself.code(), itself.said());
        assertTrue(itself.said().startsWith("The data folder " + group + " is the group folder " + group), itself.said());
        try (var left = Files.list(group)) {
            assertEquals(0, left.count(), "no reader.db, no log in the group folder");
        }

        Run elsewhere = run(xdg, tmp.resolve("mine"));
        assertEquals(0, elsewhere.code(), elsewhere.said());
    }

    @Test
    void aFolderHoldingGroupNotesFilesIsRefusedAsTheDataFolderEvenWhenNoReaderHereSetIt() throws Exception {
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        String bens = GroupFileNames.own("Ben", "urn:uuid:6f1c2a9e-2b7d-4c1e-9a3f-0d5e8b7c6a41");
        Files.writeString(stick.resolve(bens), "not read: only its name counts");

        Run r = run(tmp.resolve("xdg"), stick);
        assertEquals(2, r.code(), r.said());
        assertTrue(r.said().startsWith("The data folder " + stick + " holds the group's notes files (such as " + bens
                + "): it is a group folder."), r.said());
        assertFalse(Files.exists(stick.resolve("reader.db")));
    }

    @Test
    void aNewFolderInsideAFolderHoldingGroupNotesFilesIsRefusedWhoeverSetIt() throws Exception {
        // A group folder on a stick that no data folder of this computer set (fresh tester t32's F1).
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        Files.writeString(stick.resolve(GroupFileNames.own("Cara", "urn:uuid:0b8e7f6a-1c2d-4e3f-8a9b-0c1d2e3f4a5b")),
                "not read: only its name counts");

        Run r = run(tmp.resolve("xdg"), stick.resolve("sub").resolve("reader"));
        assertEquals(2, r.code(), r.said());
        assertTrue(r.said().startsWith("The data folder " + stick.resolve("sub").resolve("reader") + " is the group"
                + " folder " + stick + ", or inside it."), r.said());
        assertFalse(Files.exists(stick.resolve("sub")), "nothing was made in the group folder");
    }

    @Test
    void anExistingDataFolderAGroupFileWasCopiedIntoStillOpensWithItsNotes() throws Exception {
        // Fresh tester t32's F2: one group file saved into a data folder refused every command on it, export too.
        Path eve = tmp.resolve("eve");
        CommandRun own = new CommandRun(eve);
        assertEquals(0, own.run("highlight", "gardens", "--quote", "how deep to sow beans"), own.err());
        String id = own.out().strip();
        Files.writeString(eve.resolve(GroupFileNames.own("Cara", "urn:uuid:0b8e7f6a-1c2d-4e3f-8a9b-0c1d2e3f4a5b")),
                "a file a participant was sent, saved here");

        Run r = run(tmp.resolve("xdg"), eve);
        assertEquals(0, r.code(), r.said());
        assertTrue(r.said().contains(id), "the notes are listed: " + r.said());
    }

    @Test
    void anExistingDataFolderStartsWithoutOpeningTheUsualProfile() throws Exception {
        // The check matters only for a folder being made: one holding reader.db is never refused, so its start places
        // no SQLite library in the usual profile's native/ and opens none of its notes file.
        Path xdg = tmp.resolve("xdg");
        Path usualData = xdg.resolve("peeragogy-reader");
        Path group = Files.createDirectories(tmp.resolve("group"));
        assertEquals(0, new CommandRun(usualData).run("group-folder", "set", group.toString()));
        Path mine = tmp.resolve("mine");
        CommandRun own = new CommandRun(mine);
        assertEquals(0, own.run("highlight", "gardens", "--quote", "how deep to sow beans"), own.err());
        String id = own.out().strip();
        deleteTree(usualData.resolve("native"));

        Run existing = run(xdg, mine);
        assertEquals(0, existing.code(), existing.said());
        assertTrue(existing.said().contains(id), existing.said());
        assertFalse(Files.exists(usualData.resolve("native")), "the usual profile was not read");

        Run fresh = run(xdg, tmp.resolve("new"));
        assertEquals(0, fresh.code(), fresh.said());
        assertTrue(Files.isDirectory(usualData.resolve("native")), "a new folder's start reads the usual profile");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private record Run(int code, String said) {
    }

    private Run run(Path xdg, Path dataDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ClassPathJar.java(), "-Dpeeragogy.relaunch=false", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--handbook",
                TestHandbooks.fixture().toString(), "--data-dir", dataDir.toString(), "notes"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("XDG_DATA_HOME", xdg.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the reader did not end");
        return new Run(p.exitValue(), said.replaceAll("(?m)^WARNING.*\\n", ""));
    }
}
