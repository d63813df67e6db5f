package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;

/**
 * Fresh tester t34's F1 (decision 0094): a facilitator copies a used stick's folder ({@code cp -a}) for a second
 * participant. Before, the copy went on as the first reader: Dana's note, imported on Chen's stick, was "added as
 * yours", and Chen's notes showed as Dana's in the copy. Now a command that makes notes is refused in the copy until
 * its reader says who they are, and {@code name --new} gives them an id of their own. Real data folders, a real
 * {@code cp -a}, the real command line.
 */
class CopiedStickCommandsTest {
    @TempDir
    Path tmp;

    private Path stickCopiedForASecondParticipant() throws Exception {
        return stickCopiedForASecondParticipant(chen -> { });
    }

    /** What Chen does on their stick before it is copied. */
    private interface Before {
        void run(CommandRun chen) throws Exception;
    }

    private Path stickCopiedForASecondParticipant(Before before) throws Exception {
        Path stick1 = tmp.resolve("stick1/peeragogy-reader/data");
        CommandRun chen = new CommandRun(stick1);
        assertEquals(0, chen.run("name", "Chen"), chen.err());
        assertEquals(0, chen.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Chen's"),
                chen.err());
        before.run(chen);
        Path participant2 = Files.createDirectories(tmp.resolve("participant2"));
        Process cp = new ProcessBuilder("cp", "-a", tmp.resolve("stick1/peeragogy-reader").toString(),
                participant2.toString() + "/").redirectErrorStream(true).start();
        assertTrue(cp.waitFor(60, TimeUnit.SECONDS) && cp.exitValue() == 0, new String(cp.getInputStream().readAllBytes()));
        return participant2.resolve("peeragogy-reader/data");
    }

    private static String id(Path data) throws Exception {
        try (Database db = Database.open(data)) {
            return db.settings().readerId();
        }
    }

    @Test
    void aCommandThatMakesNotesIsRefusedInTheCopyAndReadingGoesOn() throws Exception {
        Path copy = stickCopiedForASecondParticipant();
        CommandRun dana = new CommandRun(copy);
        assertEquals(1, dana.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Dana's"));
        assertTrue(dana.err().contains("is a copy of Chen's notes file") && dana.err().contains("name --new")
                && dana.err().contains("Nothing was changed."), dana.err());
        assertEquals(1, dana.run("name", "Dana"), "no renaming Chen in their own notes");
        assertEquals(0, dana.run("notes"), dana.err());
        assertTrue(dana.out().contains("Chen's"), dana.out());
        assertTrue(dana.err().contains("is a copy of Chen's"), dana.err());
        assertEquals(0, dana.run("notes", "--json"), dana.err());
        assertFalse(dana.out().contains("Dana's"), "nothing was made: " + dana.out());
    }

    @Test
    void someoneElseGetsAnIdOfTheirOwnAndTheirNoteTravelsAsTheirs() throws Exception {
        Path copy = stickCopiedForASecondParticipant();
        Path stick1 = tmp.resolve("stick1/peeragogy-reader/data");
        String chenId = id(stick1);
        CommandRun dana = new CommandRun(copy);
        assertEquals(0, dana.run("name", "--new", "Dana"), dana.err());
        String danaId = id(copy);
        assertNotEquals(chenId, danaId);
        assertEquals(0, dana.run("name"), dana.err());
        assertTrue(dana.out().startsWith("Dana"), dana.out());
        assertEquals(0, dana.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Dana's"),
                dana.err());
        assertEquals(0, dana.run("notes", "--json"), dana.err());
        assertTrue(dana.out().contains("\"author\": \"Chen\"") && dana.out().contains("\"author\": \"Dana\""), dana.out());
        assertTrue(dana.out().contains(chenId) && dana.out().contains(danaId), "Chen's note stays Chen's: " + dana.out());

        Path file = tmp.resolve("dana.peeranotes");
        assertEquals(0, dana.run("export", "--format", "notes", "--out", file.toString()), dana.err());
        CommandRun chen = new CommandRun(stick1);
        assertEquals(0, chen.run("import", file.toString()), chen.err());
        assertTrue(chen.out().startsWith("Imported: 1 new"), chen.out());
        assertFalse(chen.out().contains("says it is yours") || chen.out().contains("added as yours"),
                "Dana's note is not Chen's: " + chen.out());
        assertEquals(0, chen.run("notes", "--json"), chen.err());
        assertTrue(chen.out().contains(danaId) && chen.out().contains("\"author\": \"Dana\""), chen.out());
        assertEquals(chenId, id(stick1));
    }

    /**
     * Fresh tester t35's F5: after {@code name --new}, {@code group-folder status} in the copy listed Chen's file in the
     * group folder as "yours" until the first sync. It is Chen's: listed as Chen's, and the new reader's own file is not
     * in the folder yet. Real processes ({@code java -jar}) on a real {@code cp -a} copy.
     */
    @Test
    void afterNameNewGroupFolderStatusDoesNotCallTheFirstReadersFileYours() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("group"));
        Path copy = stickCopiedForASecondParticipant(chen -> {
            assertEquals(0, chen.run("group-folder", "set", group.toString()), chen.err());
            assertEquals(0, chen.run("group-folder", "sync"), chen.err());
        });
        String chens;
        try (java.util.stream.Stream<Path> files = Files.list(group)) {
            chens = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".peeranotes")).findFirst()
                    .orElseThrow();
        }
        Path jar = ClassPathJar.write(tmp.resolve("reader.jar"));
        String[] named = jar(jar, copy, "name", "--new", "Dana");
        assertEquals("0", named[0], named[2]);
        String[] status = jar(jar, copy, "group-folder", "status");
        assertEquals("0", status[0], status[2]);
        java.util.List<String> lines = status[1].lines().toList();
        assertEquals(java.util.List.of("yours\tnot in the folder\tgroup-folder sync writes it"),
                lines.stream().filter(l -> l.startsWith("yours\t")).toList(), status[1]);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("file\tChen\t" + chens + "\t")), status[1]);
    }

    /** {@code java -jar} of the reader on {@code data} with {@code args}: its exit code, output and error output. */
    private static String[] jar(Path jar, Path data, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(ClassPathJar.java(), "-jar",
                jar.toString(), "--handbook", org.peeragogy.reader.TestHandbooks.fixture().toString(), "--data-dir",
                data.toString()));
        command.addAll(java.util.List.of(args));
        Path out = Files.createTempFile(data.getParent(), "out", ".txt");
        Path err = Files.createTempFile(data.getParent(), "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the reader did not end");
        return new String[] {String.valueOf(p.exitValue()), Files.readString(out), Files.readString(err)};
    }

    @Test
    void theSamePersonKeepsEverything() throws Exception {
        Path copy = stickCopiedForASecondParticipant();
        String chenId = id(tmp.resolve("stick1/peeragogy-reader/data"));
        CommandRun chen = new CommandRun(copy);
        assertEquals(2, chen.run("name", "--new", "--same"));
        assertEquals(0, chen.run("name", "--same"), chen.err());
        assertEquals(chenId, id(copy));
        assertEquals(0, chen.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "again"),
                chen.err());
        assertEquals("", chen.err());
        assertEquals(1, chen.run("name", "--same"), "asked once");
    }
}
